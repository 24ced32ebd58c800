package org.peelrules.cli;

import org.peelrules.judgment.Assessment;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.RuleFolders;
import org.peelrules.SubmissionReader;
import org.peelrules.TestRules;
import org.peelrules.report.Detail;
import org.peelrules.report.HtmlReport;
import org.peelrules.report.JsonReport;
import org.peelrules.report.TextReport;

/**
 * {@code peel evaluate} reads the submission while the rule set loads: what it prints, and which problem it
 * reports when the submission, the rule set or both are at fault, are as if they were read one after the other.
 */
class EvaluateCommandTest {
    private static final Path WEST_MERCIA = TestRules.EXAMPLES.resolve("west-mercia-2021-22/evidence.json");

    @Test
    void printsTheJudgmentsTheLibraryGives() {
        CliRun run = CliRun.peel("evaluate", WEST_MERCIA.toString(), "--rules", TestRules.FOLDER.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(TextReport.render(TestRules.evaluator()
                .evaluate(SubmissionReader.read(WEST_MERCIA, TestRules.ruleSet()))));
    }

    @Test
    void theSampleOptionEvaluatesTheSubmissionShippedInTheJar() {
        CliRun sample = CliRun.peel("evaluate", "--sample", "--format", "json");
        CliRun file = CliRun.peel("evaluate", WEST_MERCIA.toString(), "--format", "json");
        assertThat(sample.exit()).isZero();
        assertThat(sample.out()).isEqualTo(file.out()).contains("\"force\" : \"West Mercia Police\"");
        CliRun explain = CliRun.peel("explain", "--sample", "--area", "investigating-crime");
        assertThat(explain.exit()).isZero();
        assertThat(explain.out()).startsWith("Investigating crime [investigating-crime], West Mercia Police");
    }

    @Test
    void detailChoosesHowMuchOfTheDerivationJsonAndHtmlCarry() {
        Assessment a = TestRules.evaluator().evaluate(SubmissionReader.read(WEST_MERCIA, TestRules.ruleSet()));
        String rules = TestRules.FOLDER.toString();
        for (String format : new String[] {"json", "html"}) {
            CliRun byDefault = CliRun.peel("evaluate", WEST_MERCIA.toString(), "--rules", rules, "--format", format);
            CliRun full = CliRun.peel("evaluate", WEST_MERCIA.toString(), "--rules", rules, "--format", format,
                    "--detail", "full");
            CliRun summary = CliRun.peel("evaluate", WEST_MERCIA.toString(), "--rules", rules, "--format", format,
                    "--detail", "summary");
            assertThat(full.out()).isEqualTo(byDefault.out());
            assertThat(summary.exit()).isZero();
            assertThat(summary.out()).isEqualTo(format.equals("json") ? JsonReport.render(a, Detail.SUMMARY)
                    : HtmlReport.render(a, Detail.SUMMARY));
        }
        CliRun wrong = CliRun.peel("evaluate", WEST_MERCIA.toString(), "--detail", "some");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("--detail").contains("summary, full");
    }

    @Test
    void anEvidenceFileOrTheSampleIsNeededButNotBoth() {
        CliRun neither = CliRun.peel("evaluate");
        assertThat(neither.exit()).isEqualTo(1);
        assertThat(neither.err()).contains("an evidence file is needed (or --sample");
        CliRun both = CliRun.peel("evaluate", WEST_MERCIA.toString(), "--sample");
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.err()).contains("give either an evidence file or --sample, not both");
    }

    @Test
    void aMissingRuleSetFolderIsReported() {
        CliRun run = CliRun.peel("evaluate", WEST_MERCIA.toString(), "--rules", "no-such-folder");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("rule set folder not found: no-such-folder");
    }

    @Test
    void aBrokenRuleSetIsReportedWithItsProblems(@TempDir Path tmp) {
        Path broken = brokenRules(tmp);
        CliRun run = CliRun.peel("evaluate", WEST_MERCIA.toString(), "--rules", broken.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("rules/extra.drl:12:5: \"System\" is not allowed");
    }

    @Test
    void theSubmissionsProblemsComeFirstWhenBothAreAtFault(@TempDir Path tmp) {
        Path broken = brokenRules(tmp);
        Path evidence = RuleFolders.write(tmp, "evidence.json", """
                {"framework": "peel-2021-22", "force": "Test Constabulary",
                 "observations": [{"id": "o-1", "characteristic": "1.1.1", "rating": "sometimes", "text": "t",
                                   "source": "s"}]}
                """);
        CliRun run = CliRun.peel("evaluate", evidence.toString(), "--rules", broken.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("/observations/0/rating").doesNotContain("extra.drl");
    }

    @Test
    void onlyACommandReadingEvidenceWithTheBundledRulesLoadsThemEarly() {
        assertThat(PeelCommand.usesTheBundledRuleSet("evaluate", "e.json")).isTrue();
        assertThat(PeelCommand.usesTheBundledRuleSet("replay", "examples")).isTrue();
        assertThat(PeelCommand.usesTheBundledRuleSet("evaluate", "e.json", "--rules", "r")).isFalse();
        assertThat(PeelCommand.usesTheBundledRuleSet("evaluate", "e.json", "--rules=r")).isFalse();
        assertThat(PeelCommand.usesTheBundledRuleSet("evaluate", "--help")).isFalse();
        assertThat(PeelCommand.usesTheBundledRuleSet("rules", "check", "r")).isFalse();
        assertThat(PeelCommand.usesTheBundledRuleSet("evaluate")).isFalse();
    }

    private static Path brokenRules(Path tmp) {
        return RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"), RuleFolders.BROKEN.resolve("forbidden-call"));
    }
}
