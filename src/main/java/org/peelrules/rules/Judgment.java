package org.peelrules.rules;

import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;


/**
 * Stage three's result for one area: a grade, or the reason there is none.
 *
 * @param provisional for an area with too little evidence to grade, the grade the evidence so far points to;
 *                    otherwise null
 */
public record Judgment(String area, Outcome outcome, Grade grade, Grade provisional) {

    public static Judgment graded(String area, Grade grade) {
        return new Judgment(area, Outcome.GRADED, grade, null);
    }

    public static Judgment ungraded(String area, Outcome outcome) {
        return new Judgment(area, outcome, null, null);
    }

    /** Too little evidence to grade, with the grade the evidence so far points to. */
    public static Judgment provisionally(String area, Outcome outcome, Grade provisional) {
        return new Judgment(area, outcome, null, provisional);
    }
}
