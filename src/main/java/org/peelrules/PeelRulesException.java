package org.peelrules;

import java.util.List;

/** An input the library cannot use, with every problem found in it. */
public abstract sealed class PeelRulesException extends RuntimeException
        permits InvalidSubmissionException, RuleSetException, ScenarioException {

    private final List<Problem> problems;

    protected PeelRulesException(String summary, List<Problem> problems) {
        super(summary + describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in a stable order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        StringBuilder s = new StringBuilder();
        problems.forEach(p -> s.append(System.lineSeparator()).append("  ").append(p));
        return s.toString();
    }
}
