package org.peelrules.judgment;

/** How far the evidence shows a force demonstrating one characteristic of good performance, best first. */
public enum Status {
    /** Demonstrated, and gone beyond: the evidence shows the force doing more than the characteristic asks. */
    EXCEEDED,
    /** Demonstrated in full: the evidence shows it and no shortfall. */
    MET,
    /** Demonstrated, with minor gaps: the evidence of success outweighs the evidence of shortfall. */
    MOSTLY_MET,
    /** Short: the evidence shows a partial shortfall at least as heavy as any evidence of success. */
    PARTLY_MET,
    /**
     * Not demonstrated: the heaviest evidence finds it not met, or a shortfall is decisive (failures at the
     * systemic rate, a shortfall the source calls serious, an earlier cause of concern still outstanding).
     */
    NOT_MET,
    /** Not assessed: no evidence on the characteristic, so no status is guessed. */
    INSUFFICIENT_EVIDENCE;

    /**
     * Whether the characteristic counts as demonstrated.
     *
     * @return {@code true} for exceeded, met or mostly met
     */
    public boolean demonstrated() {
        return this == EXCEEDED || this == MET || this == MOSTLY_MET;
    }

    /**
     * Whether the characteristic falls short, and so gives an area for improvement or a cause of concern.
     *
     * @return {@code true} for partly met or not met
     */
    public boolean shortfall() {
        return this == PARTLY_MET || this == NOT_MET;
    }
}
