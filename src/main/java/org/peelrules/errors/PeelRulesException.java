package org.peelrules.errors;

import java.util.List;
import org.peelrules.text.Printable;

/** An input the library cannot use, with every problem found in it. */
public abstract sealed class PeelRulesException extends RuntimeException
        permits InvalidSubmissionException, RuleSetException, RuleSetFaultException {

    /** Every problem found, in a stable order; unmodifiable. */
    private final List<Problem> problems;

    /**
     * An exception whose message is the summary, then the problems listed as {@link Problem#listing} lists them.
     *
     * @param summary  what could not be used and why, in a line: the message's first line
     * @param problems every problem found, in a stable order; copied
     */
    protected PeelRulesException(String summary, List<Problem> problems) {
        super(Printable.of(summary) + describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in a stable order: all of them, however many the message lists.
     *
     * @return an unmodifiable list of the problems
     */
    public List<Problem> problems() {
        return problems;
    }

    /** The message lists problems as the command line does: the first {@link Problem#LISTED}, then a count. */
    private static String describe(List<Problem> problems) {
        StringBuilder s = new StringBuilder();
        Problem.listing(problems).forEach(line -> s.append(System.lineSeparator()).append("  ").append(line));
        return s.toString();
    }
}
