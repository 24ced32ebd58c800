package org.peelrules.internal.ruleset;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;

/**
 * What a rule set's {@code ruleset.yaml} declares beside its name: the stages its rules run in, in order, and
 * the sentences a judgment opens with (a grade's descriptor, or what an ungraded outcome means). Policy, so it
 * lives in the rule set and a policy team changes it there.
 *
 * @param stages    the agenda groups the rules run in, first to last
 * @param grades    each grade's descriptor
 * @param outcomes  each ungraded outcome's sentence
 */
public record Wording(List<String> stages, Map<Grade, String> grades, Map<Outcome, String> outcomes)
        implements Serializable {

    /** Copies the lists and maps, so that the wording cannot change after it is read. */
    public Wording {
        stages = List.copyOf(stages);
        grades = Map.copyOf(grades);
        outcomes = Map.copyOf(outcomes);
    }

    /**
     * The sentence a judgment opens with.
     *
     * @param outcome the judgment's outcome
     * @param grade   its grade, when graded
     * @return the grade's descriptor for a graded judgment, else the outcome's sentence
     */
    public String describe(Outcome outcome, Grade grade) {
        return outcome == Outcome.GRADED ? grades.get(grade) : outcomes.get(outcome);
    }
}
