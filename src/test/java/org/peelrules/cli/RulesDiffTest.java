package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.RuleFolders;

/**
 * {@code peel rules diff OLD NEW}: a changelog entry in Markdown for the rule set's CHANGELOG.md, and exit 2 when
 * the rule set changed but its version was not raised.
 */
class RulesDiffTest {
    private static final String MINI = RuleFolders.MINI.toString();

    @TempDir
    Path tmp;

    /** A copy of the mini rule set with a threshold, a rule, a characteristic and a measure edited. */
    private Path edited(String version) {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("mini-" + version));
        RuleFolders.write(folder, "ruleset.yaml", RuleFolders.read(folder.resolve("ruleset.yaml"))
                .replace("version: 1.0.0", "version: " + version));
        RuleFolders.setStandard(folder, "calls-answered-target", "85");
        Path evidence = folder.resolve("rules/evidence.drl");
        RuleFolders.write(folder, "rules/evidence.drl", RuleFolders.read(evidence)
                .replaceFirst("(?s)(rule \"An observation that the force falls short of a characteristic\".*?)end",
                        "$1    // a comment alone does not make a rule changed\nend"));
        Path catalogue = folder.resolve("catalogue/calls.yaml");
        RuleFolders.write(folder, "catalogue/calls.yaml", RuleFolders.read(catalogue)
                .replace("text: Assesses the risk to every caller.", "text: Assesses the risk to each caller.")
                .replace("    unit: percent\n    description: Share", "    unit: share\n    description: Share"));
        Path assessment = folder.resolve("rules/assessment.drl");
        RuleFolders.write(folder, "rules/assessment.drl", RuleFolders.read(assessment)
                .replace("rule \"A characteristic without evidence cannot be assessed\"",
                        "rule \"A characteristic with no evidence at all cannot be assessed\""));
        return folder;
    }

    @Test
    void anEditWithItsVersionRaisedGivesAnEntryListingEveryChange() {
        Path changed = edited("1.1.0");
        CliRun run = CliRun.peel("rules", "diff", MINI, changed.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("## 1.1.0\n\nVersion 1.0.0 -> 1.1.0.\n")
                .contains("### Standards\n\n- `calls-answered-target`: 90 -> 85 (read by MI-03")
                .contains("### Rules\n\n")
                .contains("- Changed MA-03 \"A characteristic with no evidence at all cannot be assessed\" "
                        + "(rules/assessment.drl:")
                .doesNotContain("MI-02")
                .contains("### Catalogue\n\n")
                .contains("- Changed characteristic 1.1.2 (catalogue/calls.yaml): text Assesses the risk to every "
                        + "caller. -> Assesses the risk to each caller.\n")
                .contains("- Changed measure calls-answered-on-time (catalogue/calls.yaml): unit percent -> share\n");
    }

    @Test
    void anEditWithoutItsVersionRaisedExitsTwoAndSaysSo() {
        Path changed = edited("1.0.0");
        CliRun run = CliRun.peel("rules", "diff", MINI, changed.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).startsWith("## 1.0.0\n\n").contains("**the version was not raised**")
                .contains("`calls-answered-target`: 90 -> 85");
        assertThat(run.err()).contains("changed but its version is still 1.0.0")
                .contains(changed.resolve("ruleset.yaml").toString());
    }

    @Test
    void aLowerVersionIsNotARaise() {
        CliRun run = CliRun.peel("rules", "diff", MINI, edited("0.9.9").toString());
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void versionsCompareAsNumbers() {
        Path changed = edited("1.0.10");
        Path earlier = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("earlier"));
        RuleFolders.write(earlier, "ruleset.yaml", RuleFolders.read(earlier.resolve("ruleset.yaml"))
                .replace("version: 1.0.0", "version: 1.0.9"));
        assertThat(CliRun.peel("rules", "diff", earlier.toString(), changed.toString()).exit()).isZero();
    }

    @Test
    void aCommentOnlyEditStillNeedsANewVersionAndSaysNothingElseChanged() {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("comment"));
        RuleFolders.write(folder, "standards.yaml", "# reworded header\n"
                + RuleFolders.read(folder.resolve("standards.yaml")));
        CliRun run = CliRun.peel("rules", "diff", MINI, folder.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("No rule, standard value or catalogue entry changed");
    }

    @Test
    void theSameRuleSetIsNoChange() {
        CliRun run = CliRun.peel("rules", "diff", MINI, MINI);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("## 1.0.0\n\nNo change to the rules, standards or catalogue since 1.0.0.\n");
    }

    @Test
    void aMissingFolderIsAnErrorInWords() {
        CliRun run = CliRun.peel("rules", "diff", MINI, tmp.resolve("nowhere").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("peel: rule set folder not found: " + tmp.resolve("nowhere") + "\n");
    }
}
