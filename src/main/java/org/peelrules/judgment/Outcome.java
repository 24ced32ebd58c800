package org.peelrules.judgment;

/** What a judgment on an area is: a grade, or why there is none. */
public enum Outcome {
    /** Graded: the judgment has a {@link Grade}. */
    GRADED("graded"),
    /** An area the framework reports on without a grade; its findings inform the graded areas. */
    NOT_GRADED("not graded"),
    /** An area inspected and graded in a separate report. */
    REPORTED_SEPARATELY("reported separately"),
    /** An area graded only when inspected, for which the submission holds no evidence. */
    NOT_INSPECTED("not inspected"),
    /** Too few of the area's characteristics could be assessed from the evidence to grade it. */
    INSUFFICIENT_EVIDENCE("insufficient evidence");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /**
     * The outcome in words, as a report puts it.
     *
     * @return the lower-case label, e.g. {@code not inspected}
     */
    public String label() {
        return label;
    }
}
