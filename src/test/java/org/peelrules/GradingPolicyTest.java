package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.peelrules.SyntheticArea.concat;
import static org.peelrules.SyntheticArea.times;
import static org.peelrules.evidence.Rating.DOES_NOT_MEET;
import static org.peelrules.evidence.Rating.EXCEEDS;
import static org.peelrules.evidence.Rating.MEETS;
import static org.peelrules.evidence.Rating.MOSTLY_MEETS;
import static org.peelrules.evidence.Rating.PARTLY_MEETS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.SyntheticArea.Builder;
import org.peelrules.evidence.Metric;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.internal.ruleset.RuleInfo;
import org.peelrules.judgment.AreaForImprovement;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.NationalRecommendationNotMet;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.ProvisionalGrade;
import org.peelrules.judgment.Recommendation;
import org.peelrules.judgment.ShortfallNoted;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Standard;

/**
 * The grading policy alone (grading-policy.drl with standards.yaml), on one area of ten characteristics: the
 * boundary between every pair of adjacent tiers, each placed by the standard that draws it; the provisional grade
 * an area with too little evidence points to; and the non-grade outcomes. The few cases the ten characteristics
 * cannot show are taken from the real catalogue.
 */
class GradingPolicyTest {
    @TempDir
    static Path dir;
    static RuleSet ruleSet;
    static Evaluator evaluator;

    /** The synthetic area's characteristics, every share's denominator. */
    static final int TEN = SyntheticArea.CHARACTERISTICS.size();

    @BeforeAll
    static void load() {
        ruleSet = SyntheticArea.ruleSet(dir);
        evaluator = Evaluator.of(ruleSet);
    }

    static AreaJudgment judge(Builder b) {
        return evaluator.evaluate(b.submission()).judgment(SyntheticArea.AREA).orElseThrow();
    }

    static Grade grade(Builder b) {
        return judge(b).grade();
    }

    static Builder ratings(Rating[]... parts) {
        return SyntheticArea.ratings(concat(parts));
    }

    /** The value of a standard in standards.yaml. */
    static double standard(String id) {
        return ruleSet.standards().stream().filter(s -> s.id().equals(id)).mapToDouble(Standard::value).findFirst()
                .orElseThrow(() -> new AssertionError("standards.yaml has no standard " + id));
    }

    /** The fewest of the ten characteristics whose share reaches {@code share}, compared as the policy compares. */
    static int fewest(double share) {
        int n = 0;
        while (n < TEN && (double) n / TEN < share) {
            n++;
        }
        return n;
    }

    /** The most of the ten characteristics whose share stays within {@code share}. */
    static int most(double share) {
        int n = TEN;
        while (n > 0 && (double) n / TEN > share) {
            n--;
        }
        return n;
    }

    /** Every rule of the file is one this class tests. */
    @Test
    void theFileHoldsTheRulesTestedHere() {
        assertThat(new TreeSet<>(ruleSet.rules().stream().filter(r -> r.file().equals("grading-policy.drl"))
                .map(RuleInfo::id).toList())).containsExactly("GP-01", "GP-02", "GP-10", "GP-11", "GP-12", "GP-13",
                "GP-14", "GP-20", "GP-21", "GP-22", "GP-23", "GP-24", "GP-25", "GP-26");
    }

    @Test
    void everyGradedAreaIsTalliedOnce() {
        RuleSet real = TestRules.ruleSet();
        RuleHarness.Run run = RuleHarness.run(real, RuleHarness.submission());
        assertThat(run.fired().get("GP-01")).isEqualTo((int) real.areas().stream().filter(Area::graded).count());
        assertThat(run.fired("GP-02")).as("no area has evidence to read provisionally").isFalse();
    }

    @Nested
    class OutstandingAndGood {
        @Test
        void everythingDemonstratedWithAThirdExceededIsOutstanding() {
            assertThat(grade(ratings(times(4, EXCEEDS), times(6, MEETS)))).isEqualTo(Grade.OUTSTANDING);
        }

        @Test
        void fewerExceededIsGood() {
            assertThat(grade(ratings(times(3, EXCEEDS), times(7, MEETS)))).isEqualTo(Grade.GOOD);
        }

        @Test
        void outstandingNeedsWhatGoodNeedsSoMostlyMetAroundTheExceededIsNotOutstanding() {
            // Four in ten exceeded, the rest demonstrated only with gaps: too few in full even for Good.
            assertThat(standard("good-minimum-demonstrated-in-full-share")).isGreaterThan(0.4);
            assertThat(grade(ratings(times(4, EXCEEDS), times(6, MOSTLY_MEETS)))).isEqualTo(Grade.ADEQUATE);
        }

        @Test
        void anyShortfallRulesOutOutstanding() {
            assertThat(grade(ratings(times(9, EXCEEDS), times(1, PARTLY_MEETS)))).isEqualTo(Grade.GOOD);
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
        final int good = fewest(standard("good-minimum-demonstrated-share"));
        final int inFull = fewest(standard("good-minimum-demonstrated-in-full-share"));

        @Test
        void substantiallyAllDemonstratedIsGood() {
            AreaJudgment j = judge(ratings(times(good, MEETS), times(TEN - good, PARTLY_MEETS)));
            assertThat(j.grade()).isEqualTo(Grade.GOOD);
            assertThat(j.areasForImprovement()).hasSize(TEN - good);
        }

        @Test
        void oneFewerDemonstratedIsAdequate() {
            assertThat(grade(ratings(times(good - 1, MEETS), times(TEN - good + 1, PARTLY_MEETS))))
                    .isEqualTo(Grade.ADEQUATE);
        }

        @Test
        void mostlyMetCountsAsDemonstrated() {
            assumeTrue(good > inFull, "Good needs every characteristic demonstrated in full under this policy");
            AreaJudgment j = judge(ratings(times(inFull, MEETS), times(good - inFull, MOSTLY_MEETS),
                    times(TEN - good, PARTLY_MEETS)));
            assertThat(j.grade()).isEqualTo(Grade.GOOD);
            assertThat(j.areasForImprovement()).as("mostly met is no area for improvement").hasSize(TEN - good);
        }

        @Test
        void goodNeedsHalfTheCharacteristicsDemonstratedInFull() {
            // As many demonstrated as above, one fewer of them in full: most demonstrated only with gaps.
            assumeTrue(good > inFull, "Good needs every characteristic demonstrated in full under this policy");
            assertThat(grade(ratings(times(inFull - 1, MEETS), times(good - inFull + 1, MOSTLY_MEETS),
                    times(TEN - good, PARTLY_MEETS)))).isEqualTo(Grade.ADEQUATE);
        }

        @Test
        void aShortfallBesideEvidenceOfSuccessIsNotedAndStillAllowsGood() {
            Builder b = SyntheticArea.ratings(times(10, MEETS));
            b.observations.add(new Observation("caveat", "9.1.1", PARTLY_MEETS, "text", "test"));
            AreaJudgment j = judge(b);
            assertThat(j.grade()).isEqualTo(Grade.GOOD);
            assertThat(j.areasForImprovement()).isEmpty();
            assertThat(j.otherShortfalls()).extracting(ShortfallNoted::characteristic).containsExactly("9.1.1");
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
        void asManyCharacteristicsNotMetAsGoodAllowsStillAllowGood() {
            int notMet = (int) standard("good-maximum-not-met");
            assumeTrue(notMet > 0 && TEN - notMet >= good, "Good allows no characteristic not met here");
            AreaJudgment j = judge(ratings(times(TEN - notMet, MEETS), times(notMet, DOES_NOT_MEET)));
            assertThat(j.grade()).isEqualTo(Grade.GOOD);
            assertThat(j.areasForImprovement()).hasSize(notMet);
        }

        /**
         * Ten characteristics cannot show it: one more not met leaves too few demonstrated anyway. Investigating
         * crime counts its own characteristics and those of the victim service assessment fed to it.
         */
        @Test
        void oneMoreNotMetRulesOutGoodThoughSubstantiallyAllAreDemonstrated() {
            String area = "investigating-crime";
            List<String> counting = TestRules.ruleSet().characteristics().stream()
                    .filter(c -> c.area().equals(area) || area.equals(c.feeds())).map(Characteristic::id).toList();
            int allowed = (int) standard("good-maximum-not-met");
            assumeTrue((double) (counting.size() - allowed - 1) / counting.size()
                    >= standard("good-minimum-demonstrated-share"), "the area is too small to show it");
            // The same shortfalls, the last of them partly met or not met.
            Grade within = realGrade(area, counting, allowed, 1);
            Grade beyond = realGrade(area, counting, allowed + 1, 0);
            assertThat(within).isEqualTo(Grade.GOOD);
            assertThat(beyond).isNotNull().isNotEqualTo(Grade.GOOD);
        }

        /** The grade of a real area whose counting characteristics are rated not met, partly met, then met. */
        Grade realGrade(String area, List<String> counting, int notMet, int partlyMet) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < counting.size(); i++) {
                Rating r = i < notMet ? DOES_NOT_MEET : i < notMet + partlyMet ? PARTLY_MEETS : MEETS;
                items.add(new Observation("o" + i, counting.get(i), r, "text", "test"));
            }
            return TestRules.evaluator().evaluate(RuleHarness.submission(items.toArray())).judgment(area)
                    .orElseThrow().grade();
        }
    }

    @Nested
    class AdequateAndRequiresImprovement {
        final int adequate = fewest(standard("adequate-minimum-demonstrated-share"));
        final int shortfalls = most(standard("adequate-maximum-shortfall-share"));

        @Test
        void twoInFiveDemonstratedWithNoMoreThanHalfFallingShortIsAdequate() {
            assumeTrue(adequate + shortfalls <= TEN, "the two limits cannot both be reached");
            assertThat(grade(ratings(times(adequate, MEETS), times(shortfalls, PARTLY_MEETS),
                    times(TEN - adequate - shortfalls, null)))).isEqualTo(Grade.ADEQUATE);
        }

        @Test
        void mostlyMetCountsAsDemonstratedForAdequateToo() {
            assumeTrue(adequate + shortfalls <= TEN, "the two limits cannot both be reached");
            assertThat(grade(ratings(times(adequate, MOSTLY_MEETS), times(shortfalls, PARTLY_MEETS),
                    times(TEN - adequate - shortfalls, null)))).isEqualTo(Grade.ADEQUATE);
        }

        @Test
        void fewerDemonstratedIsRequiresImprovement() {
            assertThat(grade(ratings(times(adequate - 1, MEETS), times(shortfalls, PARTLY_MEETS),
                    times(TEN - adequate + 1 - shortfalls, null)))).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        }

        @Test
        void moreThanHalfFallingShortIsRequiresImprovementThoughTwoInFiveAreDemonstrated() {
            int demonstrated = TEN - shortfalls - 1;
            assumeTrue(demonstrated >= adequate, "more shortfalls leave too few demonstrated anyway");
            assertThat(grade(ratings(times(demonstrated, MEETS), times(shortfalls + 1, PARTLY_MEETS))))
                    .isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        }

        @Test
        void moreCharacteristicsNotMetThanAdequateAllowsIsRequiresImprovement() {
            int notMet = (int) standard("adequate-maximum-not-met") + 1;
            assertThat(grade(ratings(times(TEN - notMet, MEETS), times(notMet, DOES_NOT_MEET))))
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
        final int adequate = fewest(standard("adequate-minimum-demonstrated-share"));

        @Test
        void aCauseOfConcernWithSomeCharacteristicsDemonstratedIsRequiresImprovement() {
            // Two in five of the rest of the area (topic 1) demonstrated; the concern sits in topic 2.
            AreaJudgment j = judge(ratings(times(2, MEETS), times(3, PARTLY_MEETS), times(4, MEETS),
                    times(1, PARTLY_MEETS)).systemic("9.2.5"));
            assertThat(j.grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
            assertThat(j.causesOfConcern()).singleElement().satisfies(c -> {
                assertThat(c.title()).isEqualTo("Topic 2");
                assertThat(c.recommendations()).extracting(Recommendation::characteristic).containsExactly("9.2.5");
                assertThat(c.recommendations()).extracting(Recommendation::withinMonths).containsExactly(3);
            });
            assertThat(j.areasForImprovement()).extracting(AreaForImprovement::characteristic)
                    .doesNotContain("9.2.5");
        }

        @Test
        void aCauseOfConcernWithHalfTheCharacteristicsNotMetIsRequiresImprovement() {
            assertThat(grade(ratings(times(6, MEETS), times(4, DOES_NOT_MEET)).systemic("9.2.5")))
                    .isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        }

        @Test
        void aCauseOfConcernBesideTwoInFiveDemonstratedIsRequiresImprovementHoweverManyAreNotMet() {
            // The concern is contained in one topic of work otherwise demonstrated to the adequate level.
            assertThat(grade(ratings(times(adequate, MEETS), times(TEN - adequate, DOES_NOT_MEET)).systemic("9.2.5")))
                    .isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        }

        @Test
        void aCauseOfConcernBesideFewerThanTwoInFiveDemonstratedIsInadequate() {
            AreaJudgment j = judge(ratings(times(adequate - 1, MEETS), times(TEN - adequate + 1, PARTLY_MEETS))
                    .systemic("9.1.5"));
            assertThat(j.grade()).isEqualTo(Grade.INADEQUATE);
            assertThat(j.causesOfConcern()).hasSize(1);
        }

        @Test
        void whatContainsACauseOfConcernIsTheRestOfTheAreaNotTheTopicItSitsIn() {
            // Topic 9.1 holds the cause of concern (on 9.1.5) and four characteristics met; topic 9.2, the rest
            // of the area, demonstrates one in five. Half the area is demonstrated, but not the rest of it.
            AreaJudgment j = judge(ratings(times(4, MEETS), times(1, PARTLY_MEETS), times(1, MEETS),
                    times(4, PARTLY_MEETS)).systemic("9.1.5"));
            assertThat(j.grade()).isEqualTo(Grade.INADEQUATE);
            assertThat(j.trace().tally().demonstratedShare()).isEqualTo(0.5);
            assertThat(j.trace().tally().demonstratedShareOutsideConcern()).isEqualTo(0.2);
            // And the other way: the rest of the area sound (three in five), the area as a whole not (three in ten).
            AreaJudgment contained = judge(ratings(times(5, PARTLY_MEETS), times(3, MEETS), times(2, PARTLY_MEETS))
                    .systemic("9.1.5"));
            assertThat(contained.grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
            assertThat(contained.trace().tally().demonstratedShareOutsideConcern()).isEqualTo(0.6);
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

    /** Too little evidence to grade: no grade, but the one the descriptors give over what was assessed. */
    @Nested
    class ProvisionalGrades {
        /** How many of the ten must be assessed before the area is graded. */
        final int needed = Math.max((int) standard("grading-minimum-assessed"),
                fewest(standard("grading-minimum-coverage")));
        /** As many as can be assessed without the area being graded. */
        final int thin = needed - 1;

        /** The judgment on thin evidence: not graded, decided by GP-21, with the grade it points to. */
        AreaJudgment provisionally(Builder b) {
            AreaJudgment j = judge(b);
            assertThat(j.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
            assertThat(j.grade()).isNull();
            assertThat(j.decidedBy()).isEqualTo("GP-21");
            assertThat(j.provisional()).isNotNull();
            return j;
        }

        @Test
        void thinEvidenceIsNotGradedButGivenTheGradeItPointsTo() {
            AreaJudgment j = provisionally(SyntheticArea.ratings(times(thin, MEETS)));
            assertThat(j.provisional()).isEqualTo(new ProvisionalGrade(Grade.GOOD, thin, TEN, needed,
                    SyntheticArea.CHARACTERISTICS.subList(thin, TEN)));
            assertThat(RuleHarness.run(ruleSet, SyntheticArea.ratings(times(thin, MEETS)).submission())
                    .fired().get("GP-02")).isEqualTo(1);
        }

        @Test
        void enoughEvidenceThatPointsHigherThanItProvesIsNotGradedUntilTheRestSettlesIt() {
            // Met on every characteristic assessed, but over the catalogue only "some" are demonstrated: the
            // lower grade would rest on the characteristics without evidence alone.
            AreaJudgment j = provisionally(SyntheticArea.ratings(times(needed, MEETS)));
            assertThat(j.provisional()).isEqualTo(new ProvisionalGrade(Grade.GOOD, needed, TEN, TEN,
                    SyntheticArea.CHARACTERISTICS.subList(needed, TEN)));
        }

        @Test
        void evidenceOnEveryCharacteristicSettlesTheGrade() {
            AreaJudgment j = judge(SyntheticArea.ratings(times(TEN, MEETS)));
            assertThat(j.outcome()).isEqualTo(Outcome.GRADED);
            assertThat(j.grade()).isEqualTo(Grade.GOOD);
            assertThat(j.provisional()).isNull();
        }

        @Test
        void theProvisionalGradeReadsTheSameDescriptorsOverTheCharacteristicsAssessedSoFar() {
            assumeTrue(thin == 3, "the mixes below are of three characteristics");
            assertThat(provisionally(ratings(times(3, EXCEEDS))).provisional().grade()).isEqualTo(Grade.OUTSTANDING);
            assertThat(provisionally(ratings(times(2, MEETS), times(1, PARTLY_MEETS))).provisional().grade())
                    .isEqualTo(Grade.ADEQUATE);
            assertThat(provisionally(ratings(times(3, PARTLY_MEETS))).provisional().grade())
                    .isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        }

        @Test
        void aCauseOfConcernOnThinEvidencePointsToInadequate() {
            AreaJudgment j = provisionally(new Builder().systemic("9.1.1"));
            assertThat(j.provisional().grade()).isEqualTo(Grade.INADEQUATE);
            assertThat(j.provisional().assessed()).isEqualTo(1);
            assertThat(j.causesOfConcern()).extracting(CauseOfConcern::topic).containsExactly("9.1");
        }

        @Test
        void anAreaGradedOnlyWhenInspectedWithTooLittleEvidenceIsNotInspectedWithTheGradeItPointsTo() {
            // Crime data integrity: one recording rate in the rubric's top band, the only evidence on the area.
            String area = "crime-data-integrity";
            assertThat(TestRules.ruleSet().areas()).filteredOn(a -> a.id().equals(area)).singleElement()
                    .satisfies(a -> assertThat(a.kind()).isEqualTo(Area.Kind.GRADED_WHEN_INSPECTED));
            String unit = TestRules.ruleSet().measures().stream()
                    .filter(m -> m.id().equals("crimes-recorded-accurately")).findFirst().orElseThrow().unit();
            AreaJudgment j = TestRules.evaluator().evaluate(RuleHarness.submission(new Metric("rate",
                    "crimes-recorded-accurately", 100, unit, null, null, null, null, "test"))).judgment(area)
                    .orElseThrow();
            assertThat(j.outcome()).isEqualTo(Outcome.NOT_INSPECTED);
            assertThat(j.grade()).isNull();
            assertThat(j.decidedBy()).isEqualTo("GP-26");
            assertThat(j.provisional().grade()).isEqualTo(Grade.OUTSTANDING);
            assertThat(j.provisional().assessed()).isEqualTo(1);
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
        void aThirdOfTheCharacteristicsAssessedIsEnoughToGradeWhereItSettlesTheGrade() {
            // Shortfalls on four of the ten: requires improvement, whatever the other six turn out to be.
            AreaJudgment j = judge(SyntheticArea.ratings(times(4, PARTLY_MEETS)));
            assertThat(j.outcome()).isEqualTo(Outcome.GRADED);
            assertThat(j.decidedBy()).isEqualTo("GP-20");
            assertThat(j.provisional()).isNull();
        }

        @Test
        void noEvidenceAtAllIsInsufficientEvidenceWithNoGradeToPointTo() {
            AreaJudgment j = judge(SyntheticArea.ratings());
            assertThat(j.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
            assertThat(j.decidedBy()).isEqualTo("GP-25");
            assertThat(j.provisional()).isNull();
        }

        @Test
        void anAreaGradedOnlyWhenInspectedWithoutEvidenceIsNotInspected() {
            AreaJudgment j = TestRules.evaluator().evaluate(RuleHarness.submission()).judgment("crime-data-integrity")
                    .orElseThrow();
            assertThat(j.outcome()).isEqualTo(Outcome.NOT_INSPECTED);
            assertThat(j.decidedBy()).isEqualTo("GP-22");
            assertThat(j.provisional()).isNull();
        }

        @Test
        void anAreaTheFrameworkDoesNotGradeHereIsReportedAsItsKindSays() {
            Assessment none = TestRules.evaluator().evaluate(RuleHarness.submission());
            List<Area> ungraded = TestRules.ruleSet().areas().stream().filter(a -> !a.graded()).toList();
            assertThat(ungraded).extracting(Area::kind)
                    .contains(Area.Kind.NOT_GRADED, Area.Kind.REPORTED_SEPARATELY);
            for (Area a : ungraded) {
                AreaJudgment j = none.judgment(a.id()).orElseThrow();
                if (a.kind() == Area.Kind.NOT_GRADED) {
                    assertThat(j.outcome()).as(a.id()).isEqualTo(Outcome.NOT_GRADED);
                    assertThat(j.decidedBy()).as(a.id()).isEqualTo("GP-23");
                } else {
                    assertThat(j.outcome()).as(a.id()).isEqualTo(Outcome.REPORTED_SEPARATELY);
                    assertThat(j.decidedBy()).as(a.id()).isEqualTo("GP-24");
                }
            }
        }
    }
}
