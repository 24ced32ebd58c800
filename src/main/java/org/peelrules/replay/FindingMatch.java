package org.peelrules.replay;

/**
 * One published or derived finding and whether the other side has it.
 *
 * @param key the characteristic (or topic, for a cause of concern) that identifies the finding
 */
public record FindingMatch(String kind, String key, Verdict verdict) {

    public enum Verdict {
        /** Published and derived. */
        MATCHED,
        /** Published, not derived. */
        MISSING,
        /** Derived, not published. */
        EXTRA
    }
}
