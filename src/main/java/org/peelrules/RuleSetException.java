package org.peelrules;

import java.util.List;

/** A rule set that cannot be used; each problem names its file and line. A broken rule set is never used. */
public final class RuleSetException extends PeelRulesException {
    /**
     * A rule set refused for these problems.
     *
     * @param source   the rule set as it was loaded (its folder, or the bundled rule set's name), for the first
     *                 line of the message
     * @param problems every problem found, each naming its file and line; copied
     */
    public RuleSetException(String source, List<Problem> problems) {
        super("rule set " + source + " cannot be used (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ")", problems);
    }
}
