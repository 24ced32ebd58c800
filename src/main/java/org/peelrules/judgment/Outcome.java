package org.peelrules.judgment;

/** What a judgment on an area is: a grade, or why there is none. */
public enum Outcome {
    GRADED("graded"),
    NOT_GRADED("not graded"),
    REPORTED_SEPARATELY("reported separately"),
    NOT_INSPECTED("not inspected"),
    INSUFFICIENT_EVIDENCE("insufficient evidence");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
