package org.peelrules.judgment;

/** The five tiers of a PEEL graded judgment, best first, each with the descriptor it stands for. */
public enum Grade {
    OUTSTANDING("Outstanding", "The force has substantially exceeded the characteristics of good performance."),
    GOOD("Good", "The force has demonstrated substantially all the characteristics of good performance."),
    ADEQUATE("Adequate", "The force has demonstrated some of the characteristics of good performance, "
            + "but there are areas where it should make improvements."),
    REQUIRES_IMPROVEMENT("Requires improvement", "The force has demonstrated few, if any, of the characteristics "
            + "of good performance, and there are a substantial number of areas where it needs to make improvements."),
    INADEQUATE("Inadequate", "There are causes of concern, with recommendations to the force to address them.");

    private final String label;
    private final String descriptor;

    Grade(String label, String descriptor) {
        this.label = label;
        this.descriptor = descriptor;
    }

    public String label() {
        return label;
    }

    public String descriptor() {
        return descriptor;
    }

    /** Whether this grade is better than {@code other}. */
    public boolean isBetterThan(Grade other) {
        return ordinal() < other.ordinal();
    }
}
