package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.peelrules.RuleFolders;
import org.peelrules.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The budget on the command line: a rule set that loops, floods or spins makes {@code evaluate}, {@code batch},
 * {@code replay} and {@code rules check} end with a message naming the budget and the rules (exit 1, no stack trace), and the
 * {@code --max-*} options set the budget.
 */
class BudgetCommandTest {
    private static final Path BUDGET_RULES = Path.of("src/test/resources/budget-rules");
    private static final String WEST_MERCIA = "examples/west-mercia-2021-22/evidence.json";

    private static Path hostile(Path tmp, String kind) {
        return RuleFolders.copy(TestRules.FOLDER, tmp.resolve(kind), BUDGET_RULES.resolve(kind));
    }

    @Test
    void evaluateWithARuleSetThatFiresWithoutEndStopsAtMaxFirings(@TempDir Path tmp) {
        CliRun run = CliRun.peel("evaluate", "--rules", hostile(tmp, "endless-firings").toString(),
                "--max-firings", "2000", WEST_MERCIA);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).first().isEqualTo("peel: rule set peel-2021-22 faulted: the evaluation "
                + "passed its budget of 2,000 rule firings");
        assertThat(run.err()).containsPattern("\n  hostile\\.drl:16: rule \"Echo every signal\" fired [0-9,]+ times\n");
        assertNoStackTrace(run);
    }

    @Test
    void evaluateWithARuleSetThatFloodsTheSessionStopsAtMaxFacts(@TempDir Path tmp) {
        CliRun run = CliRun.peel("evaluate", "--rules", hostile(tmp, "endless-insert").toString(),
                "--max-facts", "5000", WEST_MERCIA);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("peel: rule set peel-2021-22 faulted: the evaluation passed its budget of "
                + "5,000 facts\n  hostile.drl:8: rule \"Flood the session\" was inserting when the budget ran out\n");
        assertNoStackTrace(run);
    }

    @Test
    void evaluateWithARuleThatNeverReturnsStopsAtMaxSeconds(@TempDir Path tmp) {
        CliRun run = CliRun.peel("evaluate", "--rules", hostile(tmp, "endless-loop").toString(),
                "--max-seconds", "10", WEST_MERCIA);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("peel: rule set peel-2021-22 faulted: the evaluation passed its budget of "
                + "10 s of wall time\n");
        assertNoStackTrace(run);
    }

    @Test
    void evaluateWithARuleThatThrowsNamesTheRule(@TempDir Path tmp) {
        CliRun run = CliRun.peel("evaluate", "--rules", hostile(tmp, "throwing-consequence").toString(), WEST_MERCIA);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("peel: rule set peel-2021-22 faulted: NumberFormatException thrown in rule "
                + "\"Read a number that is not one\" (hostile.drl:7): For input string: \"not a number\"\n");
        assertNoStackTrace(run);
    }

    @Test
    void replayReportsACaseItCannotReplayBecauseTheRuleSetFaulted(@TempDir Path tmp) {
        CliRun run = CliRun.peel("replay", "examples/west-mercia-2021-22", "--rules",
                hostile(tmp, "endless-firings").toString(), "--max-firings", "2000");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("west-mercia-2021-22: cannot be replayed\n  " + WEST_MERCIA
                + ": rule set peel-2021-22 faulted: the evaluation passed its budget of 2,000 rule firings\n")
                .containsPattern("\n    hostile\\.drl:16: rule \"Echo every signal\" fired [0-9,]+ times\n");
        assertNoStackTrace(run);
    }

    @Test
    void batchReportsTheFaultAgainstEachFileAndGoesOn(@TempDir Path tmp) {
        CliRun run = CliRun.peel("batch", "--rules", hostile(tmp, "endless-firings").toString(),
                "--max-firings", "2000", WEST_MERCIA, "examples/synthetic-failing-force/evidence.json");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("peel: " + WEST_MERCIA + ": rule set peel-2021-22 faulted: the evaluation "
                + "passed its budget of 2,000 rule firings (3 problems)\n")
                .contains("peel: 0 of 2 submissions evaluated; 2 could not be\n");
        assertNoStackTrace(run);
    }

    @Test
    void rulesCheckReportsARuleSetThatLoopsOnTheCatalogueInsteadOfHanging(@TempDir Path tmp) {
        Path folder = hostile(tmp, "catalogue-flood");

        CliRun run = CliRun.peel("rules", "check", "--max-firings", "3000", folder.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(folder + "/hostile.drl:7:1: error: while checking the grading policy for gaps, "
                        + "the evaluation passed its budget of 3,000 rule firings\n")
                .contains(folder + "/hostile.drl:7:1: error: while evaluating a submission with no evidence, the "
                        + "evaluation passed its budget of 3,000 rule firings\n")
                .containsPattern(folder + "/hostile\\.drl:7:1: error: rule \"Copy every standard\" fired [0-9,]+ times");
        assertNoStackTrace(run);
    }

    @Test
    void aBudgetThatIsNotPositiveIsAUserError() {
        CliRun seconds = CliRun.peel("evaluate", "--max-seconds", "0", WEST_MERCIA);
        CliRun firings = CliRun.peel("batch", "--max-firings", "-1", WEST_MERCIA);
        CliRun facts = CliRun.peel("rules", "check", "--max-facts", "0", TestRules.FOLDER.toString());
        CliRun notANumber = CliRun.peel("test", "--max-firings", "many", TestRules.FOLDER.toString());

        assertThat(seconds.exit()).isEqualTo(1);
        assertThat(seconds.err()).isEqualTo("peel: --max-seconds must be a positive number of seconds, not 0\n");
        assertThat(firings.err()).isEqualTo("peel: --max-firings must be at least 1, not -1\n");
        assertThat(facts.err()).isEqualTo("peel: --max-facts must be at least 1, not 0\n");
        assertThat(notANumber.exit()).isEqualTo(1);
        assertThat(notANumber.err()).startsWith("peel: Invalid value for option '--max-firings': 'many' is not a long");
    }

    @Test
    void aGenerousBudgetChangesNothing() {
        CliRun plain = CliRun.peel("evaluate", "--format", "json", WEST_MERCIA);
        CliRun budgeted = CliRun.peel("evaluate", "--format", "json", "--max-seconds", "120", "--max-firings", "10000",
                "--max-facts", "10000", WEST_MERCIA);

        assertThat(budgeted.exit()).isZero();
        assertThat(budgeted.out()).isEqualTo(plain.out());
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("java.lang.").doesNotContain("internal error");
    }
}
