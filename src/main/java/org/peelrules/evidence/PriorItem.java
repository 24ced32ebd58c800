package org.peelrules.evidence;

/**
 * A recommendation, area for improvement or cause of concern from an earlier inspection, or a national
 * recommendation, with how far the force has acted on it by now.
 */
public record PriorItem(
        String id,
        Kind kind,
        int year,
        String characteristic,
        String text,
        Progress progress,
        String source) implements EvidenceItem {

    public enum Kind { RECOMMENDATION, AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN, NATIONAL_RECOMMENDATION }

    /** For a national recommendation, {@code NOT_RESOLVED} means not complied with. */
    public enum Progress { RESOLVED, PARTLY_RESOLVED, NOT_RESOLVED }

    public boolean outstanding() {
        return progress != Progress.RESOLVED;
    }
}
