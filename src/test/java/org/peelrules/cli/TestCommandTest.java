package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.RuleFolders;
import org.peelrules.TestRules;

/** {@code peel test}: the scenarios beside a rule set, pass or fail with what differed, and their coverage. */
class TestCommandTest {
    private static final String MET = """
            scenarios:
              - name: A call answered on time meets the characteristic
                evidence:
                  observations:
                    - {id: o1, characteristic: "1.1.1", rating: meets, text: Calls are answered on time., source: test}
                expect:
            """;

    @Test
    void everyScenarioShippedWithTheBundledRuleSetPassesAndEveryRuleFires() {
        CliRun run = CliRun.peel("test", TestRules.FOLDER.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).doesNotContain("FAIL").containsPattern("\\d+ scenarios: \\d+ passed, 0 failed")
                .containsPattern("rules fired: (\\d+) of \\1 \\(100%\\)")
                .doesNotContain("Rules no scenario fires");
    }

    @Test
    void everyRuleFileOfTheBundledRuleSetHasAScenarioFileOfTheSameName() throws IOException {
        try (Stream<Path> files = Files.walk(TestRules.FOLDER)) {
            List<String> ruleFiles = files.map(p -> TestRules.FOLDER.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".drl")).toList();
            assertThat(ruleFiles).isNotEmpty().allSatisfy(f -> assertThat(TestRules.FOLDER
                    .resolve("scenarios").resolve(f.replaceAll("\\.drl$", ".yaml"))).isRegularFile());
        }
    }

    @Test
    void aFailingScenarioSaysWhatItExpectedAndWhatTheRulesGave(@TempDir Path tmp) {
        Path rules = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"));
        RuleFolders.write(rules, "scenarios/calls.yaml", MET + """
                      status: {"1.1.1": partly met, "1.1.2": insufficient evidence}
                      grade: {calls: good}
                      rules-fired: [MI-02]
                """);

        CliRun run = CliRun.peel("test", rules.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).contains("FAIL  " + rules + "/scenarios/calls.yaml:2:11  A call answered on time meets "
                        + "the characteristic")
                .contains("the status of characteristic 1.1.1: expected partly met, was met")
                .contains("rule MI-02 (\"An observation that the force falls short of a characteristic\", "
                        + "rules/evidence.drl:15): expected to fire, did not")
                .contains("1 scenario: 0 passed, 1 failed")
                .doesNotContain("1.1.2: expected");
    }

    @Test
    void aMalformedScenarioFileIsAnErrorWithItsFileAndLine(@TempDir Path tmp) {
        Path rules = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"));
        RuleFolders.write(rules, "scenarios/broken.yaml", """
                scenarios:
                  - name: Unclosed
                    evidence: {observations: [
                """);
        RuleFolders.write(rules, "scenarios/calls.yaml", MET + """
                      status: {"1.1.1": met}
                      grde: {calls: good}
                    notes: a field the format does not have
                """);

        CliRun run = CliRun.peel("test", rules.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(rules + "/scenarios/broken.yaml:3:31: the file is not YAML: the file ends "
                        + "before a list or map opened with \"[\" or \"{\" is closed")
                .contains(rules + "/scenarios/calls.yaml:8:7: \"grde\" is not something a scenario can expect "
                        + "(did you mean \"grade\"?)")
                .contains(rules + "/scenarios/calls.yaml:9:5: unknown field \"notes\"");
    }

    @Test
    void anUnknownCharacteristicAreaOrRuleIsAnErrorNamingIt(@TempDir Path tmp) {
        Path rules = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"));
        RuleFolders.write(rules, "scenarios/calls.yaml", MET + """
                      status: {"1.1.3": met, "1.1.1": mostly mett}
                      grade: {cals: good}
                      rules-fired: [MI-09]
                """);

        CliRun run = CliRun.peel("test", rules.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("scenarios/calls.yaml:7:16: unknown characteristic \"1.1.3\"")
                .contains("\"mostly mett\" is not a status (did you mean \"mostly met\"?)")
                .contains("scenarios/calls.yaml:8:15: unknown area \"cals\": the rule set has no area cals "
                        + "(did you mean \"calls\"?)")
                .contains("unknown rule \"MI-09\"");
    }

    @Test
    void evidenceAScenarioGivesIsCheckedAsASubmissionIsAndPlacedOnItsLine(@TempDir Path tmp) {
        Path rules = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"));
        RuleFolders.write(rules, "scenarios/calls.yaml", """
                scenarios:
                  - name: A metric without its unit
                    evidence:
                      metrics:
                        - id: m1
                          measure: calls-answered-on-time
                          value: 120
                          source: test
                    expect:
                      status: {"1.1.1": met}
                """);

        CliRun run = CliRun.peel("test", rules.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(rules + "/scenarios/calls.yaml:5:11: evidence/metrics/0/unit: is missing: every metric needs \"unit\"");
    }

    @Test
    void theCoverageListsARuleNoScenarioFiresOnceItsScenarioIsRemoved(@TempDir Path tmp) {
        Path rules = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("rules"));
        Path file = rules.resolve("scenarios/areas/crime-data-integrity.yaml");
        String text = RuleFolders.read(file);
        RuleFolders.write(rules, "scenarios/areas/crime-data-integrity.yaml",
                text.substring(0, text.indexOf("  - name: Crime recorded so rarely")));

        CliRun run = CliRun.peel("test", rules.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Rules no scenario fires \\(1\\):\n  CD-05  areas/crime-data-integrity.drl:\\d+  "
                        + "\"Crime recorded to the national standard so rarely that the recording rate is inadequate\"")
                .containsPattern("rules fired: (\\d+) of \\d+");
    }

    @Test
    void replayCasesCountTowardsTheCoverageWhenAsked(@TempDir Path tmp) {
        Path rules = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"));
        RuleFolders.write(rules, "scenarios/calls.yaml", MET + """
                      status: {"1.1.1": met}
                """);

        CliRun alone = CliRun.peel("test", rules.toString());
        CliRun withReplay = CliRun.peel("test", rules.toString(), "--with-replay", RuleFolders.MINI_CORPUS.toString());

        assertThat(alone.exit()).as(alone.err()).isZero();
        assertThat(alone.out()).contains("Coverage (1 scenario):").contains("Rules no scenario fires");
        assertThat(withReplay.exit()).as(withReplay.err()).isZero();
        assertThat(withReplay.out()).contains("Coverage (1 scenario and 1 replay case):")
                .containsPattern("characteristics assessed from evidence: 2 of 2");
    }

    @Test
    void aRuleSetWithoutScenariosIsAnError(@TempDir Path tmp) {
        Path rules = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"));

        CliRun run = CliRun.peel("test", rules.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no scenario files (*.yaml): a test that checks nothing must not pass");
    }
}
