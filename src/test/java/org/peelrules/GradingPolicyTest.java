package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peelrules.SyntheticArea.concat;
import static org.peelrules.SyntheticArea.times;
import static org.peelrules.evidence.Rating.DOES_NOT_MEET;
import static org.peelrules.evidence.Rating.EXCEEDS;
import static org.peelrules.evidence.Rating.MEETS;
import static org.peelrules.evidence.Rating.MOSTLY_MEETS;
import static org.peelrules.evidence.Rating.PARTLY_MEETS;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.evidence.PriorItem;
import org.peelrules.SyntheticArea.Builder;

/**
 * The grading policy alone (grading-policy.drl with standards.yaml), on one area of ten characteristics:
 * the boundary between every pair of adjacent tiers, and the non-grade outcomes.
 */
class GradingPolicyTest {
    @TempDir
    static Path dir;
    static Evaluator evaluator;

    @BeforeAll
    static void load() {
        evaluator = Evaluator.of(SyntheticArea.ruleSet(dir));
    }

    static AreaJudgment judge(Builder b) {
        return evaluator.evaluate(b.submission()).judgment(SyntheticArea.AREA).orElseThrow();
    }

    static Grade grade(Builder b) {
        return judge(b).grade();
    }

    @Nested
    class OutstandingAndGood {
        @Test
        void everythingDemonstratedWithAThirdExceededIsOutstanding() {
            assertThat(grade(SyntheticArea.ratings(concat(times(4, EXCEEDS), times(6, MEETS)))))
                    .isEqualTo(Grade.OUTSTANDING);
        }

        @Test
        void fewerExceededIsGood() {
            assertThat(grade(SyntheticArea.ratings(concat(times(3, EXCEEDS), times(7, MEETS)))))
                    .isEqualTo(Grade.GOOD);
        }

        @Test
        void anyShortfallRulesOutOutstanding() {
            assertThat(grade(SyntheticArea.ratings(concat(times(9, EXCEEDS), times(1, PARTLY_MEETS)))))
                    .isEqualTo(Grade.GOOD);
        }

        @Test
        void innovativePracticeCountsAsExceeding() {
            Builder b = SyntheticArea.ratings(times(10, MEETS));
            SyntheticArea.CHARACTERISTICS.subList(0, 4).forEach(b::innovative);
            AreaJudgment j = judge(b);
            assertThat(j.grade()).isEqualTo(Grade.OUTSTANDING);
            assertThat(j.innovativePractice()).hasSize(4);
        }
    }

    @Nested
    class GoodAndAdequate {
        @Test
        void eightInTenDemonstratedIsGood() {
            AreaJudgment j = judge(SyntheticArea.ratings(concat(times(8, MOSTLY_MEETS), times(2, PARTLY_MEETS))));
            assertThat(j.grade()).isEqualTo(Grade.GOOD);
            assertThat(j.areasForImprovement()).hasSize(2);
        }

        @Test
        void anOutstandingNationalRecommendationRulesOutGood() {
            AreaJudgment j = judge(SyntheticArea.ratings(times(10, MEETS))
                    .outstanding(PriorItem.Kind.NATIONAL_RECOMMENDATION, "9.1.1"));
            assertThat(j.grade()).isEqualTo(Grade.ADEQUATE);
            assertThat(j.nationalRecommendationsNotMet()).extracting(NationalRecommendationNotMet::year)
                    .containsExactly(2019);
        }

        @Test
        void anEarlierAreaForImprovementStillOutstandingIsRestatedAndStillAllowsGood() {
            AreaJudgment j = judge(SyntheticArea.ratings(times(10, MEETS))
                    .outstanding(PriorItem.Kind.AREA_FOR_IMPROVEMENT, "9.1.1"));
            assertThat(j.grade()).isEqualTo(Grade.GOOD);
            assertThat(j.areasForImprovement()).singleElement()
                    .satisfies(f -> assertThat(f.restatedFrom()).isEqualTo(2019));
        }

        @Test
        void sevenInTenIsAdequate() {
            assertThat(grade(SyntheticArea.ratings(concat(times(7, MEETS), times(3, PARTLY_MEETS)))))
                    .isEqualTo(Grade.ADEQUATE);
        }

        @Test
        void oneCharacteristicNotMetRulesOutGood() {
            assertThat(grade(SyntheticArea.ratings(concat(times(9, MEETS), times(1, DOES_NOT_MEET)))))
                    .isEqualTo(Grade.ADEQUATE);
        }
    }

    @Nested
    class AdequateAndRequiresImprovement {
        @Test
        void twoInFiveDemonstratedIsAdequate() {
            assertThat(grade(SyntheticArea.ratings(concat(times(4, MEETS), times(6, PARTLY_MEETS)))))
                    .isEqualTo(Grade.ADEQUATE);
        }

        @Test
        void fewerIsRequiresImprovement() {
            assertThat(grade(SyntheticArea.ratings(concat(times(3, MEETS), times(7, PARTLY_MEETS)))))
                    .isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        }

        @Test
        void twoCharacteristicsNotMetIsRequiresImprovement() {
            assertThat(grade(SyntheticArea.ratings(concat(times(8, MEETS), times(2, DOES_NOT_MEET)))))
                    .isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        }

        @Test
        void areasForImprovementAloneNeverMakeAnAreaInadequate() {
            AreaJudgment j = judge(SyntheticArea.ratings(times(10, DOES_NOT_MEET)));
            assertThat(j.grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
            assertThat(j.causesOfConcern()).isEmpty();
        }
    }

    @Nested
    class RequiresImprovementAndInadequate {
        @Test
        void aCauseOfConcernWithSomeCharacteristicsDemonstratedIsRequiresImprovement() {
            AreaJudgment j = judge(SyntheticArea.ratings(concat(times(4, MEETS), times(6, PARTLY_MEETS)))
                    .systemic("9.1.5"));
            assertThat(j.grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
            assertThat(j.causesOfConcern()).singleElement().satisfies(c -> {
                assertThat(c.title()).isEqualTo("Topic 1");
                assertThat(c.recommendations()).extracting(Recommendation::characteristic).containsExactly("9.1.5");
                assertThat(c.recommendations()).extracting(Recommendation::withinMonths).containsExactly(3);
            });
            assertThat(j.areasForImprovement()).extracting(AreaForImprovement::characteristic)
                    .doesNotContain("9.1.5");
        }

        @Test
        void aCauseOfConcernWithHalfTheCharacteristicsNotMetIsRequiresImprovement() {
            assertThat(grade(SyntheticArea.ratings(concat(times(6, MEETS), times(4, DOES_NOT_MEET)))
                    .systemic("9.1.5"))).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        }

        @Test
        void aCauseOfConcernWithMostCharacteristicsNotMetIsInadequate() {
            assertThat(grade(SyntheticArea.ratings(concat(times(5, MEETS), times(5, DOES_NOT_MEET)))
                    .systemic("9.1.5"))).isEqualTo(Grade.INADEQUATE);
        }

        @Test
        void causesOfConcernInTwoTopicsAreInadequate() {
            AreaJudgment j = judge(SyntheticArea.ratings(times(10, MEETS)).systemic("9.1.1").systemic("9.2.1"));
            assertThat(j.grade()).isEqualTo(Grade.INADEQUATE);
            assertThat(j.causesOfConcern()).extracting(CauseOfConcern::topic).containsExactly("9.1", "9.2");
        }

        @Test
        void oneSystemicRateAuditIsNotACauseOfConcern() {
            Builder b = SyntheticArea.ratings(times(10, MEETS));
            b.audits.add(new org.peelrules.evidence.CaseAudit("a", "audit-9-1-1", 10, 40, null, null, null, "t"));
            AreaJudgment j = judge(b);
            assertThat(j.causesOfConcern()).isEmpty();
            assertThat(j.areasForImprovement()).extracting(AreaForImprovement::characteristic).containsExactly("9.1.1");
        }
    }

    @Nested
    class NonGradeOutcomes {
        @Test
        void fewerThanAThirdOfTheCharacteristicsAssessedIsInsufficientEvidence() {
            AreaJudgment j = judge(SyntheticArea.ratings(times(3, MEETS)));
            assertThat(j.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
            assertThat(j.grade()).isNull();
        }

        @Test
        void aThirdOfTheCharacteristicsAssessedIsEnoughToGrade() {
            assertThat(judge(SyntheticArea.ratings(times(4, MEETS))).outcome()).isEqualTo(Outcome.GRADED);
        }

        @Test
        void noEvidenceAtAllIsInsufficientEvidence() {
            assertThat(judge(SyntheticArea.ratings()).outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        }
    }
}
