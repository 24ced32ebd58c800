package org.peelrules.judgment;

import java.util.List;

/**
 * A shortfall against one characteristic that is not serious enough for a cause of concern.
 *
 * @param area           the id of the area it is reported under
 * @param characteristic the id of the characteristic partly met or not met
 * @param text           what the force should do, as a report words it ("The force should ...")
 * @param restatedFrom   the year of the earlier inspection that raised it, when it is restated ("this remains an
 *                       area for improvement"); {@code null} when it is new, or when the earlier item it restates
 *                       gives no year
 * @param evidence       the ids of the evidence items it rests on, sorted, without repeats
 */
public record AreaForImprovement(
        String area,
        String characteristic,
        String text,
        Integer restatedFrom,
        List<String> evidence) implements Finding {

    /**
     * Makes the evidence list canonical: sorted, without repeats, and empty rather than {@code null}.
     *
     * @param area           the id of the area it is reported under
     * @param characteristic the id of the characteristic partly met or not met
     * @param text           what the force should do
     * @param restatedFrom   the year of the earlier inspection that raised it, or {@code null}
     * @param evidence       the ids of the evidence items it rests on, in any order; may be {@code null}
     */
    public AreaForImprovement {
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

    /**
     * Whether it restates an earlier inspection's area for improvement whose year is known; reports then say it
     * remains an area for improvement from that year.
     *
     * @return {@code true} when {@link #restatedFrom()} is set
     */
    public boolean restated() {
        return restatedFrom != null;
    }
}
