package org.peelrules.evidence;

/**
 * A measured value, such as the share of 999 calls answered within ten seconds.
 * {@code measure} names an entry of the rule set's measure register, which says what it informs.
 *
 * @param id            the item's id, unique across the submission
 * @param measure       a {@code metric} or {@code failure-rate} measure of the rule set's measure register
 * @param value         the value, in {@code unit}
 * @param bound         how the source qualifies the value ("over 85 per cent"), or {@code null} when it is exact
 * @param unit          the unit the register gives the measure ({@code percent}, {@code count}, {@code days}, ...)
 * @param period        the period the value covers ("year ending 31 March 2021"), or {@code null}
 * @param marginOfError half-width of the confidence interval, in the unit of {@code value}, when sampled
 * @param comparison    a comparator the source quotes beside the value (national rate, similar forces, earlier year)
 * @param rank          where the force stands in a ranking the source quotes beside the value, or {@code null}
 * @param note          the source's own words, or anything a reader should know, or {@code null}
 * @param source        where it comes from: report section, page or data return
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

    /**
     * A metric given exactly, without a rank.
     *
     * @param id            the item's id, unique across the submission
     * @param measure       a {@code metric} or {@code failure-rate} measure of the rule set's measure register
     * @param value         the value, in {@code unit}
     * @param unit          the unit the register gives the measure
     * @param period        the period the value covers, or {@code null}
     * @param marginOfError half-width of the confidence interval, in {@code unit}, when sampled; else {@code null}
     * @param comparison    a comparator the source quotes beside the value, or {@code null}
     * @param note          the source's own words, or anything a reader should know, or {@code null}
     * @param source        where it comes from: report section, page or data return
     */
    public Metric(String id, String measure, double value, String unit, String period, Double marginOfError,
                  Comparison comparison, String note, String source) {
        this(id, measure, value, null, unit, period, marginOfError, comparison, null, note, source);
    }

    /**
     * A value the source sets beside the metric: {@code against} says what it is.
     *
     * @param against       what the value is: a national standard, the national rate, similar forces, an earlier
     *                      year ({@code national-standard}, {@code national-rate}, ...)
     * @param value         the comparator's value, in the metric's unit
     * @param marginOfError half-width of the comparator's confidence interval, in the metric's unit, when it is
     *                      itself a sampled estimate (a national survey rate), or {@code null}
     */
    public record Comparison(String against, double value, Double marginOfError) {

        /**
         * A comparator given without a margin of error.
         *
         * @param against what the value is ({@code national-standard}, {@code national-rate}, ...)
         * @param value   the comparator's value, in the metric's unit
         */
        public Comparison(String against, double value) {
            this(against, value, null);
        }
    }

    /**
     * Where the force stands among others on the measure: "the highest of the 43 forces in England and Wales" is
     * position 1 of 43, counted from the highest. Context for a reader only: no rule reads it.
     *
     * @param position    the force's place, from 1, not more than {@code of}
     * @param of          how many are ranked
     * @param among       who is ranked ("forces in England and Wales")
     * @param countedFrom which end position 1 is at
     */
    public record Rank(int position, int of, String among, CountedFrom countedFrom) {

        /** Which end position 1 is: the highest value or the lowest. */
        public enum CountedFrom {
            /** Position 1 has the highest value. */
            HIGHEST,
            /** Position 1 has the lowest value. */
            LOWEST
        }
    }

    /**
     * Whether the source quotes a comparator beside the value.
     *
     * @return {@code true} when {@code comparison} is given
     */
    public boolean hasComparison() {
        return comparison != null;
    }

    /**
     * Whether the value is certainly at or above {@code threshold}, given its bound.
     *
     * @param threshold a value in the metric's unit
     * @return {@code true} when the value is at or above it and not given as under a figure, which has no floor
     */
    public boolean atLeast(double threshold) {
        return Bound.atLeast(bound, value, threshold);
    }

    /**
     * Whether the value is certainly below {@code threshold}, given its bound.
     *
     * @param threshold a value in the metric's unit
     * @return {@code true} when the value is below it (or, given as under a figure, at most it) and not given as
     *         over a figure, which has no ceiling
     */
    public boolean below(double threshold) {
        return Bound.below(bound, value, threshold);
    }
}
