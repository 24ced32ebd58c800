package org.peelrules.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line, for tests: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun peel(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PeelCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
