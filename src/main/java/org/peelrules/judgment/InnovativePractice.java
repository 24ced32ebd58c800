package org.peelrules.judgment;

import java.util.List;

/**
 * Practice new to policing, in place across the force, on a characteristic the force exceeds.
 *
 * @param area           the id of the area it is reported under
 * @param characteristic the id of the characteristic exceeded
 * @param title          the practice's title, as the submission gives it
 * @param evidence       the ids of the evidence items it rests on (the practice, and the evidence that the
 *                       characteristic is exceeded), sorted, without repeats
 */
public record InnovativePractice(
        String area,
        String characteristic,
        String title,
        List<String> evidence) implements Finding {

    /**
     * Makes the evidence list canonical: sorted, without repeats, and empty rather than {@code null}.
     *
     * @param area           the id of the area it is reported under
     * @param characteristic the id of the characteristic exceeded
     * @param title          the practice's title
     * @param evidence       the ids of the evidence items it rests on, in any order; may be {@code null}
     */
    public InnovativePractice {
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
