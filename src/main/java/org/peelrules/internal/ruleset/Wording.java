package org.peelrules.internal.ruleset;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a rule set's {@code ruleset.yaml} declares beside its name: the stages its rules run in, in order, and
 * the sentences a judgment opens with (a grade's descriptor, or what an ungraded outcome means). Policy, so it
 * lives in the rule set and a policy team changes it there.
 *
 * @param stages    the agenda groups the rules run in, first to last
 * @param grades    each grade's descriptor, by the grade's kebab-case name ({@code requires-improvement})
 * @param outcomes  each ungraded outcome's sentence, by its kebab-case name ({@code insufficient-evidence})
 */
public record Wording(List<String> stages, Map<String, String> grades, Map<String, String> outcomes)
        implements Serializable {

    /** Copies the lists and maps, so that the wording cannot change after it is read. */
    public Wording {
        stages = List.copyOf(stages);
        grades = Map.copyOf(grades);
        outcomes = Map.copyOf(outcomes);
    }
}
