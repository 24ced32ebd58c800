package org.peelrules.errors;

import java.util.List;

/**
 * A rule set that cannot be used, or scenario files of one that cannot be run; each problem names its file and
 * line. A broken rule set is never used, and no scenario runs until all read.
 */
public final class RuleSetException extends PeelRulesException {
    /**
     * A rule set refused for these problems.
     *
     * @param source   the rule set as it was loaded (its folder, or the bundled rule set's name), for the first
     *                 line of the message
     * @param problems every problem found, each naming its file and line; copied
     */
    public RuleSetException(String source, List<Problem> problems) {
        this(problems, "rule set " + source + " cannot be used");
    }

    /** The summary, then how many problems: "... cannot be used (2 problems)". */
    private RuleSetException(List<Problem> problems, String summary) {
        super(summary + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ")", problems);
    }

    /**
     * Scenario files refused for these problems.
     *
     * @param source   where the scenarios were read from (their folder or file), for the first line of the message
     * @param problems every problem found, each naming its file and line; copied
     * @return the exception to throw
     */
    public static RuleSetException scenarios(String source, List<Problem> problems) {
        return new RuleSetException(problems, "scenarios in " + source + " cannot be run");
    }
}
