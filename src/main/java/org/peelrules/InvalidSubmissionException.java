package org.peelrules;

import java.util.List;

/** A submission that is malformed or inconsistent; each problem names its field by JSON pointer. */
public final class InvalidSubmissionException extends PeelRulesException {
    public InvalidSubmissionException(String source, List<Problem> problems) {
        super("invalid submission " + source + " (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ")", problems);
    }
}
