package org.peelrules;

import org.peelrules.SyntheticArea.Builder;
import org.peelrules.internal.language.DrlText;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.peelrules.SyntheticArea.concat;
import static org.peelrules.SyntheticArea.times;
import static org.peelrules.evidence.Rating.EXCEEDS;
import static org.peelrules.evidence.Rating.MEETS;
import static org.peelrules.evidence.Rating.PARTLY_MEETS;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.evidence.PriorItem;
import org.peelrules.rules.Standard;

/**
 * The caps of the grading policy (how many causes of concern, shortfalls and national recommendations not met
 * each tier allows) are numbers in standards.yaml, not in the rule language: a policy team that changes one
 * changes the grade, with no rule file touched.
 */
class GradingCapsTest {
    static final List<String> CAPS = List.of(
            "outstanding-maximum-causes-of-concern",
            "outstanding-maximum-shortfalls",
            "outstanding-maximum-national-recommendations-not-met",
            "good-maximum-causes-of-concern",
            "good-maximum-national-recommendations-not-met",
            "adequate-maximum-causes-of-concern");

    @TempDir
    Path dir;

    @Test
    void everyCapIsADocumentedStandardReadByTheGradingPolicy() {
        Map<String, Standard> standards = TestRules.ruleSet().standards().stream()
                .collect(Collectors.toMap(Standard::id, Function.identity()));
        DrlText policy = new DrlText("grading-policy.drl",
                RuleFolders.read(TestRules.FOLDER.resolve("grading-policy.drl")));
        List<String> read = policy.standardsRead().stream().map(DrlText.Literal::value).toList();
        for (String cap : CAPS) {
            assertThat(standards).as(cap).containsKey(cap);
            Standard s = standards.get(cap);
            assertThat(s.value()).as(cap).isZero();
            assertThat(s.source()).as(cap).startsWith("policy");
            assertThat(s.note()).as(cap).isNotBlank();
            assertThat(read).as("grading-policy.drl reads " + cap).contains(cap);
        }
        // No count the caps now hold is left written into a descriptor.
        assertThat(RuleFolders.read(TestRules.FOLDER.resolve("grading-policy.drl")))
                .doesNotContain("causesOfConcern == 0,").doesNotContain("shortfalls == 0")
                .doesNotContain("nationalRecommendationsNotMet == 0");
    }

    @Test
    void raisingOutstandingsShortfallCapLetsAnAreaWithOneShortfallBeOutstanding() {
        Builder nineExceededOneShort = SyntheticArea.ratings(concat(times(9, EXCEEDS), times(1, PARTLY_MEETS)));
        assertThat(grade(SyntheticArea.ruleSet(dir.resolve("as-shipped")), nineExceededOneShort))
                .isEqualTo(Grade.GOOD);
        assertThat(grade(edited("outstanding-maximum-shortfalls", "1"), nineExceededOneShort))
                .isEqualTo(Grade.OUTSTANDING);
    }

    @Test
    void raisingGoodsNationalRecommendationCapLetsAnAreaNotComplyingBeGood() {
        Builder allMetOneNational = SyntheticArea.ratings(times(10, MEETS))
                .outstanding(PriorItem.Kind.NATIONAL_RECOMMENDATION, "9.1.1");
        assertThat(grade(edited("good-maximum-national-recommendations-not-met", "1"), allMetOneNational))
                .isEqualTo(Grade.GOOD);
    }

    @Test
    void raisingAdequatesCauseOfConcernCapLetsAnAreaWithOneConcernBeAdequate() {
        // In the bundled policy this requires improvement (GradingPolicyTest): one concern, in sound work.
        Builder soundWithOneConcern = SyntheticArea.ratings(times(10, MEETS)).systemic("9.2.5");
        AreaJudgment j = Evaluator.of(edited("adequate-maximum-causes-of-concern", "1"))
                .evaluate(soundWithOneConcern.submission()).judgment(SyntheticArea.AREA).orElseThrow();
        assertThat(j.causesOfConcern()).hasSize(1);
        assertThat(j.grade()).isEqualTo(Grade.ADEQUATE);
    }

    private RuleSet edited(String standard, String value) {
        return SyntheticArea.ruleSet(dir.resolve(standard), d -> RuleFolders.setStandard(d, standard, value));
    }

    private static Grade grade(RuleSet ruleSet, Builder b) {
        return Evaluator.of(ruleSet).evaluate(b.submission()).judgment(SyntheticArea.AREA).orElseThrow().grade();
    }
}
