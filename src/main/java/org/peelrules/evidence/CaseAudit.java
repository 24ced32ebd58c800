package org.peelrules.evidence;

/**
 * Cases reviewed against one test, counting those that fail it: "14 of 66 serious investigations were
 * ineffectively supervised". Where the source gives only a proportion ("over one third"), {@code failing}
 * and {@code sampled} may be absent and {@code failureRate} holds it.
 *
 * @param failureRate   per cent of the sample failing, when the counts are not given
 * @param bound         how the source qualifies the failure rate, given as counts or as a rate ("over one
 *                      third" is a rate of 33 with {@link Bound#OVER}), or {@code null} when it is exact
 * @param marginOfError half-width of the confidence interval in percentage points, when the source gives one
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

    /** A case audit whose failure rate is exact. */
    public CaseAudit(String id, String measure, Integer failing, Integer sampled, Double failureRate,
                     Double marginOfError, String note, String source) {
        this(id, measure, failing, sampled, failureRate, null, marginOfError, note, source);
    }

    /** The share of the sample failing the test, in per cent. */
    public double failurePercent() {
        if (failing != null && sampled != null && sampled > 0) {
            return 100.0 * failing / sampled;
        }
        return failureRate == null ? 0.0 : failureRate;
    }

    /** Whether the sample size is known. */
    public boolean hasSampleSize() {
        return sampled != null;
    }

    /** Whether the failure rate is certainly at or above {@code threshold} per cent, given its bound. */
    public boolean atLeast(double threshold) {
        return Bound.atLeast(bound, failurePercent(), threshold);
    }

    /** Whether the failure rate is certainly below {@code threshold} per cent, given its bound. */
    public boolean below(double threshold) {
        return Bound.below(bound, failurePercent(), threshold);
    }
}
