package org.peelrules;

import java.util.List;

/** A rule set that cannot be used; each problem names its file and line. A broken rule set is never used. */
public final class RuleSetException extends PeelRulesException {
    public RuleSetException(String source, List<Problem> problems) {
        super("rule set " + source + " cannot be used (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ")", problems);
    }
}
