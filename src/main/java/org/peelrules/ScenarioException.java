package org.peelrules;

import java.util.List;

/** Scenario files that cannot be run; each problem names its file and line. No scenario runs until all read. */
public final class ScenarioException extends PeelRulesException {
    public ScenarioException(String source, List<Problem> problems) {
        super("scenarios in " + source + " cannot be run (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ")", problems);
    }
}
