package org.peelrules.judgment;

import java.util.List;

/**
 * A national recommendation the force has not complied with, reported under the area it concerns.
 *
 * @param area           the id of the area it is reported under
 * @param characteristic the id of the characteristic it concerns
 * @param year           the year it was made, or {@code null} when the submission does not say
 * @param text           the recommendation, as the submission gives it
 * @param evidence       the ids of the evidence items it rests on (the item recording it as not complied with),
 *                       sorted, without repeats
 */
public record NationalRecommendationNotMet(
        String area,
        String characteristic,
        Integer year,
        String text,
        List<String> evidence) implements Finding {

    /**
     * Makes the evidence list canonical: sorted, without repeats, and empty rather than {@code null}.
     *
     * @param area           the id of the area it is reported under
     * @param characteristic the id of the characteristic it concerns
     * @param year           the year it was made, or {@code null}
     * @param text           the recommendation
     * @param evidence       the ids of the evidence items it rests on, in any order; may be {@code null}
     */
    public NationalRecommendationNotMet {
        evidence = Lists.sortedDistinct(evidence);
    }

    /**
     * The one characteristic it concerns.
     *
     * @return a list holding {@link #characteristic()} alone
     */
    @Override
    public List<String> characteristics() {
        return List.of(characteristic);
    }
}
