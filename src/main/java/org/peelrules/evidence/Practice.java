package org.peelrules.evidence;

/**
 * Practice the force has put in place that may go beyond a characteristic of good performance. Only practice
 * new to policing and force-wide, on a characteristic the evidence shows exceeded, is reported as innovative.
 *
 * @param id             the item's id, unique across the submission
 * @param characteristic the characteristic it goes beyond, by framework number ({@code 3.1.3})
 * @param title          its name, as the source heads it
 * @param text           a description, or {@code null}
 * @param novelty        whether it is new to policing
 * @param reach          where it is in place
 * @param source         where it comes from: report section, page or data return
 */
public record Practice(
        String id,
        String characteristic,
        String title,
        String text,
        Novelty novelty,
        Reach reach,
        String source) implements EvidenceItem {

    /** Whether the practice is new to policing or established elsewhere. */
    public enum Novelty {
        /** Not in use in policing before: the only novelty reported as innovative. */
        NEW_TO_POLICING,
        /** Already established elsewhere, so not new to policing. */
        ESTABLISHED_ELSEWHERE
    }

    /** How far across the force the practice runs. */
    public enum Reach {
        /** In place across the whole force: the only reach reported as innovative. */
        FORCE_WIDE,
        /** In place in part of the force only. */
        LOCAL,
        /** Being tried out as a pilot, not yet in place across the force. */
        PILOT
    }
}
