package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrules.TestRules;
import org.peelrules.replay.Replay;

/**
 * Long {@code replay} and {@code batch} runs show how far they have got on stderr, rewritten in place, only when it
 * is a terminal; anywhere else (a log, a pipe, CI) their output is exactly what it was.
 */
class ProgressTest {
    private static final String RULES = TestRules.FOLDER.toString();
    private static final Path SYNTHETIC = TestRules.EXAMPLES.resolve("synthetic-failing-force");
    private static final Path SYNTHETIC_TOO = TestRules.EXAMPLES.resolve("synthetic-mixed-performance-force");

    @Test
    void aReplayTellsItsProgressAfterEachCase() {
        List<String> told = new ArrayList<>();
        new Replay(TestRules.evaluator()).replayAll(List.of(SYNTHETIC, SYNTHETIC_TOO),
                (done, total) -> told.add(done + "/" + total));
        assertThat(told).containsExactly("0/2", "1/2", "2/2");
    }

    @Test
    void theLineIsRewrittenInPlaceAndClearedAtTheEnd() {
        StringWriter err = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err), "cases");
        progress.update(9, 10);
        progress.update(10, 10);
        progress.clear();
        assertThat(err.toString())
                .isEqualTo("\r  9/10 cases…" + "\r  10/10 cases…" + "\r" + " ".repeat("  10/10 cases…".length()) + "\r");
    }

    @Test
    void nothingIsShownWithoutATerminal() {
        StringWriter err = new StringWriter();
        TerminalProgress none = new TerminalProgress(null, "cases");
        none.update(1, 10);
        none.clear();
        TerminalProgress one = new TerminalProgress(new PrintWriter(err), "cases");
        one.update(0, 1);
        one.update(1, 1);
        one.clear();
        assertThat(err.toString()).as("a single case is over before a count would mean anything").isEmpty();
    }

    @Test
    void replayOnATerminalShowsProgressAndPrintsTheSameReport() {
        String[] args = {"replay", "--rules", RULES, SYNTHETIC.toString(), SYNTHETIC_TOO.toString()};
        CliRun piped = CliRun.peel(false, args);
        CliRun terminal = CliRun.peel(true, args);
        assertThat(terminal.exit()).isEqualTo(piped.exit());
        assertThat(terminal.out()).isEqualTo(piped.out());
        assertThat(piped.err()).doesNotContain("\r").doesNotContain("cases…");
        assertThat(terminal.err())
                .startsWith("\r  0/2 cases…\r  1/2 cases…\r  2/2 cases…\r" + " ".repeat("  2/2 cases…".length()) + "\r")
                .endsWith(piped.err());
    }

    @Test
    void batchOnATerminalShowsProgressAndPrintsTheSameReport() {
        String[] args = {"batch", "--rules", RULES, SYNTHETIC.toString(), SYNTHETIC_TOO.toString()};
        CliRun piped = CliRun.peel(false, args);
        CliRun terminal = CliRun.peel(true, args);
        assertThat(terminal.exit()).isZero();
        assertThat(terminal.out()).isEqualTo(piped.out());
        assertThat(piped.err()).isEqualTo("peel: 2 of 2 submissions evaluated\n");
        assertThat(terminal.err()).isEqualTo("\r  0/2 submissions…\r  1/2 submissions…\r  2/2 submissions…\r"
                + " ".repeat("  2/2 submissions…".length()) + "\r" + piped.err());
    }
}
