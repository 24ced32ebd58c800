package org.peelrules.evidence;

/**
 * A recommendation, area for improvement or cause of concern from an earlier inspection, or a national
 * recommendation, with how far the force has acted on it by now.
 *
 * @param year the year it was made, or {@code null} when the source does not say
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
    public enum Kind { RECOMMENDATION, AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN, NATIONAL_RECOMMENDATION }

    /**
     * For a national recommendation, {@code NOT_RESOLVED} means not complied with. {@code NOT_STATED}: the source
     * mentions the item without saying how far the force has acted on it.
     */
    public enum Progress { RESOLVED, PARTLY_RESOLVED, NOT_RESOLVED, NOT_STATED }

    /**
     * Whether the force is known still to have work to do on it. An item whose progress is not stated is neither
     * resolved nor outstanding: the rules read nothing from it.
     */
    public boolean outstanding() {
        return progress == Progress.PARTLY_RESOLVED || progress == Progress.NOT_RESOLVED;
    }
}
