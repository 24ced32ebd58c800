package org.peelrules.judgment;

import java.util.List;

/**
 * A shortfall on a characteristic that is otherwise demonstrated: noted, but not among the areas for improvement
 * a report would publish. A report publishes a selection of the shortfalls it finds, the serious and the broad;
 * a caveat beside stronger evidence of success is recorded here, so that nothing found is lost.
 *
 * @param area           the id of the area it is reported under
 * @param characteristic the id of the characteristic mostly met
 * @param text           what the force should do about the gap, worded as an area for improvement would be
 * @param evidence       the ids of the evidence items that decided the characteristic, sorted, without repeats
 */
public record ShortfallNoted(
        String area,
        String characteristic,
        String text,
        List<String> evidence) implements Finding {

    /**
     * Makes the evidence list canonical: sorted, without repeats, and empty rather than {@code null}.
     *
     * @param area           the id of the area it is reported under
     * @param characteristic the id of the characteristic mostly met
     * @param text           what the force should do about the gap
     * @param evidence       the ids of the evidence items that decided the characteristic, in any order; may be
     *                       {@code null}
     */
    public ShortfallNoted {
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
