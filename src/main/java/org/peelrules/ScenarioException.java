package org.peelrules;

import java.util.List;

/** Scenario files that cannot be run; each problem names its file and line. No scenario runs until all read. */
public final class ScenarioException extends PeelRulesException {
    /**
     * Scenarios refused for these problems.
     *
     * @param source   where the scenarios were read from (their folder or file), for the first line of the message
     * @param problems every problem found, each naming its file and line; copied
     */
    public ScenarioException(String source, List<Problem> problems) {
        super("scenarios in " + source + " cannot be run (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ")", problems);
    }
}
