package org.peelrules.cli;

import java.io.PrintWriter;
import org.peelrules.replay.Progress;

/**
 * How far a long {@code batch} or {@code replay} has got ("  12/65 cases…"), rewritten in place on stderr and
 * cleared when the run ends, only when stderr is a terminal: a log or a pipe gets exactly what it got before.
 * The JVM cannot tell whether stderr is a terminal ({@code System.console()} answers for stdin and stdout
 * together, and differently from one JDK to the next), so the launcher, which can ({@code [ -t 2 ]}), says so
 * with {@code -Dpeel.stderrIsTerminal=true}.
 */
final class TerminalProgress implements Progress {
    /** The system property the launchers set when stderr is a terminal. */
    static final String STDERR_IS_TERMINAL = "peel.stderrIsTerminal";

    /** Where the line goes, unfiltered (its carriage returns are the point); {@code null} when not a terminal. */
    private final PrintWriter terminal;
    private final String unit;
    /** The width of the line now showing, to blank it out; 0 when none is. */
    private int shown;

    TerminalProgress(PrintWriter terminal, String unit) {
        this.terminal = terminal;
        this.unit = unit;
    }

    @Override
    public void update(int done, int total) {
        if (terminal == null || total < 2) {
            return; // one case is over before a count would mean anything
        }
        String line = "  " + done + "/" + total + " " + unit + "…";
        terminal.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        terminal.flush();
        shown = Math.max(shown, line.length());
    }

    /** Blanks the line, leaving the cursor where it found it, before anything else is printed. */
    void clear() {
        if (terminal == null || shown == 0) {
            return;
        }
        terminal.print("\r" + " ".repeat(shown) + "\r");
        terminal.flush();
        shown = 0;
    }

    /** A command that shows progress: the command line hands it the terminal, or {@code null} when there is none. */
    interface Shown {
        void showProgressOn(PrintWriter terminal);
    }
}
