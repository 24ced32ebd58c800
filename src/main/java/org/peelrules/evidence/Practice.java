package org.peelrules.evidence;

/** Practice the force has put in place that may go beyond a characteristic of good performance. */
public record Practice(
        String id,
        String characteristic,
        String title,
        String text,
        Novelty novelty,
        Reach reach,
        String source) implements EvidenceItem {

    /** Whether the practice is new to policing or established elsewhere. */
    public enum Novelty { NEW_TO_POLICING, ESTABLISHED_ELSEWHERE }

    /** How far across the force the practice runs. */
    public enum Reach { FORCE_WIDE, LOCAL, PILOT }
}
