package org.peelrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peelrules.rules.RuleFixtures.audit;
import static org.peelrules.rules.RuleFixtures.auditRate;
import static org.peelrules.rules.RuleFixtures.fired;
import static org.peelrules.rules.RuleFixtures.headline;
import static org.peelrules.rules.RuleFixtures.metric;
import static org.peelrules.rules.RuleFixtures.observation;
import static org.peelrules.rules.RuleFixtures.practice;
import static org.peelrules.rules.RuleFixtures.prior;
import static org.peelrules.rules.RuleFixtures.rules;
import static org.peelrules.rules.RuleFixtures.run;
import static org.peelrules.rules.RuleFixtures.standard;

import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelrules.RuleHarness;
import org.peelrules.evidence.Emphasis;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.evidence.Severity;
import org.peelrules.judgment.Status;

/**
 * evidence.drl: what each kind of evidence says about the characteristic it concerns (EV-01..EV-31), with
 * every failure-rate boundary read from standards.yaml, and what each signal weighs and whether it decides the
 * characteristic on its own (Weights).
 */
class EvidenceRulesTest {
    /** Any characteristic will do for the rules that carry the characteristic on the evidence itself. */
    static final String CHARACTERISTIC = "5.2.2";

    /** A failure-rate measure of the register, and the characteristic it informs. */
    static final Measure FAILURE_RATE = rules().measures().stream()
            .filter(m -> m.kind() == Measure.Kind.FAILURE_RATE).findFirst().orElseThrow();
    static final String AUDITED = FAILURE_RATE.characteristic();

    /** Every rule of the file is one this class tests. */
    @Test
    void theFileHoldsTheRulesTestedHere() {
        assertThat(RuleFixtures.rulesIn("evidence.drl")).containsExactly("EV-01", "EV-02", "EV-03", "EV-04", "EV-05",
                "EV-06", "EV-10", "EV-11", "EV-12", "EV-13", "EV-14", "EV-15", "EV-16", "EV-20", "EV-21", "EV-22", "EV-30",
                "EV-31");
    }

    static double systemic() {
        return standard("audit-systemic-failure-rate");
    }

    static double material() {
        return standard("audit-material-failure-rate");
    }

    static int minimumSample() {
        return (int) standard("audit-minimum-sample");
    }

    @Nested
    class Observations {
        static Stream<Arguments> ratings() {
            return Stream.of(
                    Arguments.of(Rating.EXCEEDS, "EV-01", Status.EXCEEDED),
                    Arguments.of(Rating.MEETS, "EV-02", Status.MET),
                    Arguments.of(Rating.MOSTLY_MEETS, "EV-05", Status.MOSTLY_MET),
                    Arguments.of(Rating.PARTLY_MEETS, "EV-03", Status.PARTLY_MET),
                    Arguments.of(Rating.DOES_NOT_MEET, "EV-04", Status.NOT_MET));
        }

        @ParameterizedTest(name = "{0} fires {1}: {2}")
        @MethodSource("ratings")
        void eachRatingRaisesItsSignalOnTheObservedCharacteristic(Rating rating, String rule, Status status) {
            RuleHarness.Run run = run(observation("o", CHARACTERISTIC, rating));
            assertThat(fired(run, "EV-")).containsExactly(rule);
            assertThat(Reading.of(run.signals())).containsExactly(new Reading(CHARACTERISTIC, status, false, "o"));
        }

        @ParameterizedTest(name = "{0} fires {1}: {2}")
        @MethodSource("ratings")
        void aHeadlineFindingRaisesTheSameSignalAsADetail(Rating rating, String rule, Status status) {
            RuleHarness.Run run = run(headline("o", CHARACTERISTIC, rating));
            assertThat(fired(run, "EV-")).containsExactly(rule);
            assertThat(Reading.of(run.signals())).containsExactly(new Reading(CHARACTERISTIC, status, false, "o"));
        }

        @Test
        void aNeutralObservationRaisesNoSignalAndNoRuleReactsToIt() {
            RuleHarness.Run run = run(observation("o", CHARACTERISTIC, Rating.NEUTRAL));
            assertThat(Reading.of(run.signals())).isEmpty();
            assertThat(RuleFixtures.status(run, CHARACTERISTIC)).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
            assertThat(run.fired()).as("the rules fired, against those for no evidence at all")
                    .isEqualTo(run().fired());
        }

        @Test
        void aNeutralObservationBesideARatedOneLeavesItsSignalAlone() {
            RuleHarness.Run run = run(observation("o", CHARACTERISTIC, Rating.PARTLY_MEETS),
                    observation("n", CHARACTERISTIC, Rating.NEUTRAL));
            assertThat(Reading.of(run.signals())).containsExactly(new Reading(CHARACTERISTIC, Status.PARTLY_MET, false, "o"));
            assertThat(RuleFixtures.assessed(run, CHARACTERISTIC).evidence()).containsExactly("o");
        }
    }

    @Nested
    class CaseAudits {
        static Stream<Arguments> rates() {
            return Stream.of(
                    Arguments.of("the systemic rate in the minimum sample", systemic(), minimumSample(), "EV-10",
                            Status.NOT_MET, true),
                    Arguments.of("the systemic rate in a sample of unknown size", systemic(), null, "EV-10",
                            Status.NOT_MET, true),
                    Arguments.of("the systemic rate in a sample one short of the minimum", systemic(),
                            minimumSample() - 1, "EV-11", Status.NOT_MET, false),
                    Arguments.of("just under the systemic rate", Math.nextDown(systemic()), minimumSample(), "EV-12",
                            Status.PARTLY_MET, false),
                    Arguments.of("the material rate", material(), minimumSample(), "EV-12", Status.PARTLY_MET, false),
                    Arguments.of("the material rate in a sample of unknown size", material(), null, "EV-12",
                            Status.PARTLY_MET, false),
                    Arguments.of("just under the material rate", Math.nextDown(material()), minimumSample(), "EV-13",
                            Status.MET, false),
                    Arguments.of("no failures", 0.0, 5, "EV-13", Status.MET, false));
        }

        @ParameterizedTest(name = "{0} fires {3}")
        @MethodSource("rates")
        void aFailureRateRaisesItsSignalOnTheMeasuresCharacteristic(String what, double rate, Integer sampled,
                                                                     String rule, Status status, boolean systemic) {
            RuleHarness.Run run = run(auditRate("a", FAILURE_RATE.id(), rate, sampled));
            assertThat(fired(run, "EV-")).containsExactly(rule);
            assertThat(Reading.of(run.signals())).containsExactly(new Reading(AUDITED, status, systemic, "a"));
        }

        @Test
        void countsOfFailingCasesAreJudgedAsTheirShare() {
            int sample = minimumSample();
            int failing = (int) Math.ceil(sample * systemic() / 100);
            RuleHarness.Run run = run(audit("at", FAILURE_RATE.id(), failing, sample),
                    audit("under", FAILURE_RATE.id(), failing - 1, sample));
            assertThat(Reading.of(run.signals())).contains(new Reading(AUDITED, Status.NOT_MET, true, "at"));
            assertThat(Reading.of(run.signals())).doesNotContain(new Reading(AUDITED, Status.NOT_MET, true, "under"));
        }
    }

    @Nested
    class ForceData {
        static Stream<Arguments> rates() {
            return Stream.of(
                    Arguments.of("the systemic rate", systemic(), "EV-14", Status.NOT_MET, true),
                    Arguments.of("just under the systemic rate", Math.nextDown(systemic()), "EV-15",
                            Status.PARTLY_MET, false),
                    Arguments.of("the material rate", material(), "EV-15", Status.PARTLY_MET, false),
                    Arguments.of("just under the material rate", Math.nextDown(material()), "EV-16", Status.MET,
                            false));
        }

        @ParameterizedTest(name = "{0} fires {2}")
        @MethodSource("rates")
        void aFailureRateFromForceDataRaisesItsSignal(String what, double rate, String rule, Status status,
                                                     boolean systemic) {
            RuleHarness.Run run = run(metric("m", FAILURE_RATE.id(), rate));
            assertThat(fired(run, "EV-")).containsExactly(rule);
            assertThat(Reading.of(run.signals())).containsExactly(new Reading(AUDITED, status, systemic, "m"));
        }

        @Test
        void aMeasureThatIsNotAFailureRateIsNotJudgedAsOne() {
            Measure context = rules().measures().stream()
                    .filter(m -> m.kind() == Measure.Kind.METRIC && m.id().equals("outstanding-suspects-risk-graded"))
                    .findFirst().orElseThrow();
            RuleHarness.Run run = run(metric("low", context.id(), 0), metric("high", context.id(), 100));
            assertThat(fired(run, "EV-")).isEmpty();
            assertThat(Reading.of(run.signals())).isEmpty();
        }
    }

    @Nested
    class EarlierInspections {
        @ParameterizedTest
        @EnumSource(PriorItem.Kind.class)
        void anyItemTheForceHasResolvedShowsTheCharacteristicMet(PriorItem.Kind kind) {
            RuleHarness.Run run = run(prior("p", kind, 2019, CHARACTERISTIC, PriorItem.Progress.RESOLVED));
            assertThat(fired(run, "EV-")).containsExactly("EV-20");
            assertThat(Reading.of(run.signals())).containsExactly(new Reading(CHARACTERISTIC, Status.MET, false, "p"));
        }

        @ParameterizedTest
        @EnumSource(value = PriorItem.Kind.class, names = "CAUSE_OF_CONCERN", mode = EnumSource.Mode.EXCLUDE)
        void anOutstandingRecommendationOrAreaForImprovementShowsItPartlyMet(PriorItem.Kind kind) {
            for (PriorItem.Progress progress : new PriorItem.Progress[] {PriorItem.Progress.PARTLY_RESOLVED,
                    PriorItem.Progress.NOT_RESOLVED}) {
                RuleHarness.Run run = run(prior("p", kind, 2019, CHARACTERISTIC, progress));
                assertThat(fired(run, "EV-")).as("%s %s", kind, progress).containsExactly("EV-21");
                assertThat(Reading.of(run.signals())).containsExactly(new Reading(CHARACTERISTIC, Status.PARTLY_MET, false, "p"));
            }
        }

        @ParameterizedTest
        @EnumSource(PriorItem.Kind.class)
        void anItemWhoseProgressIsNotStatedRaisesNoSignalAndNoRuleReactsToIt(PriorItem.Kind kind) {
            RuleHarness.Run run = run(prior("p", kind, 2019, CHARACTERISTIC, PriorItem.Progress.NOT_STATED));
            assertThat(Reading.of(run.signals())).isEmpty();
            assertThat(run.fired()).as("the rules fired, against those for no evidence at all")
                    .isEqualTo(run().fired());
        }

        @Test
        void anItemWithoutAYearIsReadLikeAnyOther() {
            RuleHarness.Run resolved = run(prior("p", PriorItem.Kind.AREA_FOR_IMPROVEMENT, null, CHARACTERISTIC,
                    PriorItem.Progress.RESOLVED));
            assertThat(Reading.of(resolved.signals())).containsExactly(new Reading(CHARACTERISTIC, Status.MET, false, "p"));
            RuleHarness.Run outstanding = run(prior("p", PriorItem.Kind.CAUSE_OF_CONCERN, null, CHARACTERISTIC,
                    PriorItem.Progress.NOT_RESOLVED));
            assertThat(fired(outstanding, "EV-")).containsExactly("EV-22");
        }

        @Test
        void anOutstandingCauseOfConcernShowsItNotMet() {
            RuleHarness.Run run = run(prior("p", PriorItem.Kind.CAUSE_OF_CONCERN, 2019, CHARACTERISTIC,
                    PriorItem.Progress.PARTLY_RESOLVED));
            assertThat(fired(run, "EV-")).containsExactly("EV-22");
            assertThat(Reading.of(run.signals())).containsExactly(new Reading(CHARACTERISTIC, Status.NOT_MET, false, "p"));
        }
    }

    @Nested
    class PracticeRules {
        @Test
        void practiceNewToPolicingAcrossTheForceExceedsTheCharacteristic() {
            RuleHarness.Run run = run(practice("p", CHARACTERISTIC, Practice.Novelty.NEW_TO_POLICING,
                    Practice.Reach.FORCE_WIDE));
            assertThat(fired(run, "EV-")).containsExactly("EV-30");
            assertThat(Reading.of(run.signals())).containsExactly(new Reading(CHARACTERISTIC, Status.EXCEEDED, false, "p"));
        }

        static Stream<Arguments> notInnovative() {
            return Stream.of(
                    Arguments.of(Practice.Novelty.NEW_TO_POLICING, Practice.Reach.LOCAL),
                    Arguments.of(Practice.Novelty.NEW_TO_POLICING, Practice.Reach.PILOT),
                    Arguments.of(Practice.Novelty.ESTABLISHED_ELSEWHERE, Practice.Reach.FORCE_WIDE),
                    Arguments.of(Practice.Novelty.ESTABLISHED_ELSEWHERE, Practice.Reach.LOCAL),
                    Arguments.of(Practice.Novelty.ESTABLISHED_ELSEWHERE, Practice.Reach.PILOT));
        }

        @ParameterizedTest(name = "{0}, {1}")
        @MethodSource("notInnovative")
        void anyOtherPracticeShowsTheCharacteristicMet(Practice.Novelty novelty, Practice.Reach reach) {
            RuleHarness.Run run = run(practice("p", CHARACTERISTIC, novelty, reach));
            assertThat(fired(run, "EV-")).containsExactly("EV-31");
            assertThat(Reading.of(run.signals())).containsExactly(new Reading(CHARACTERISTIC, Status.MET, false, "p"));
        }
    }

    /**
     * What each signal weighs (standards.yaml, weight-*) and whether it decides the characteristic whatever else is
     * found. The other tests compare readings, which leave both out.
     */
    @Nested
    class Weights {
        /** The one signal a run raised. */
        static Signal theSignal(RuleHarness.Run run) {
            assertThat(run.signals()).hasSize(1);
            return run.signals().get(0);
        }

        static Stream<Rating> rated() {
            return Stream.of(Rating.values()).filter(r -> r != Rating.NEUTRAL);
        }

        @ParameterizedTest
        @MethodSource("rated")
        void anObservationWeighsAsAnInspectorsFinding(Rating rating) {
            Signal s = theSignal(run(observation("o", CHARACTERISTIC, rating)));
            assertThat(s.weight()).isEqualTo(standard("weight-observation"));
            assertThat(s.decisive()).isFalse();
        }

        @ParameterizedTest
        @MethodSource("rated")
        void aHeadlineObservationWeighsAsTheReportsOwnJudgment(Rating rating) {
            Signal s = theSignal(run(headline("o", CHARACTERISTIC, rating)));
            assertThat(s.weight()).isEqualTo(standard("weight-headline"));
            assertThat(s.decisive()).as("not even a headline finding that it is not met").isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = Rating.class, names = {"PARTLY_MEETS", "DOES_NOT_MEET"})
        void aShortfallTheSourceCallsSeriousFiresEv06AndIsDecisiveAndSystemic(Rating rating) {
            Observation serious = new Observation("o", CHARACTERISTIC, rating, Emphasis.DETAIL, Severity.SERIOUS,
                    "what the inspectors found", RuleFixtures.SOURCE);
            RuleHarness.Run run = run(serious);
            assertThat(fired(run, "EV-")).containsExactly("EV-06");
            Signal s = theSignal(run);
            assertThat(s.status()).isEqualTo(rating == Rating.DOES_NOT_MEET ? Status.NOT_MET : Status.PARTLY_MET);
            assertThat(s.weight()).isEqualTo(standard("weight-observation"));
            assertThat(s.decisive()).isTrue();
            assertThat(s.atSystemicRate()).isTrue();
            // Decisive: not met, and a systemic shortfall on its own (AS-12), whatever success stands beside it.
            RuleHarness.Run beside = run(serious, headline("h", CHARACTERISTIC, Rating.EXCEEDS));
            assertThat(RuleFixtures.status(beside, CHARACTERISTIC)).isEqualTo(Status.NOT_MET);
            assertThat(beside.fired("AS-12")).isTrue();
        }

        static Stream<Arguments> measured() {
            return Stream.of(
                    Arguments.of("EV-10", auditRate("a", FAILURE_RATE.id(), systemic(), minimumSample()), true),
                    Arguments.of("EV-11", auditRate("a", FAILURE_RATE.id(), systemic(), minimumSample() - 1), false),
                    Arguments.of("EV-12", auditRate("a", FAILURE_RATE.id(), material(), minimumSample()), false),
                    Arguments.of("EV-13", audit("a", FAILURE_RATE.id(), 0, minimumSample()), false),
                    Arguments.of("EV-14", metric("m", FAILURE_RATE.id(), systemic()), true),
                    Arguments.of("EV-15", metric("m", FAILURE_RATE.id(), material()), false),
                    Arguments.of("EV-16", metric("m", FAILURE_RATE.id(), 0), false));
        }

        /** Only failures at the systemic rate in a sample large enough to tell decide it on their own. */
        @ParameterizedTest(name = "{0}: decisive {2}")
        @MethodSource("measured")
        void aCaseAuditOrForceDataWeighsAsAMeasure(String rule, Object item, boolean decisive) {
            RuleHarness.Run run = run(item);
            assertThat(fired(run, "EV-")).containsExactly(rule);
            Signal s = theSignal(run);
            assertThat(s.weight()).isEqualTo(standard("weight-measured"));
            assertThat(s.decisive()).isEqualTo(decisive);
        }

        static Stream<Arguments> earlier() {
            return Stream.of(
                    Arguments.of("EV-20", PriorItem.Kind.CAUSE_OF_CONCERN, PriorItem.Progress.RESOLVED, false),
                    Arguments.of("EV-21", PriorItem.Kind.AREA_FOR_IMPROVEMENT, PriorItem.Progress.NOT_RESOLVED, false),
                    Arguments.of("EV-21", PriorItem.Kind.RECOMMENDATION, PriorItem.Progress.PARTLY_RESOLVED, false),
                    Arguments.of("EV-22", PriorItem.Kind.CAUSE_OF_CONCERN, PriorItem.Progress.PARTLY_RESOLVED, true));
        }

        /** Only an earlier cause of concern still outstanding decides it on its own. */
        @ParameterizedTest(name = "{0}: {1} {2}")
        @MethodSource("earlier")
        void anEarlierInspectionsItemWeighsAsAnEarlierInspection(String rule, PriorItem.Kind kind,
                                                                 PriorItem.Progress progress, boolean decisive) {
            RuleHarness.Run run = run(prior("p", kind, 2019, CHARACTERISTIC, progress));
            assertThat(fired(run, "EV-")).containsExactly(rule);
            Signal s = theSignal(run);
            assertThat(s.weight()).isEqualTo(standard("weight-earlier-inspection"));
            assertThat(s.decisive()).isEqualTo(decisive);
        }

        @ParameterizedTest
        @EnumSource(Practice.Novelty.class)
        void practiceWeighsAsAnInspectorsFinding(Practice.Novelty novelty) {
            Signal s = theSignal(run(practice("p", CHARACTERISTIC, novelty, Practice.Reach.FORCE_WIDE)));
            assertThat(s.weight()).isEqualTo(standard("weight-observation"));
            assertThat(s.decisive()).isFalse();
        }

        @Test
        void theWeightsRankAsTheStandardsSayTheirKindsDo() {
            // A headline, a measure and an earlier inspection each outweigh a single finding.
            assertThat(standard("weight-observation")).isPositive();
            assertThat(standard("weight-headline")).isGreaterThan(standard("weight-observation"));
            assertThat(standard("weight-measured")).isGreaterThan(standard("weight-observation"));
            assertThat(standard("weight-earlier-inspection")).isGreaterThan(standard("weight-observation"));
        }
    }
}
