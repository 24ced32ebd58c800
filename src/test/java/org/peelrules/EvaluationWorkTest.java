package org.peelrules;

import org.peelrules.errors.InvalidSubmissionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.Rating;
import org.peelrules.evidence.Submission;
import org.peelrules.internal.ruleset.CheckedSubmissions;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.report.JsonReport;

/**
 * Work an evaluation does once or only when asked: a submission is checked once, explanations are worked out
 * on first use. Neither may change what an evaluation says.
 */
class EvaluationWorkTest {
    private static final Path WEST_MERCIA = TestRules.EXAMPLES.resolve("west-mercia-2021-22/evidence.json");

    @Test
    void aSubmissionFoundSoundIsRememberedByIdentityNotByValue() {
        CheckedSubmissions checked = new CheckedSubmissions();
        Submission s = CatalogueSubmission.of(TestRules.ruleSet());
        Submission copy = new Submission(s.framework(), s.force(), s.inspectionPeriod(), s.metrics(), s.caseAudits(),
                s.surveys(), s.observations(), s.priorItems(), s.practices());
        assertThat(checked.contains(s)).isFalse();
        checked.add(s);
        assertThat(checked.contains(s)).isTrue();
        assertThat(copy).isEqualTo(s);
        assertThat(checked.contains(copy)).as("an equal copy is checked again").isFalse();
    }

    @Test
    void onlyTheLastFewSubmissionsAreRemembered() {
        CheckedSubmissions checked = new CheckedSubmissions();
        List<Submission> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Submission s = new Submission(TestRules.ruleSet().framework(), "Force " + i, null, null, null, null,
                    null, null, null);
            many.add(s);
            checked.add(s);
        }
        assertThat(checked.contains(many.get(39))).isTrue();
        assertThat(checked.contains(many.get(0))).isFalse();
    }

    @Test
    void aSubmissionReadAgainstTheRuleSetIsRememberedAsSound() {
        RuleSet rules = TestRules.ruleSet();
        assertThat(rules.checked().contains(SubmissionReader.read(WEST_MERCIA, rules))).isTrue();
        assertThat(rules.checked().contains(SubmissionReader.read(WEST_MERCIA)))
                .as("read without the rule set, its names were not checked against it").isFalse();
    }

    @Test
    void anUnsoundSubmissionIsRefusedEveryTimeItIsEvaluated() {
        Submission s = new Submission(TestRules.ruleSet().framework(), "Test Constabulary", null, null, null, null,
                List.of(new Observation("obs-1", "4.1.9", Rating.MEETS, "t", "s")), null, null);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> TestRules.evaluator().evaluate(s)).isInstanceOf(InvalidSubmissionException.class);
        }
        assertThat(TestRules.ruleSet().checked().contains(s)).isFalse();
    }

    @Test
    void explanationsWorkedOutOnFirstUseAreTheSameFromEveryThreadAndEveryEvaluation() throws Exception {
        Submission s = SubmissionReader.read(WEST_MERCIA, TestRules.ruleSet());
        Assessment first = TestRules.evaluator().evaluate(s);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Object>>> askers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                askers.add(() -> first.judgments().stream()
                        .<Object>flatMap(j -> java.util.stream.Stream.of(String.valueOf(j.whyNotHigher()), j.trace()))
                        .toList());
            }
            List<List<Object>> answers = new ArrayList<>();
            for (Future<List<Object>> f : pool.invokeAll(askers)) {
                answers.add(f.get(10, TimeUnit.MINUTES));
            }
            assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(answers.get(0)));
        } finally {
            pool.shutdownNow();
        }
        Assessment second = TestRules.evaluator().evaluate(s);
        assertThat(second).isEqualTo(first);
        assertThat(second.hashCode()).isEqualTo(first.hashCode());
        assertThat(JsonReport.render(second)).isEqualTo(JsonReport.render(first));
        AreaJudgment investigating = first.judgment("investigating-crime").orElseThrow();
        assertThat(investigating.trace().findings()).isNotEmpty();
        assertThat(investigating.whyNotHigher()).isNotNull();
    }
}
