package org.peelrules.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line, for tests: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun peel(String... args) {
        return peel(false, args);
    }

    /** A run whose stderr is, or is not, a terminal (as the launcher tells the command line). */
    static CliRun peel(boolean stderrIsTerminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PeelCommand.run(new PrintWriter(out), new PrintWriter(err), stderrIsTerminal, args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
