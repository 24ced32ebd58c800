package org.peelrules.evidence;

/**
 * The proportion of a surveyed population giving an answer, such as "just over half of the workforce said
 * they were given enough information about risk".
 *
 * @param proportion  per cent of respondents
 * @param population  who was asked (workforce, victims, neighbourhood staff)
 */
public record SurveyResult(
        String id,
        String measure,
        double proportion,
        String population,
        Integer respondents,
        String note,
        String source) implements EvidenceItem {
}
