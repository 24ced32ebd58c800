package org.peelrules.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.Evaluator;
import org.peelrules.RuleFolders;
import org.peelrules.RuleSet;
import org.peelrules.TestRules;
import org.peelrules.judgment.Grade;

/** What a rule change does to past cases, shown case by case with what lies behind it. */
class ChangeImpactTest {
    private static final List<Path> CORPUS = List.of(RuleFolders.CORPUS.resolve("agreeing"));

    @Test
    void raisingTheShareGoodNeedsFlipsAGoodCaseToAdequate(@TempDir Path tmp) {
        Path changed = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("peel-2021-22"));
        RuleFolders.setStandard(changed, "good-minimum-demonstrated-share", "0.95");

        RuleSetDiff diff = RuleSetDiff.between(TestRules.FOLDER, changed);
        ChangeImpact impact = ChangeImpact.of(CORPUS, TestRules.evaluator(), Evaluator.of(RuleSet.load(changed)), diff);

        assertThat(diff.rules()).isEmpty();
        assertThat(diff.standards()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("good-minimum-demonstrated-share");
            assertThat(s.after()).isEqualTo(0.95);
            assertThat(s.readBy()).containsExactly("GP-10", "GP-11");
        });
        // rp-good demonstrates 12 of the 13 characteristics counting towards the area (its own nine and the four of
        // the victim service assessment that feed it): good under the bundled share, adequate under 0.95.
        assertThat(impact.changes()).singleElement().satisfies(c -> {
            assertThat(c.caseName()).isEqualTo("rp-good");
            assertThat(c.area()).isEqualTo("responding-to-the-public");
            assertThat(c.outcomeChanged()).isTrue();
            assertThat(c.baseline().grade()).isEqualTo(Grade.GOOD);
            assertThat(c.changed().grade()).isEqualTo(Grade.ADEQUATE);
            assertThat(c.published().grade()).isEqualTo(Grade.GOOD);
            assertThat(c.baseline().tally().demonstrated()).isEqualTo(12);
            assertThat(c.baseline().tally().assessed()).isEqualTo(13);
            assertThat(c.baseline().evidence()).contains("a-4.3.2", "a-999-answered");
            assertThat(c.characteristics()).isEmpty();
            assertThat(c.findings()).isEmpty();
            assertThat(c.standardsReaching()).extracting(RuleSetDiff.StandardChange::id)
                    .containsExactly("good-minimum-demonstrated-share");
        });
        assertThat(impact.baseline().gradesAgreeing()).isEqualTo(2);
        assertThat(impact.changed().gradesAgreeing()).isEqualTo(1);

        String text = ImpactText.render(impact, "baseline", "changed");
        assertThat(text).contains("standard good-minimum-demonstrated-share: ")
                .contains(" -> 0.95 (read by GP-10, GP-11)")
                .contains("rp-good / responding-to-the-public: Good -> Adequate (published Good: agreed before, "
                        + "disagrees now)");
    }

    @Test
    void theAgreementOnEachSideIsGivenInWordsAndForAreasForImprovementAlone() {
        ChangeImpact impact = ChangeImpact.of(CORPUS, TestRules.evaluator(), TestRules.evaluator(),
                RuleSetDiff.between(TestRules.FOLDER, TestRules.FOLDER));
        // rp-good: 1 matched; rp-requires-improvement: 4 matched, 1 extra.
        assertThat(ImpactText.render(impact, "baseline", "changed"))
                .contains("  published findings found: 5 of 5 -> 5 of 5\n")
                .contains("  derived but not published: 1 -> 1\n")
                .contains("  published areas for improvement found: 5 of 5 -> 5 of 5\n");
    }

    @Test
    void aThresholdChangeListsEveryPastInspectionItFlips(@TempDir Path tmp) {
        Path changed = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("peel-2021-22"));
        RuleFolders.setStandard(changed, "good-minimum-demonstrated-share", "0.95");
        List<Path> examples = List.of(TestRules.EXAMPLES);

        ChangeImpact impact = ChangeImpact.of(examples, TestRules.evaluator(), Evaluator.of(RuleSet.load(changed)),
                RuleSetDiff.between(TestRules.FOLDER, changed));

        assertThat(impact.failures()).isEmpty();
        assertThat(impact.changes()).isNotEmpty().allSatisfy(c -> {
            // Only good areas can fall, and only for want of the new share: nothing else moved.
            assertThat(c.outcomeChanged()).isTrue();
            assertThat(c.baseline().grade()).isEqualTo(Grade.GOOD);
            assertThat(c.changed().grade()).isNotEqualTo(Grade.GOOD);
            assertThat((double) c.baseline().tally().demonstrated() / c.baseline().tally().assessed()).isLessThan(0.95);
            assertThat(c.characteristics()).isEmpty();
            assertThat(c.standardsReaching()).extracting(RuleSetDiff.StandardChange::id)
                    .containsExactly("good-minimum-demonstrated-share");
        });
        // Every good area left out demonstrates at least the new share, so it stays good.
        List<CaseResult> before = new Replay(TestRules.evaluator()).replayAll(examples);
        long good = before.stream().flatMap(c -> c.areas().stream()).filter(a -> a.derivedGrade() == Grade.GOOD).count();
        assertThat(impact.changes().size()).isLessThanOrEqualTo((int) good);
        assertThat(impact.changed().gradesAgreeing())
                .isEqualTo(impact.baseline().gradesAgreeing() - impact.changes().stream()
                        .filter(c -> c.published() != null && c.published().grade() == Grade.GOOD).count());
    }

    @Test
    void aRuleEditShowsTheCharacteristicsAndFindingsItMovesWithTheirEvidence(@TempDir Path tmp) {
        Path changed = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("mini"));
        RuleFolders.setStandard(changed, "calls-answered-target", "95");
        RuleSet before = RuleSet.load(RuleFolders.MINI);

        ChangeImpact impact = ChangeImpact.of(List.of(RuleFolders.MINI_CORPUS), Evaluator.of(before),
                Evaluator.of(RuleSet.load(changed)), RuleSetDiff.between(RuleFolders.MINI, changed));

        // 92% of calls on time: met against 90, partly met against 95, so the area falls from good.
        assertThat(impact.changes()).singleElement().satisfies(c -> {
            assertThat(c.baseline().grade()).isEqualTo(Grade.GOOD);
            assertThat(c.changed().grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
            assertThat(c.characteristics()).singleElement().satisfies(ch -> {
                assertThat(ch.characteristic()).isEqualTo("1.1.1");
                assertThat(ch.evidenceBefore()).containsExactly("m-calls");
                assertThat(ch.evidenceAfter()).containsExactly("m-calls");
                assertThat(ch.before()).isNotEqualTo(ch.after());
            });
            assertThat(c.standardsReaching()).singleElement().satisfies(s ->
                    assertThat(s.readBy()).containsExactly("MI-03", "MI-04"));
        });
        // In words, findings by their titles; the evidence ids only in detail.
        String text = ImpactText.render(impact, "before", "after");
        assertThat(text).contains("Good -> Requires improvement: the area has ")
                .contains("against calls-answered-target 95 (was 90).")
                .doesNotContain("m-calls");
        impact.changes().get(0).findings().forEach(f -> assertThat(text).contains(", \"" + f.title() + "\""));
        assertThat(ImpactText.render(impact, "before", "after", true)).contains("m-calls");
    }

    @Test
    void aRewrittenRuleIsListedByIdAndTheSameRulesChangeNothing(@TempDir Path tmp) {
        Path changed = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("mini"));
        Path evidence = changed.resolve("rules/evidence.drl");
        RuleFolders.write(changed, "rules/evidence.drl", RuleFolders.read(evidence)
                .replace("Rating.PARTLY_MEETS || rating == Rating.DOES_NOT_MEET", "Rating.DOES_NOT_MEET"));
        RuleFolders.write(changed, "rules/evidence.drl", RuleFolders.read(evidence) + "\n// a comment changes nothing\n");

        RuleSetDiff diff = RuleSetDiff.between(RuleFolders.MINI, changed);
        assertThat(diff.rules()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("MI-02");
            assertThat(r.kind()).isEqualTo(RuleSetDiff.Kind.CHANGED);
            assertThat(r.location()).isEqualTo("rules/evidence.drl:15");
        });
        Evaluator mini = Evaluator.of(RuleSet.load(RuleFolders.MINI));
        ChangeImpact same = ChangeImpact.of(List.of(RuleFolders.MINI_CORPUS), mini, mini,
                RuleSetDiff.between(RuleFolders.MINI, RuleFolders.MINI));
        assertThat(same.noChange()).isTrue();
        assertThat(same.rules().same()).isTrue();
    }
}
