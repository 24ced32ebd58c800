package org.peelrules.evidence;

/**
 * A recommendation, area for improvement or cause of concern from an earlier inspection, or a national
 * recommendation, with how far the force has acted on it by now.
 *
 * @param id             the item's id, unique across the submission
 * @param kind           what the earlier item was
 * @param year           the year it was made, or {@code null} when the source does not say
 * @param characteristic the characteristic it concerns, by framework number ({@code 9.4.2})
 * @param text           its wording
 * @param progress       how far the force has acted on it
 * @param source         where it comes from: report section, page or data return
 */
public record PriorItem(
        String id,
        Kind kind,
        Integer year,
        String characteristic,
        String text,
        Progress progress,
        String source) implements EvidenceItem {

    /** What the earlier inspection raised. */
    public enum Kind {
        /** A recommendation an earlier inspection made to the force. */
        RECOMMENDATION,
        /** An area for improvement an earlier inspection identified. */
        AREA_FOR_IMPROVEMENT,
        /** A cause of concern an earlier inspection raised. */
        CAUSE_OF_CONCERN,
        /** A recommendation made nationally, to forces in general, which the force is to comply with. */
        NATIONAL_RECOMMENDATION
    }

    /**
     * For a national recommendation, {@code NOT_RESOLVED} means not complied with. {@code NOT_STATED}: the source
     * mentions the item without saying how far the force has acted on it.
     */
    public enum Progress {
        /** The force has acted on it in full; it shows the characteristic met. */
        RESOLVED,
        /** The force has acted on it in part; it is outstanding. */
        PARTLY_RESOLVED,
        /** The force has not acted on it (not complied with, for a national recommendation); it is outstanding. */
        NOT_RESOLVED,
        /** The source mentions the item without saying how far the force has acted on it; it raises nothing. */
        NOT_STATED
    }

    /**
     * Whether the force is known still to have work to do on it. An item whose progress is not stated is neither
     * resolved nor outstanding: the rules read nothing from it.
     *
     * @return {@code true} when the progress is {@link Progress#PARTLY_RESOLVED} or {@link Progress#NOT_RESOLVED}
     */
    public boolean outstanding() {
        return progress == Progress.PARTLY_RESOLVED || progress == Progress.NOT_RESOLVED;
    }
}
