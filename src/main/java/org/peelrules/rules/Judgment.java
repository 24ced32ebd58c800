package org.peelrules.rules;

import org.peelrules.Grade;
import org.peelrules.Outcome;

/** Stage three's result for one area: a grade, or the reason there is none. */
public record Judgment(String area, Outcome outcome, Grade grade) {

    public static Judgment graded(String area, Grade grade) {
        return new Judgment(area, Outcome.GRADED, grade);
    }

    public static Judgment ungraded(String area, Outcome outcome) {
        return new Judgment(area, outcome, null);
    }
}
