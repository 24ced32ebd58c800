package org.peelrules.judgment;

import java.util.List;

/**
 * A shortfall against one characteristic that is not serious enough for a cause of concern.
 *
 * @param restatedFrom the year of the earlier inspection that raised it, when it is restated ("this remains an
 *                     area for improvement"); {@code null} when it is new
 */
public record AreaForImprovement(
        String area,
        String characteristic,
        String text,
        Integer restatedFrom,
        List<String> evidence) implements Finding {

    public AreaForImprovement {
        evidence = Lists.sortedDistinct(evidence);
    }

    @Override
    public List<String> characteristics() {
        return List.of(characteristic);
    }

    public boolean restated() {
        return restatedFrom != null;
    }
}
