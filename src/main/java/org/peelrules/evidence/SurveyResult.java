package org.peelrules.evidence;

/**
 * The proportion of a surveyed population giving an answer, such as "just over half of the workforce said
 * they were given enough information about risk".
 *
 * @param proportion  per cent of respondents
 * @param bound       how the source qualifies the proportion ("just over half" is 50 with {@link Bound#OVER}),
 *                    or {@code null} when it is exact
 * @param population  who was asked (workforce, victims, neighbourhood staff)
 */
public record SurveyResult(
        String id,
        String measure,
        double proportion,
        Bound bound,
        String population,
        Integer respondents,
        String note,
        String source) implements EvidenceItem {

    /** A survey result whose proportion is exact. */
    public SurveyResult(String id, String measure, double proportion, String population, Integer respondents,
                        String note, String source) {
        this(id, measure, proportion, null, population, respondents, note, source);
    }

    /** Whether the proportion is certainly at or above {@code threshold} per cent, given its bound. */
    public boolean atLeast(double threshold) {
        return Bound.atLeast(bound, proportion, threshold);
    }

    /** Whether the proportion is certainly below {@code threshold} per cent, given its bound. */
    public boolean below(double threshold) {
        return Bound.below(bound, proportion, threshold);
    }
}
