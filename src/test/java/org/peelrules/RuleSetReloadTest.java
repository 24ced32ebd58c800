package org.peelrules;

import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.Grade;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.internal.engine.EngineInternals;

/** {@link RuleSet#reload}: an edit to the data reuses the compiled rules; an edit to a rule compiles them again. */
class RuleSetReloadTest {
    @TempDir
    Path tmp;

    @Test
    void aStandardsEditReusesTheCompiledRulesAndTakesEffect() {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"));
        RuleSet first = RuleSet.reload(folder, null);
        RuleFolders.setStandard(folder, "calls-answered-target", "95");
        RuleSet second = RuleSet.reload(folder, first);
        assertThat(kieBase(second)).isSameAs(kieBase(first));
        assertThat(second.hash()).isNotEqualTo(first.hash());
        assertThat(second.standards()).filteredOn(s -> s.id().equals("calls-answered-target")).singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualTo(95));
        // What the rules decide follows the new value, as a fresh load's would.
        Assessment reused = Evaluator.of(second).evaluate(SubmissionReader.read(
                RuleFolders.MINI_CORPUS.resolve("calls-good/evidence.json"), second));
        Assessment fresh = Evaluator.of(RuleSet.load(folder)).evaluate(SubmissionReader.read(
                RuleFolders.MINI_CORPUS.resolve("calls-good/evidence.json"), second));
        assertThat(reused.judgments()).isEqualTo(fresh.judgments());
        assertThat(reused.judgment("calls").orElseThrow().grade()).isNotEqualTo(Grade.GOOD);
    }

    @Test
    void aRuleEditCompilesAgain() {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"));
        RuleSet first = RuleSet.reload(folder, null);
        RuleFolders.write(folder, "rules/evidence.drl", RuleFolders.read(folder.resolve("rules/evidence.drl"))
                + "\n// an edit\n");
        assertThat(kieBase(RuleSet.reload(folder, first))).isNotSameAs(kieBase(first));
    }

    private static Object kieBase(RuleSet ruleSet) {
        return EngineInternals.kieBase(ruleSet.loaded().engine());
    }
}
