package org.peelrules.judgment;

import java.util.List;

/**
 * For an area with too little evidence to grade, or whose evidence does not settle its grade, the grade its
 * evidence points to so far: not a judgment, but the direction of travel, and what evidence would settle it.
 *
 * @param grade       the grade the area's descriptors give when read over the characteristics assessed so far
 * @param assessed    how many of the area's own characteristics the evidence let the rules assess
 * @param catalogued  how many characteristics the area has of its own
 * @param needed      how many of them must be assessed before the area is graded: the coverage the grading
 *                    policy asks for, or all of them where that much evidence was given but left the grade
 *                    unsettled
 * @param unassessed  the area's own characteristics without evidence, in framework order: evidence on these
 *                    would settle the grade
 */
public record ProvisionalGrade(Grade grade, int assessed, int catalogued, int needed, List<String> unassessed) {

    /**
     * Copies the unassessed characteristics, so that the provisional grade cannot change after it is made.
     *
     * @param grade      the grade the area's descriptors give over the characteristics assessed so far
     * @param assessed   how many of the area's own characteristics the evidence let the rules assess
     * @param catalogued how many characteristics the area has of its own
     * @param needed     how many of them must be assessed before the area is graded
     * @param unassessed the area's own characteristics without evidence, in framework order
     */
    public ProvisionalGrade {
        unassessed = List.copyOf(unassessed);
    }
}
