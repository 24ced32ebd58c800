package org.peelrules.evidence;

/**
 * Cases reviewed against one test, counting those that fail it: "14 of 66 serious investigations were
 * ineffectively supervised". Where the source gives only a proportion ("over one third"), {@code failing}
 * and {@code sampled} may be absent and {@code failureRate} holds it.
 *
 * @param id            the item's id, unique across the submission
 * @param measure       the test: a {@code failure-rate} measure of the rule set's measure register
 * @param failing       cases failing the test, not more than {@code sampled}; {@code null} when the source gives
 *                      only a proportion
 * @param sampled       cases reviewed, or {@code null} when the source does not say
 * @param failureRate   per cent of the sample failing, when the counts are not given; else {@code null}
 * @param bound         how the source qualifies the failure rate, given as counts or as a rate ("over one
 *                      third" is a rate of 33 with {@link Bound#OVER}), or {@code null} when it is exact
 * @param marginOfError half-width of the confidence interval in percentage points, when the source gives one
 * @param note          the source's own words, or anything a reader should know, or {@code null}
 * @param source        where it comes from: report section, page or data return
 */
public record CaseAudit(
        String id,
        String measure,
        Integer failing,
        Integer sampled,
        Double failureRate,
        Bound bound,
        Double marginOfError,
        String note,
        String source) implements EvidenceItem {

    /**
     * A case audit whose failure rate is exact.
     *
     * @param id            the item's id, unique across the submission
     * @param measure       the test: a {@code failure-rate} measure of the rule set's measure register
     * @param failing       cases failing the test, or {@code null} when only a proportion is given
     * @param sampled       cases reviewed, or {@code null} when the source does not say
     * @param failureRate   per cent of the sample failing, when the counts are not given; else {@code null}
     * @param marginOfError half-width of the confidence interval in percentage points, or {@code null}
     * @param note          the source's own words, or anything a reader should know, or {@code null}
     * @param source        where it comes from: report section, page or data return
     */
    public CaseAudit(String id, String measure, Integer failing, Integer sampled, Double failureRate,
                     Double marginOfError, String note, String source) {
        this(id, measure, failing, sampled, failureRate, null, marginOfError, note, source);
    }

    /**
     * The share of the sample failing the test, in per cent.
     *
     * @return {@code failing} as a share of {@code sampled} when both are given (and {@code sampled} is not 0),
     *         else {@code failureRate}, else 0
     */
    public double failurePercent() {
        if (failing != null && sampled != null && sampled > 0) {
            return 100.0 * failing / sampled;
        }
        return failureRate == null ? 0.0 : failureRate;
    }

    /**
     * Whether the sample size is known.
     *
     * @return {@code true} when {@code sampled} is given
     */
    public boolean hasSampleSize() {
        return sampled != null;
    }

    /**
     * Whether the failure rate is certainly at or above {@code threshold} per cent, given its bound.
     *
     * @param threshold a failure rate in per cent
     * @return {@code true} when the rate is at or above it and not given as under a figure, which has no floor
     */
    public boolean atLeast(double threshold) {
        return Bound.atLeast(bound, failurePercent(), threshold);
    }

    /**
     * Whether the failure rate is certainly below {@code threshold} per cent, given its bound.
     *
     * @param threshold a failure rate in per cent
     * @return {@code true} when the rate is below it (or, given as under a figure, at most it) and not given as
     *         over a figure, which has no ceiling
     */
    public boolean below(double threshold) {
        return Bound.below(bound, failurePercent(), threshold);
    }
}
