package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.RuleFolders;
import org.peelrules.TestRules;
import org.peelrules.internal.json.Json;

/** {@code peel replay}: exit codes, formats, the JUnit report and the change-impact mode. */
class ReplayCommandTest {
    private static final String AGREEING = RuleFolders.CORPUS.resolve("agreeing").toString();
    private static final String DISAGREEING = RuleFolders.CORPUS.resolve("disagreeing").toString();
    private static final String BROKEN = RuleFolders.CORPUS.resolve("broken").toString();
    private static final String RULES = TestRules.FOLDER.toString();


    @Test
    void exitsZeroWhenEveryCaseAgrees() {
        CliRun run = CliRun.peel("replay", AGREEING, "--rules", RULES);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("rp-good: agrees\n").contains("  grades agreeing: 2/2 areas\n");
    }

    @Test
    void exitsTwoWhenACaseDisagrees() {
        CliRun run = CliRun.peel("replay", AGREEING, DISAGREEING, "--rules", RULES);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("published Outstanding, derived Good (DISAGREES)");
    }

    @Test
    void exitsOneOnABrokenCaseAndStillReplaysTheOthers() {
        CliRun run = CliRun.peel("replay", BROKEN, AGREEING, "--rules", RULES);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("unknown-characteristic: cannot be replayed\n")
                .contains("no-evidence: cannot be replayed\n")
                .contains("rp-good: agrees\n").contains("rp-requires-improvement: agrees\n")
                .contains("Summary: 4 cases, 2 could not be replayed");
    }

    @Test
    void writesJsonAndAJUnitReport(@TempDir Path tmp) throws Exception {
        Path junit = tmp.resolve("replay.xml");
        CliRun run = CliRun.peel("replay", AGREEING, DISAGREEING, "--rules", RULES, "--format", "json",
                "--junit-xml", junit.toString());
        assertThat(run.exit()).isEqualTo(2);
        JsonNode json = Json.json().readTree(run.out());
        assertThat(json.get("summary").get("gradesAgreeing").asInt()).isEqualTo(2);
        assertThat(json.get("summary").get("areas").asInt()).isEqualTo(3);
        assertThat(Files.readString(junit)).startsWith("<?xml").contains("tests=\"3\" failures=\"1\" errors=\"0\"");
    }

    @Test
    void listsWhatAThresholdChangeFlips(@TempDir Path tmp) {
        Path changed = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("peel-2021-22"));
        RuleFolders.setStandard(changed, "good-minimum-demonstrated-share", "0.95");
        CliRun run = CliRun.peel("replay", AGREEING, "--rules", changed.toString(), "--baseline", RULES);
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.out())
                .contains("standard good-minimum-demonstrated-share: ")
                .contains("1 area changes in 1 of 2 cases:")
                .contains("rp-good / responding-to-the-public: Good -> Adequate")
                .contains("  Good -> Adequate: the area has 12 of its 13 characteristics demonstrated (0.92), 11 in "
                        + "full (0.85), 1 partly met and none not met, and no cause of concern; against "
                        + "good-minimum-demonstrated-share 0.95 (was 0.85).")
                .contains("  published grades agreeing: 2 of 2 -> 1 of 2")
                .doesNotContain("evidence: a-1.1.1");
        CliRun detailed = CliRun.peel("replay", AGREEING, "--rules", changed.toString(), "--baseline", RULES,
                "--detail");
        assertThat(detailed.out())
                .contains("  baseline: Good, decided by ")
                .contains("  changed : Adequate, decided by ")
                .contains("            evidence: a-1.1.1, a-1.1.2, ");

        CliRun json = CliRun.peel("replay", AGREEING, "--rules", changed.toString(), "--baseline", RULES, "--format", "json");
        assertThat(json.out()).contains("\"caseName\" : \"rp-good\"").contains("\"grade\" : \"adequate\"");
    }

    @Test
    void theSameRulesOnBothSidesChangeNothing() {
        CliRun run = CliRun.peel("replay", AGREEING, "--rules", RULES, "--baseline", RULES);
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("none in rules or standards").contains("No case changes");
    }

    @Test
    void aBaselineNeedsTheChangedRuleSet() {
        CliRun run = CliRun.peel("replay", AGREEING, "--baseline", RULES);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--baseline compares two rule set folders");
    }

    @Test
    void aBrokenRuleSetIsAnErrorWithItsProblems(@TempDir Path tmp) {
        Path broken = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"),
                RuleFolders.BROKEN.resolve("forbidden-call"));
        CliRun run = CliRun.peel("replay", RuleFolders.MINI_CORPUS.toString(), "--rules", broken.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("rules/extra.drl:12:5: \"System\" is not allowed");
    }
}
