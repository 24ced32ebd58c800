package org.peelrules.judgment;

import java.util.Comparator;
import java.util.List;

/**
 * A serious, critical or systemic shortcoming in one topic of an area, always with recommendations.
 *
 * @param area            the id of the area it is reported under
 * @param topic           the id of the topic it is raised in, e.g. {@code 5.1}; an area has at most one per topic
 * @param title           the topic's title, which is how a report names the cause of concern
 * @param recommendations what the force should do: one for each characteristic failing systemically, and one for
 *                        each other characteristic of the topic partly met or not met; sorted by characteristic,
 *                        never empty
 * @param characteristics the ids of the characteristics the recommendations are about, sorted, without repeats
 * @param evidence        the ids of the evidence items it rests on, sorted, without repeats
 */
public record CauseOfConcern(
        String area,
        String topic,
        String title,
        List<Recommendation> recommendations,
        List<String> characteristics,
        List<String> evidence) implements Finding {

    /**
     * Sorts the lists, so that a cause of concern never depends on the order its parts were found in, and checks
     * that it has a recommendation.
     *
     * @param area            the id of the area it is reported under
     * @param topic           the id of the topic it is raised in
     * @param title           the topic's title
     * @param recommendations what the force should do, in any order; at least one
     * @param characteristics the ids of the characteristics the recommendations are about, in any order; may be
     *                        {@code null}
     * @param evidence        the ids of the evidence items it rests on, in any order; may be {@code null}
     * @throws IllegalArgumentException when there is no recommendation
     */
    public CauseOfConcern {
        recommendations = recommendations.stream()
                .sorted(Comparator.comparing(Recommendation::characteristic)).toList();
        characteristics = Lists.sortedDistinct(characteristics);
        evidence = Lists.sortedDistinct(evidence);
        if (recommendations.isEmpty()) {
            throw new IllegalArgumentException("a cause of concern needs at least one recommendation");
        }
    }
}
