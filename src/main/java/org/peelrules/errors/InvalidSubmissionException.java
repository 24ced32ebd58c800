package org.peelrules.errors;

import java.util.List;

/** A submission that is malformed or inconsistent; each problem names its field by JSON pointer. */
public final class InvalidSubmissionException extends PeelRulesException {
    /**
     * A submission refused for these problems.
     *
     * @param source   the submission as its reader names it (a file's path, or the name given with its text),
     *                 for the first line of the message
     * @param problems every problem found, each naming its field by JSON pointer (or, for JSON that does not
     *                 parse, its line and column); copied
     */
    public InvalidSubmissionException(String source, List<Problem> problems) {
        super("invalid submission " + source + " (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ")", problems);
    }
}
