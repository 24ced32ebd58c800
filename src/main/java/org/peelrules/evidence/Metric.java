package org.peelrules.evidence;

/**
 * A measured value, such as the share of 999 calls answered within ten seconds.
 * {@code measure} names an entry of the rule set's measure register, which says what it informs.
 *
 * @param bound         how the source qualifies the value ("over 85 per cent"), or {@code null} when it is exact
 * @param marginOfError half-width of the confidence interval, in the unit of {@code value}, when sampled
 * @param comparison    a comparator the source quotes beside the value (national rate, similar forces, earlier year)
 * @param rank          where the force stands in a ranking the source quotes beside the value, or {@code null}
 */
public record Metric(
        String id,
        String measure,
        double value,
        Bound bound,
        String unit,
        String period,
        Double marginOfError,
        Comparison comparison,
        Rank rank,
        String note,
        String source) implements EvidenceItem {

    /** A metric given exactly, without a rank. */
    public Metric(String id, String measure, double value, String unit, String period, Double marginOfError,
                  Comparison comparison, String note, String source) {
        this(id, measure, value, null, unit, period, marginOfError, comparison, null, note, source);
    }

    /**
     * A value the source sets beside the metric: {@code against} says what it is.
     *
     * @param marginOfError half-width of the comparator's confidence interval, in the metric's unit, when it is
     *                      itself a sampled estimate (a national survey rate), or {@code null}
     */
    public record Comparison(String against, double value, Double marginOfError) {

        /** A comparator given without a margin of error. */
        public Comparison(String against, double value) {
            this(against, value, null);
        }
    }

    /**
     * Where the force stands among others on the measure: "the highest of the 43 forces in England and Wales" is
     * position 1 of 43, counted from the highest. Context for a reader only: no rule reads it.
     */
    public record Rank(int position, int of, String among, CountedFrom countedFrom) {

        /** Which end position 1 is: the highest value or the lowest. */
        public enum CountedFrom { HIGHEST, LOWEST }
    }

    public boolean hasComparison() {
        return comparison != null;
    }

    /** Whether the value is certainly at or above {@code threshold}, given its bound. */
    public boolean atLeast(double threshold) {
        return Bound.atLeast(bound, value, threshold);
    }

    /** Whether the value is certainly below {@code threshold}, given its bound. */
    public boolean below(double threshold) {
        return Bound.below(bound, value, threshold);
    }
}
