package org.peelrules.judgment;

import java.util.Comparator;
import java.util.List;

/**
 * A serious, critical or systemic shortcoming in one topic of an area, always with recommendations.
 *
 * @param title the topic's title, which is how a report names the cause of concern
 */
public record CauseOfConcern(
        String area,
        String topic,
        String title,
        List<Recommendation> recommendations,
        List<String> characteristics,
        List<String> evidence) implements Finding {

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
