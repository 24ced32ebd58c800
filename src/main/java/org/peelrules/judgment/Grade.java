package org.peelrules.judgment;

/** The five tiers of a PEEL graded judgment, best first, each with the descriptor it stands for. */
public enum Grade {
    /** Substantially exceeded the characteristics of good performance. */
    OUTSTANDING("Outstanding", "The force has substantially exceeded the characteristics of good performance."),
    /** Demonstrated substantially all the characteristics of good performance. */
    GOOD("Good", "The force has demonstrated substantially all the characteristics of good performance."),
    /** Demonstrated some of the characteristics, with areas for improvement. */
    ADEQUATE("Adequate", "The force has demonstrated some of the characteristics of good performance, "
            + "but there are areas where it should make improvements."),
    /** Demonstrated few, if any, of the characteristics, with a substantial number of areas for improvement. */
    REQUIRES_IMPROVEMENT("Requires improvement", "The force has demonstrated few, if any, of the characteristics "
            + "of good performance, and there are a substantial number of areas where it needs to make improvements."),
    /** Causes of concern, with recommendations to address them. */
    INADEQUATE("Inadequate", "There are causes of concern, with recommendations to the force to address them.");

    private final String label;
    private final String descriptor;

    Grade(String label, String descriptor) {
        this.label = label;
        this.descriptor = descriptor;
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
     * What the grade stands for, in the framework's words.
     *
     * @return the grade's descriptor, a sentence about the force
     */
    public String descriptor() {
        return descriptor;
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
