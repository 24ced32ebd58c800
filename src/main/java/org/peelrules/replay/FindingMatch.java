package org.peelrules.replay;

/**
 * One published or derived finding and whether the other side has it.
 *
 * @param key     the characteristic (or topic, for a cause of concern) that identifies the finding
 * @param note    what differs though the finding matches, or {@code null} when nothing does
 * @param derived how many derived findings it accounts for, each counted once however many published findings
 *                match it: none for a missing finding, one for an extra one, and for a matched one those it is
 *                the first published finding to match; precision counts derived findings this way
 */
public record FindingMatch(String kind, String key, Verdict verdict, String note, int derived) {

    /** A finding matched one to one, or missing, or extra, with nothing to note. */
    public FindingMatch(String kind, String key, Verdict verdict) {
        this(kind, key, verdict, null, verdict == Verdict.MISSING ? 0 : 1);
    }

    /** Whether a finding was published, derived, or both. */
    public enum Verdict {
        /** Published and derived. */
        MATCHED,
        /** Published, not derived. */
        MISSING,
        /** Derived, not published. */
        EXTRA
    }
}
