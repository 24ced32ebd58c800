package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.RuleFolders;
import org.peelrules.TestRules;

/** {@code peel rules check}: every problem as file:line:column, exit 1 on an error. */
class RulesCommandTest {


    @Test
    void theBundledRuleSetChecksWithoutErrors() {
        CliRun run = CliRun.peel("rules", "check", TestRules.FOLDER.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).isEqualTo(TestRules.FOLDER + ": 0 errors, 0 warnings (28 acknowledged), 61 notes "
                + "(--verbose lists them)\n");
    }

    @Test
    void verboseListsTheAcknowledgedWarningsWithTheCodeAndSubjectThatMatchThem() {
        CliRun run = CliRun.peel("rules", "check", "--verbose", TestRules.FOLDER.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains(": acknowledged warning "))).hasSize(28)
                .contains(TestRules.FOLDER + "/catalogue/treatment-of-the-public.yaml:149:9: acknowledged warning "
                        + "[measure-read-by-no-rule stop-search-disproportionality-rate]: measure "
                        + "stop-search-disproportionality-rate is read by no rule: evidence on it is context only, never "
                        + "judged (to judge it, add a rule that compares it with a standard, or make it a failure-rate "
                        + "measure if it counts cases failing a test)");
    }

    @Test
    void everyProblemIsListedWithItsPathLineAndColumn(@TempDir Path tmp) {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"),
                RuleFolders.BROKEN.resolve("duplicate-standard"), RuleFolders.BROKEN.resolve("drl-unknown-field"));
        CliRun run = CliRun.peel("rules", "check", folder.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                folder + "/rules/extra.drl:10:55: error: Metric has no field \"vaule\" (did you mean \"value\"?)",
                folder + "/standards.yaml:7:9: error: standard calls-answered-target is defined twice (first at "
                        + "standards.yaml:3:9)",
                folder + ": 2 errors, 0 warnings, 0 notes");
    }

    @Test
    void notesAreListedOnRequest() {
        CliRun quiet = CliRun.peel("rules", "check", RuleFolders.MINI.toString());
        CliRun verbose = CliRun.peel("rules", "check", "--verbose", RuleFolders.MINI.toString());
        assertThat(quiet.exit()).isZero();
        assertThat(quiet.out()).isEqualTo(RuleFolders.MINI + ": 0 errors, 0 warnings, 1 note (--verbose lists them)\n");
        assertThat(verbose.out()).startsWith(RuleFolders.MINI + "/catalogue/calls.yaml:18:13: info: characteristic 1.1.2 "
                + "is assessed only from observations");
    }

    @Test
    void aMissingFolderOrSubcommandIsAUserError() {
        assertThat(CliRun.peel("rules", "check", "no-such-folder").err()).contains("rule set folder not found: no-such-folder");
        assertThat(CliRun.peel("rules").exit()).isEqualTo(1);
    }
}
