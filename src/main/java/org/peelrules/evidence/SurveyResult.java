package org.peelrules.evidence;

/**
 * The proportion of a surveyed population giving an answer, such as "just over half of the workforce said
 * they were given enough information about risk".
 *
 * @param id          the item's id, unique across the submission
 * @param measure     a {@code survey} measure of the rule set's measure register
 * @param proportion  per cent of respondents
 * @param bound       how the source qualifies the proportion ("just over half" is 50 with {@link Bound#OVER}),
 *                    or {@code null} when it is exact
 * @param population  who was asked (workforce, victims, neighbourhood staff)
 * @param respondents how many answered, or {@code null} when the source does not say
 * @param note        the source's own words, or anything a reader should know, or {@code null}
 * @param source      where it comes from: report section, page or data return
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

    /**
     * A survey result whose proportion is exact.
     *
     * @param id          the item's id, unique across the submission
     * @param measure     a {@code survey} measure of the rule set's measure register
     * @param proportion  per cent of respondents
     * @param population  who was asked (workforce, victims, neighbourhood staff)
     * @param respondents how many answered, or {@code null} when the source does not say
     * @param note        the source's own words, or anything a reader should know, or {@code null}
     * @param source      where it comes from: report section, page or data return
     */
    public SurveyResult(String id, String measure, double proportion, String population, Integer respondents,
                        String note, String source) {
        this(id, measure, proportion, null, population, respondents, note, source);
    }

    /**
     * Whether the proportion is certainly at or above {@code threshold} per cent, given its bound.
     *
     * @param threshold a proportion in per cent
     * @return {@code true} when the proportion is at or above it and not given as under a figure, which has no floor
     */
    public boolean atLeast(double threshold) {
        return Bound.atLeast(bound, proportion, threshold);
    }

    /**
     * Whether the proportion is certainly below {@code threshold} per cent, given its bound.
     *
     * @param threshold a proportion in per cent
     * @return {@code true} when the proportion is below it (or, given as under a figure, at most it) and not given
     *         as over a figure, which has no ceiling
     */
    public boolean below(double threshold) {
        return Bound.below(bound, proportion, threshold);
    }
}
