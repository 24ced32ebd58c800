package org.peelrules.judgment;

/** How far the evidence shows a force demonstrating one characteristic of good performance, best first. */
public enum Status {
    EXCEEDED, MET,
    /** Demonstrated, with minor gaps: the evidence of success outweighs the evidence of shortfall. */
    MOSTLY_MET,
    PARTLY_MET, NOT_MET, INSUFFICIENT_EVIDENCE;

    /** Exceeded, met or mostly met. */
    public boolean demonstrated() {
        return this == EXCEEDED || this == MET || this == MOSTLY_MET;
    }

    /** Partly met or not met. */
    public boolean shortfall() {
        return this == PARTLY_MET || this == NOT_MET;
    }
}
