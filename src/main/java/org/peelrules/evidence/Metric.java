package org.peelrules.evidence;

/**
 * A measured value, such as the share of 999 calls answered within ten seconds.
 * {@code measure} names an entry of the rule set's measure register, which says what it informs.
 *
 * @param marginOfError half-width of the confidence interval, in the unit of {@code value}, when sampled
 * @param comparison    a comparator the source quotes beside the value (national rate, similar forces, earlier year)
 */
public record Metric(
        String id,
        String measure,
        double value,
        String unit,
        String period,
        Double marginOfError,
        Comparison comparison,
        String note,
        String source) implements EvidenceItem {

    /** A value the source sets beside the metric: {@code against} says what it is. */
    public record Comparison(String against, double value) {
    }

    public boolean hasComparison() {
        return comparison != null;
    }
}
