package org.peelrules.judgment;

import java.util.List;

/**
 * A national recommendation the force has not complied with, reported under the area it concerns.
 *
 * @param year the year it was made, or {@code null} when the submission does not say
 */
public record NationalRecommendationNotMet(
        String area,
        String characteristic,
        Integer year,
        String text,
        List<String> evidence) implements Finding {

    public NationalRecommendationNotMet {
        evidence = Lists.sortedDistinct(evidence);
    }

    @Override
    public List<String> characteristics() {
        return List.of(characteristic);
    }
}
