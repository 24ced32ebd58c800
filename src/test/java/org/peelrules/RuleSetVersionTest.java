package org.peelrules;

import org.peelrules.errors.RuleSetException;
import org.peelrules.check.ScenarioText;
import org.peelrules.check.Scenarios;
import org.peelrules.internal.json.Json;
import org.peelrules.judgment.Assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.replay.CaseResult;
import org.peelrules.replay.Replay;
import org.peelrules.replay.ReplayJson;
import org.peelrules.replay.ReplayText;
import org.peelrules.report.HtmlReport;
import org.peelrules.report.JsonReport;
import org.peelrules.report.MarkdownReport;
import org.peelrules.report.TextReport;

/** A rule set says which version of it this is, and every output names that version. */
class RuleSetVersionTest {
    @TempDir
    Path tmp;

    @Test
    void theBundledRuleSetAndTheTestRuleSetHaveTheirVersions() {
        assertThat(TestRules.ruleSet().version()).isEqualTo("2021.22.7");
        assertThat(RuleSet.bundled().version()).isEqualTo("2021.22.7");
        assertThat(RuleSet.load(RuleFolders.MINI).version()).isEqualTo("1.0.0");
        assertThat(TestRules.ruleSet().stamp()).startsWith("peel-2021-22 version 2021.22.7 (sha256:");
    }

    /** The mini rule set's stages and sentences, which every ruleset.yaml declares. */
    private static final String MINI_WORDING = RuleFolders.read(RuleFolders.MINI.resolve("ruleset.yaml"))
            .substring(RuleFolders.read(RuleFolders.MINI.resolve("ruleset.yaml")).indexOf("stages:"));

    @Test
    void aRuleSetWithoutAVersionDoesNotLoadAndSaysWhereAndWhatToWrite() {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("mini"));
        RuleFolders.write(folder, "ruleset.yaml", """
                # no version
                name: mini
                framework: mini-2024
                title: Mini framework for tests
                """ + MINI_WORDING);
        assertThatThrownBy(() -> RuleSet.load(folder)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.where()).isEqualTo("ruleset.yaml:2:1");
                    assertThat(p.message()).startsWith("missing version:").contains("version: 1.0.0");
                }));
    }

    @Test
    void aVersionThatIsNotNumbersIsAnErrorAtItsLine() {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("mini"));
        RuleFolders.write(folder, "ruleset.yaml", """
                name: mini
                framework: mini-2024
                title: Mini framework for tests
                version: first draft
                """ + MINI_WORDING);
        assertThatThrownBy(() -> RuleSet.load(folder)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.where()).isEqualTo("ruleset.yaml:4:10");
                    assertThat(p.message()).contains("\"first draft\" is not numbers separated by dots");
                }));
    }

    @Test
    void everyReportFormatStampsTheVersion() throws Exception {
        Assessment a = TestRules.evaluator().evaluate(SubmissionReader.read(
                Path.of("examples/west-mercia-2021-22/evidence.json")));
        assertThat(a.producedBy().ruleSetVersion()).isEqualTo("2021.22.7");
        JsonNode json = Json.json().readTree(JsonReport.render(a)).path("producedBy");
        assertThat(json.path("ruleSetVersion").asText()).isEqualTo("2021.22.7");
        assertThat(json.path("ruleSetHash").asText()).isEqualTo(TestRules.ruleSet().hash());
        String stamp = "rule set peel-2021-22 version 2021.22.7 (" + TestRules.ruleSet().hash() + ")";
        assertThat(TextReport.render(a)).contains(stamp);
        assertThat(MarkdownReport.render(a)).contains(stamp);
        assertThat(HtmlReport.render(a)).contains(stamp);
    }

    @Test
    void replayResultsEndWithTheVersionInTextAndOpenWithItInJson() throws Exception {
        RuleSet mini = RuleSet.load(RuleFolders.MINI);
        List<CaseResult> results = new Replay(Evaluator.of(mini)).replayAll(List.of(RuleFolders.MINI_CORPUS));
        assertThat(ReplayText.report(results, mini)).endsWith("\nRule set mini version 1.0.0 (" + mini.hash()
                + "); peel-rules " + Evaluator.libraryVersion() + "\n");
        JsonNode json = Json.json().readTree(ReplayJson.render(results, mini));
        assertThat(json.fieldNames().next()).isEqualTo("producedBy");
        assertThat(json.path("producedBy").path("ruleSetVersion").asText()).isEqualTo("1.0.0");
        assertThat(json.path("producedBy").path("ruleSetHash").asText()).isEqualTo(mini.hash());
    }

    @Test
    void scenarioRunsNameTheVersion() {
        assertThat(ScenarioText.render(Scenarios.run(TestRules.FOLDER, List.of())))
                .endsWith("\nRule set " + TestRules.ruleSet().stamp() + "\n");
    }
}
