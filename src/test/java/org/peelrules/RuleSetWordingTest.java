package org.peelrules;

import org.peelrules.errors.RuleSetException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.Outcome;

/**
 * The stages the rules run in and the sentences a judgment opens with are the rule set's, declared in its
 * ruleset.yaml: a policy team edits them there, and a mistake in them is an error at its line.
 */
class RuleSetWordingTest {
    private static final String WEST_MERCIA = "examples/west-mercia-2021-22/evidence.json";

    @TempDir
    Path tmp;

    private Path bundledCopy() {
        return RuleFolders.copy(TestRules.FOLDER, tmp.resolve("rules"));
    }

    private static String manifest(Path folder) {
        return RuleFolders.read(folder.resolve("ruleset.yaml"));
    }

    @Test
    void aGradedJudgmentOpensWithTheDescriptorTheRuleSetDeclares() {
        Path folder = bundledCopy();
        RuleFolders.write(folder, "ruleset.yaml", manifest(folder).replace(
                "good: The force has demonstrated substantially all the characteristics of good performance.",
                "good: The force shows nearly every characteristic of good performance."));
        RuleSet ruleSet = RuleSet.load(folder);
        Assessment assessment = Evaluator.of(ruleSet).evaluate(SubmissionReader.read(Path.of(WEST_MERCIA), ruleSet));

        AreaJudgment preventing = assessment.judgments().stream()
                .filter(j -> j.area().equals("preventing-crime")).findFirst().orElseThrow();
        assertThat(preventing.descriptor()).isEqualTo("The force shows nearly every characteristic of good performance.");
    }

    @Test
    void anUngradedJudgmentOpensWithTheSentenceTheRuleSetDeclaresForItsOutcome() {
        Assessment assessment = TestRules.evaluator().evaluate(
                SubmissionReader.read(Path.of(WEST_MERCIA), TestRules.ruleSet()));

        AreaJudgment separately = assessment.judgments().stream()
                .filter(j -> j.outcome() == Outcome.REPORTED_SEPARATELY).findFirst().orElseThrow();
        assertThat(manifest(TestRules.FOLDER)).contains("reported-separately: " + separately.descriptor());
    }

    @Test
    void aRuleInAStageTheRuleSetDoesNotListIsAnErrorAtTheRule() {
        Path folder = bundledCopy();
        RuleFolders.write(folder, "ruleset.yaml",
                manifest(folder).replace("stages: [assessment, findings, grading, judgment]",
                        "stages: [assesment, findings, grading, judgment]"));

        assertThatThrownBy(() -> RuleSet.load(folder)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                    assertThat(p.where()).matches(".+\\.drl:\\d+:\\d+");
                    assertThat(p.message()).contains("runs in stage \"assessment\", which the stages in ruleset.yaml "
                            + "do not list, so it would never run (did you mean \"assesment\"?)");
                }));
    }

    @Test
    void stagesWithoutGradingAreAnErrorAtTheStagesLine() {
        Path folder = bundledCopy();
        RuleFolders.write(folder, "ruleset.yaml",
                manifest(folder).replace("stages: [assessment, findings, grading, judgment]",
                        "stages: [assessment, findings, judgment]"));

        assertThatThrownBy(() -> RuleSet.load(folder)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.where()).startsWith("ruleset.yaml:");
                    assertThat(p.message()).isEqualTo("stages must include \"grading\": the grading policy's rules "
                            + "run in it");
                }));
    }

    @Test
    void aGradeWithoutItsDescriptorIsAnErrorInTheRuleSetFile() {
        Path folder = bundledCopy();
        RuleFolders.write(folder, "ruleset.yaml", manifest(folder).replace(
                "  inadequate: There are causes of concern, with recommendations to the force to address them.\n", ""));

        assertThatThrownBy(() -> RuleSet.load(folder)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.where()).startsWith("ruleset.yaml:");
                    assertThat(p.message()).contains("inadequate");
                }));
    }
}
