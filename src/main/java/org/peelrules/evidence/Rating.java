package org.peelrules.evidence;

/** How far an observation shows the force demonstrating a characteristic of good performance. */
public enum Rating {
    /** Goes beyond the characteristic: practice others could learn from. */
    EXCEEDS,
    /** Demonstrated in full. */
    MEETS,
    /** Demonstrated, with minor gaps the source mentions in passing. */
    MOSTLY_MEETS,
    /** Demonstrated only in part: some places, some of the time, or with a shortfall the force must address. */
    PARTLY_MEETS,
    /** Not demonstrated. */
    DOES_NOT_MEET,
    /**
     * Describes the force's work on the characteristic without showing it demonstrated or falling short. Kept
     * with the evidence and shown with it, but raises no signal: a description is not a finding either way.
     * Last, so that the ratings above keep their order from best to worst.
     */
    NEUTRAL
}
