package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command set: a command line that names a command builds only that one, and nothing else notices. */
class PeelCommandTest {

    @Test
    void helpListsEveryCommandInOrder() {
        CliRun run = CliRun.peel("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsSubsequence("Commands:", "evaluate", "explain", "replay", "rules", "batch");
    }

    @Test
    void aNamedCommandHasItsOwnHelpUnderThePeelName() {
        CliRun run = CliRun.peel("rules", "check", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: peel rules check");
        assertThat(CliRun.peel("evaluate", "--help").out()).startsWith("Usage: peel evaluate");
    }

    @Test
    void aMisspeltCommandIsReportedWithTheCommandsItMayMean() {
        CliRun run = CliRun.peel("evalute", "e.json");
        assertThat(run.exit()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("evalute").contains("evaluate").contains("Try 'peel --help'.");
    }

    @Test
    void noCommandAtAllAsksForOne() {
        CliRun run = CliRun.peel();
        assertThat(run.exit()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("a command is needed: evaluate, explain, replay, rules check, test or batch");
    }
}
