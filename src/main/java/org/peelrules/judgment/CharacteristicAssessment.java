package org.peelrules.judgment;

import java.util.List;

/**
 * Stage one's result for one characteristic: its status and the evidence that decided it.
 *
 * @param countsTowards the graded area whose judgment it informs: its own, or the one a victim service
 *                      assessment characteristic feeds
 */
public record CharacteristicAssessment(
        String characteristic,
        String area,
        String topic,
        String countsTowards,
        Status status,
        List<String> evidence) {

    public CharacteristicAssessment {
        evidence = Lists.sortedDistinct(evidence);
    }
}
