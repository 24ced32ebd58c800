package org.peelrules.evidence;

/**
 * An inspector's recorded finding against one characteristic of good performance.
 *
 * @param emphasis whether the source states it as its overall finding on the characteristic or as a supporting
 *                 particular; {@link Emphasis#DETAIL} when the submission does not say, never {@code null}
 * @param severity for a shortfall (partly meets or does not meet), {@link Severity#SERIOUS} where the source
 *                 itself says it is serious; {@code null} when the source says nothing of its gravity
 */
public record Observation(
        String id,
        String characteristic,
        Rating rating,
        Emphasis emphasis,
        Severity severity,
        String text,
        String source) implements EvidenceItem {

    public Observation {
        // A submission that does not say is read as it always was: one observation among others.
        emphasis = emphasis == null ? Emphasis.DETAIL : emphasis;
    }

    /** An observation whose emphasis is not given, so a {@link Emphasis#DETAIL}. */
    public Observation(String id, String characteristic, Rating rating, String text, String source) {
        this(id, characteristic, rating, Emphasis.DETAIL, null, text, source);
    }

    /** An observation whose severity is not given. */
    public Observation(String id, String characteristic, Rating rating, Emphasis emphasis, String text,
                       String source) {
        this(id, characteristic, rating, emphasis, null, text, source);
    }

    /** Whether the source calls the shortfall it reports serious. */
    public boolean serious() {
        return severity == Severity.SERIOUS;
    }
}
