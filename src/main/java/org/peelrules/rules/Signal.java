package org.peelrules.rules;

import org.peelrules.Status;
import org.peelrules.evidence.EvidenceItem;

/**
 * What one piece of evidence says about one characteristic. Stage one's rules raise signals; the
 * characteristic's status is then decided from all its signals.
 *
 * @param atSystemicRate whether the evidence shows failures at the systemic rate in a sample large enough to tell
 */
public record Signal(String characteristic, Status status, boolean atSystemicRate, String evidence) {

    public static Signal exceeded(String characteristic, EvidenceItem item) {
        return new Signal(characteristic, Status.EXCEEDED, false, item.id());
    }

    public static Signal met(String characteristic, EvidenceItem item) {
        return new Signal(characteristic, Status.MET, false, item.id());
    }

    public static Signal partlyMet(String characteristic, EvidenceItem item) {
        return new Signal(characteristic, Status.PARTLY_MET, false, item.id());
    }

    public static Signal notMet(String characteristic, EvidenceItem item) {
        return new Signal(characteristic, Status.NOT_MET, false, item.id());
    }

    /** Not met, with failures at the systemic rate: two or more of these on one characteristic make it systemic. */
    public static Signal systemicFailure(String characteristic, EvidenceItem item) {
        return new Signal(characteristic, Status.NOT_MET, true, item.id());
    }
}
