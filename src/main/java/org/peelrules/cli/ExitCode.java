package org.peelrules.cli;

/** The command line's exit codes, apart from the commands that return them. */
final class ExitCode {
    /** An error in what the command was given: a submission, a rule set, an option. */
    static final int ERROR = 1;
    /** A replay that disagrees with a published outcome, or a rule set change that changes one. */
    static final int DISAGREES = 2;
    /** A fault the input did not cause (a bug to report), kept apart from the user's errors. */
    static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
