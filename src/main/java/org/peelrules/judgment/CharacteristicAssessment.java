package org.peelrules.judgment;

import java.util.List;

/**
 * Stage one's result for one characteristic: its status and the evidence that decided it.
 *
 * @param characteristic the id of the characteristic, e.g. {@code 5.1.2}
 * @param area           the id of the characteristic's own area
 * @param topic          the id of the topic it belongs to, e.g. {@code 5.1}
 * @param countsTowards  the graded area whose judgment it informs: its own, or the one a victim service
 *                       assessment characteristic feeds
 * @param status         how far the evidence shows the force demonstrating it
 * @param evidence       the ids of the evidence items that decided the status, sorted, without repeats
 */
public record CharacteristicAssessment(
        String characteristic,
        String area,
        String topic,
        String countsTowards,
        Status status,
        List<String> evidence) {

    /**
     * Makes the evidence list canonical: sorted, without repeats, and empty rather than {@code null}.
     *
     * @param characteristic the id of the characteristic
     * @param area           the id of the characteristic's own area
     * @param topic          the id of the topic it belongs to
     * @param countsTowards  the graded area whose judgment it informs
     * @param status         how far the evidence shows the force demonstrating it
     * @param evidence       the ids of the evidence items that decided the status, in any order; may be {@code null}
     */
    public CharacteristicAssessment {
        evidence = Lists.sortedDistinct(evidence);
    }
}
