package org.peelrules.evidence;

/**
 * How a figure the source gives only roughly relates to the value written down: "over 85 per cent" is 85 with
 * {@code OVER}, "almost 20" and "fewer than half" are 20 and 50 with {@code UNDER}, "around a third" is 33 with
 * {@code ABOUT}. An exact figure has no bound ({@code null}), rather than a constant of its own: a submission
 * built in Java is checked as the JSON it would be written as, and a missing bound writes nothing, so a record
 * and the file it came from are the same document.
 */
public enum Bound {
    /** The figure is more than the value. */
    OVER,
    /** The figure is less than the value. */
    UNDER,
    /** The figure is near the value, on either side; it is read as the value. */
    ABOUT;

    /**
     * Whether a figure is certainly at or above a threshold. Over 85 is at or above 85 (and anything lower);
     * under 20 says only that the figure is below 20, which gives it no floor, so it is never certainly at or
     * above anything.
     *
     * @param bound     the figure's bound, or {@code null} when it is exact
     * @param value     the value written down for the figure
     * @param threshold the threshold, in the figure's unit
     * @return {@code true} only when every figure the value and bound allow is at or above the threshold
     */
    static boolean atLeast(Bound bound, double value, double threshold) {
        return bound != UNDER && value >= threshold;
    }

    /**
     * Whether a figure is certainly below a threshold. Under 20 is below 20 (and anything higher); over 85 gives
     * the figure no ceiling, so it is never certainly below anything.
     *
     * @param bound     the figure's bound, or {@code null} when it is exact
     * @param value     the value written down for the figure
     * @param threshold the threshold, in the figure's unit
     * @return {@code true} only when every figure the value and bound allow is below the threshold
     */
    static boolean below(Bound bound, double value, double threshold) {
        if (bound == OVER) {
            return false;
        }
        return bound == UNDER ? value <= threshold : value < threshold;
    }
}
