package org.peelrules;

/** How far the evidence shows a force demonstrating one characteristic of good performance, best first. */
public enum Status {
    EXCEEDED, MET, PARTLY_MET, NOT_MET, INSUFFICIENT_EVIDENCE;

    /** Met or exceeded. */
    public boolean demonstrated() {
        return this == EXCEEDED || this == MET;
    }

    /** Partly met or not met. */
    public boolean shortfall() {
        return this == PARTLY_MET || this == NOT_MET;
    }
}
