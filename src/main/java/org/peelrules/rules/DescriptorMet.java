package org.peelrules.rules;

import org.peelrules.judgment.AreaTally;
import org.peelrules.judgment.Grade;


/**
 * The grading policy's finding that an area meets the descriptor of a grade; the highest one met is awarded.
 *
 * @param provisional whether it was read from a provisional tally (the evidence so far), not the whole area
 */
public record DescriptorMet(String area, Grade grade, boolean provisional) {

    public DescriptorMet(String area, Grade grade) {
        this(area, grade, false);
    }

    /** The descriptor met by the area a tally is of, provisional when the tally is. */
    public static DescriptorMet of(AreaTally tally, Grade grade) {
        return new DescriptorMet(tally.area(), grade, tally.provisional());
    }
}
