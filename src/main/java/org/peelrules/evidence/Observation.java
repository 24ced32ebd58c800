package org.peelrules.evidence;

/**
 * An inspector's recorded finding against one characteristic of good performance.
 *
 * @param id             the item's id, unique across the submission
 * @param characteristic the characteristic it concerns, by framework number ({@code 4.1.2})
 * @param rating         how far the finding shows the characteristic demonstrated
 * @param emphasis       whether the source states it as its overall finding on the characteristic or as a
 *                       supporting particular; {@link Emphasis#DETAIL} when the submission does not say, never
 *                       {@code null}
 * @param severity       for a shortfall (partly meets or does not meet), {@link Severity#SERIOUS} where the source
 *                       itself says it is serious; {@code null} when the source says nothing of its gravity
 * @param text           the finding, in the source's words where possible
 * @param source         where it comes from: report section, page or data return
 */
public record Observation(
        String id,
        String characteristic,
        Rating rating,
        Emphasis emphasis,
        Severity severity,
        String text,
        String source) implements EvidenceItem {

    /**
     * An observation, read as a {@link Emphasis#DETAIL} when its emphasis is not given.
     *
     * @param id             the item's id, unique across the submission
     * @param characteristic the characteristic it concerns, by framework number
     * @param rating         how far the finding shows the characteristic demonstrated
     * @param emphasis       how the source puts it, or {@code null} for a {@link Emphasis#DETAIL}
     * @param severity       {@link Severity#SERIOUS} for a shortfall the source calls serious, or {@code null}
     * @param text           the finding, in the source's words where possible
     * @param source         where it comes from: report section, page or data return
     */
    public Observation {
        // A submission that does not say is read as it always was: one observation among others.
        emphasis = emphasis == null ? Emphasis.DETAIL : emphasis;
    }

    /**
     * An observation whose emphasis is not given, so a {@link Emphasis#DETAIL}, nor its severity.
     *
     * @param id             the item's id, unique across the submission
     * @param characteristic the characteristic it concerns, by framework number
     * @param rating         how far the finding shows the characteristic demonstrated
     * @param text           the finding, in the source's words where possible
     * @param source         where it comes from: report section, page or data return
     */
    public Observation(String id, String characteristic, Rating rating, String text, String source) {
        this(id, characteristic, rating, Emphasis.DETAIL, null, text, source);
    }

    /**
     * An observation whose severity is not given.
     *
     * @param id             the item's id, unique across the submission
     * @param characteristic the characteristic it concerns, by framework number
     * @param rating         how far the finding shows the characteristic demonstrated
     * @param emphasis       how the source puts it, or {@code null} for a {@link Emphasis#DETAIL}
     * @param text           the finding, in the source's words where possible
     * @param source         where it comes from: report section, page or data return
     */
    public Observation(String id, String characteristic, Rating rating, Emphasis emphasis, String text,
                       String source) {
        this(id, characteristic, rating, emphasis, null, text, source);
    }

    /**
     * Whether the source calls the shortfall it reports serious.
     *
     * @return {@code true} when the severity is {@link Severity#SERIOUS}
     */
    public boolean serious() {
        return severity == Severity.SERIOUS;
    }
}
