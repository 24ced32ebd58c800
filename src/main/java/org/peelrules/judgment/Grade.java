package org.peelrules.judgment;

/**
 * The five tiers of a PEEL graded judgment, best first. What each says of a force (its descriptor) is the rule
 * set's to declare, in its {@code ruleset.yaml}.
 */
public enum Grade {
    /** Substantially exceeded the characteristics of good performance. */
    OUTSTANDING("Outstanding"),
    /** Demonstrated substantially all the characteristics of good performance. */
    GOOD("Good"),
    /** Demonstrated some of the characteristics, with areas for improvement. */
    ADEQUATE("Adequate"),
    /** Demonstrated few, if any, of the characteristics, with a substantial number of areas for improvement. */
    REQUIRES_IMPROVEMENT("Requires improvement"),
    /** Causes of concern, with recommendations to address them. */
    INADEQUATE("Inadequate");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /**
     * The grade as a report names it.
     *
     * @return the name in sentence case, e.g. {@code Requires improvement}
     */
    public String label() {
        return label;
    }

    /**
     * Whether this grade is better than {@code other}.
     *
     * @param other another grade
     * @return {@code true} when this grade is a higher tier than {@code other}; {@code false} when it is the same
     *         or lower
     */
    public boolean isBetterThan(Grade other) {
        return ordinal() < other.ordinal();
    }
}
