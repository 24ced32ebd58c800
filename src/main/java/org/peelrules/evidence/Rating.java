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
    DOES_NOT_MEET
}
