package org.peelrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.peelrules.rules.RuleFixtures.allAssessments;
import static org.peelrules.rules.RuleFixtures.assessed;
import static org.peelrules.rules.RuleFixtures.audit;
import static org.peelrules.rules.RuleFixtures.auditRate;
import static org.peelrules.rules.RuleFixtures.characteristic;
import static org.peelrules.rules.RuleFixtures.fired;
import static org.peelrules.rules.RuleFixtures.headline;
import static org.peelrules.rules.RuleFixtures.judgment;
import static org.peelrules.rules.RuleFixtures.metric;
import static org.peelrules.rules.RuleFixtures.observation;
import static org.peelrules.rules.RuleFixtures.practice;
import static org.peelrules.rules.RuleFixtures.prior;
import static org.peelrules.rules.RuleFixtures.rules;
import static org.peelrules.rules.RuleFixtures.run;
import static org.peelrules.rules.RuleFixtures.standard;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peelrules.RuleHarness;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.CharacteristicAssessment;
import org.peelrules.judgment.Recommendation;
import org.peelrules.judgment.Status;

/**
 * assessment.drl: each characteristic's status from the weighed evidence on it (AS-00..AS-08): only the heaviest
 * evidence on each side counts, a decisive failure means not met, and evidence on both sides meets in the middle
 * (mostly met, partly met); and the systemic shortfalls that ground a cause of concern (AS-10..AS-13). Weights
 * are read from standards.yaml; what each kind of evidence weighs is tested in EvidenceRulesTest.
 */
class AssessmentRulesTest {
    static final String CHARACTERISTIC = "5.2.2";

    /** A failure-rate measure of the register and the characteristic it informs. */
    static final Measure FAILURE_RATE = rules().measures().stream()
            .filter(m -> m.kind() == Measure.Kind.FAILURE_RATE).findFirst().orElseThrow();
    static final String AUDITED = FAILURE_RATE.characteristic();

    /** Every rule of the file is one this class tests. */
    @Test
    void theFileHoldsTheRulesTestedHere() {
        assertThat(RuleFixtures.rulesIn("assessment.drl")).containsExactly("AS-00", "AS-01", "AS-02", "AS-03",
                "AS-04", "AS-05", "AS-06", "AS-07", "AS-08", "AS-10", "AS-11", "AS-12", "AS-13");
    }

    static Status statusOf(RuleHarness.Run run) {
        return assessed(run, CHARACTERISTIC).status();
    }

    /** The rules of the status stage that fired on the one characteristic with evidence (AS-08 on all others). */
    static void decidedBy(RuleHarness.Run run, String rule) {
        assertThat(run.fired().get("AS-00")).as("one balance for the one characteristic with evidence").isEqualTo(1);
        assertThat(fired(run, "AS-0")).containsExactly("AS-00", rule, "AS-08");
        assertThat(run.fired().get(rule)).isEqualTo(1);
    }

    @Nested
    class StatusFromSignals {
        @Test
        void theseTestsRestOnAHeadlineOutweighingADetail() {
            // A headline finding and a detail beside it are the lightest pair of weights to set against each other.
            assertThat(standard("weight-headline")).isGreaterThan(standard("weight-observation"));
        }

        @Test
        void aPartialShortfallWeighingAsMuchAsTheSuccessIsMostlyMet() {
            RuleHarness.Run run = run(observation("meets", CHARACTERISTIC, Rating.MEETS),
                    observation("partly", CHARACTERISTIC, Rating.PARTLY_MEETS));
            decidedBy(run, "AS-06");
            assertThat(statusOf(run)).isEqualTo(Status.MOSTLY_MET);
            assertThat(assessed(run, CHARACTERISTIC).evidence()).containsExactly("meets", "partly");
        }

        @Test
        void heavierSuccessOutweighsAFindingThatItIsNotMetLeavingItMostlyMet() {
            RuleHarness.Run run = run(headline("meets", CHARACTERISTIC, Rating.MEETS),
                    observation("fails", CHARACTERISTIC, Rating.DOES_NOT_MEET));
            decidedBy(run, "AS-06");
            assertThat(statusOf(run)).isEqualTo(Status.MOSTLY_MET);
        }

        @Test
        void aFindingThatItIsNotMetOutweighingTheSuccessIsNotMet() {
            RuleHarness.Run run = run(observation("exceeds", CHARACTERISTIC, Rating.EXCEEDS),
                    headline("fails", CHARACTERISTIC, Rating.DOES_NOT_MEET));
            decidedBy(run, "AS-04");
            assertThat(statusOf(run)).isEqualTo(Status.NOT_MET);
            assertThat(assessed(run, CHARACTERISTIC).evidence()).containsExactly("exceeds", "fails");
        }

        @Test
        void aFindingThatItIsNotMetWeighingAsMuchAsTheSuccessIsPartlyMet() {
            RuleHarness.Run run = run(observation("meets", CHARACTERISTIC, Rating.MEETS),
                    observation("fails", CHARACTERISTIC, Rating.DOES_NOT_MEET));
            decidedBy(run, "AS-05");
            assertThat(statusOf(run)).isEqualTo(Status.PARTLY_MET);
        }

        @Test
        void aPartialShortfallOutweighingTheSuccessIsPartlyMet() {
            RuleHarness.Run run = run(observation("meets", CHARACTERISTIC, Rating.MEETS),
                    headline("partly", CHARACTERISTIC, Rating.PARTLY_MEETS));
            decidedBy(run, "AS-05");
            assertThat(statusOf(run)).isEqualTo(Status.PARTLY_MET);
        }

        @Test
        void aDecisiveFailureIsNotMetWhateverElseIsFound() {
            // An earlier cause of concern still outstanding, against the heaviest evidence of success there is.
            RuleHarness.Run run = run(prior("coc", PriorItem.Kind.CAUSE_OF_CONCERN, 2019, CHARACTERISTIC,
                            PriorItem.Progress.PARTLY_RESOLVED),
                    headline("exceeds", CHARACTERISTIC, Rating.EXCEEDS),
                    prior("resolved", PriorItem.Kind.AREA_FOR_IMPROVEMENT, 2019, CHARACTERISTIC,
                            PriorItem.Progress.RESOLVED),
                    practice("p", CHARACTERISTIC, Practice.Novelty.NEW_TO_POLICING, Practice.Reach.FORCE_WIDE));
            decidedBy(run, "AS-01");
            assertThat(statusOf(run)).isEqualTo(Status.NOT_MET);
            assertThat(assessed(run, CHARACTERISTIC).evidence()).containsExactly("coc", "exceeds", "p", "resolved");
        }

        @Test
        void failuresAtTheSystemicRateAreADecisiveFailureToo() {
            RuleHarness.Run run = run(auditRate("systemic", FAILURE_RATE.id(), standard("audit-systemic-failure-rate"),
                            (int) standard("audit-minimum-sample")),
                    headline("exceeds", AUDITED, Rating.EXCEEDS),
                    audit("few", FAILURE_RATE.id(), 0, (int) standard("audit-minimum-sample")));
            assertThat(run.fired("AS-01")).isTrue();
            assertThat(assessed(run, AUDITED).status()).isEqualTo(Status.NOT_MET);
        }

        @Test
        void evidenceOnlyOfAShortfallIsNotMetIfAnyOfItSaysSoWhateverItWeighs() {
            RuleHarness.Run run = run(headline("partly", CHARACTERISTIC, Rating.PARTLY_MEETS),
                    observation("fails", CHARACTERISTIC, Rating.DOES_NOT_MEET));
            decidedBy(run, "AS-02");
            assertThat(statusOf(run)).isEqualTo(Status.NOT_MET);
        }

        @Test
        void evidenceOnlyOfAPartialShortfallIsPartlyMet() {
            RuleHarness.Run run = run(observation("partly", CHARACTERISTIC, Rating.PARTLY_MEETS),
                    headline("partly-headline", CHARACTERISTIC, Rating.PARTLY_MEETS));
            decidedBy(run, "AS-03");
            assertThat(statusOf(run)).isEqualTo(Status.PARTLY_MET);
        }

        @Test
        void exceededWithNothingFallingShortIsExceeded() {
            RuleHarness.Run run = run(observation("exceeds", CHARACTERISTIC, Rating.EXCEEDS),
                    observation("meets", CHARACTERISTIC, Rating.MOSTLY_MEETS));
            decidedBy(run, "AS-07");
            assertThat(statusOf(run)).isEqualTo(Status.EXCEEDED);
            assertThat(assessed(run, CHARACTERISTIC).evidence()).containsExactly("exceeds", "meets");
        }

        @Test
        void metWithNothingElseIsMet() {
            RuleHarness.Run run = run(observation("meets", CHARACTERISTIC, Rating.MEETS));
            decidedBy(run, "AS-07");
            assertThat(statusOf(run)).isEqualTo(Status.MET);
        }

        @Test
        void mostlyMetWithNothingElseIsMostlyMet() {
            RuleHarness.Run run = run(headline("mostly", CHARACTERISTIC, Rating.MOSTLY_MEETS));
            decidedBy(run, "AS-07");
            assertThat(statusOf(run)).isEqualTo(Status.MOSTLY_MET);
        }

        @Test
        void withoutEvidenceEveryCharacteristicIsInsufficientEvidenceNeverAGuess() {
            RuleHarness.Run run = run();
            assertThat(fired(run, "AS-")).containsExactly("AS-08");
            assertThat(run.fired().get("AS-08")).isEqualTo(rules().characteristics().size());
            assertThat(allAssessments(run)).hasSize(rules().characteristics().size())
                    .allSatisfy(a -> {
                        assertThat(a.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
                        assertThat(a.evidence()).isEmpty();
                    });
        }

        @Test
        void theEvidenceOnEachCharacteristicIsWeighedOnce() {
            RuleHarness.Run run = run(observation("a", CHARACTERISTIC, Rating.EXCEEDS),
                    observation("b", CHARACTERISTIC, Rating.DOES_NOT_MEET),
                    observation("c", "4.1.2", Rating.MEETS));
            assertThat(run.fired().get("AS-00")).isEqualTo(2);
            assertThat(run.fired().get("AS-08")).isEqualTo(rules().characteristics().size() - 2);
        }

        static final Rating[] RATINGS = {Rating.EXCEEDS, Rating.MEETS, Rating.MOSTLY_MEETS, Rating.PARTLY_MEETS,
                Rating.DOES_NOT_MEET};
        static final Status[] SIGNALS = {Status.EXCEEDED, Status.MET, Status.MOSTLY_MET, Status.PARTLY_MET,
                Status.NOT_MET};

        /** The observations of one weight on the characteristic for the ratings {@code mask} picks, each copied. */
        static List<Object> observations(int mask, int copies) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < RATINGS.length; i++) {
                for (int copy = 0; copy < copies && (mask & (1 << i)) != 0; copy++) {
                    items.add(observation("o-" + i + "-" + copy, CHARACTERISTIC, RATINGS[i]));
                }
            }
            return items;
        }

        /**
         * Every mix of ratings of one weight: without a shortfall the best evidence decides; with only shortfalls,
         * not met if any says so; with both sides weighing the same, the two meet in the middle: a finding that it
         * is not met leaves it partly met, a partial shortfall leaves it mostly met.
         */
        @Test
        void everyMixOfRatingsOfOneWeightTakesTheStatusTheBalanceGives() {
            for (int mask = 1; mask < 1 << RATINGS.length; mask++) {
                List<Status> statuses = new ArrayList<>();
                for (int i = 0; i < RATINGS.length; i++) {
                    if ((mask & (1 << i)) != 0) {
                        statuses.add(SIGNALS[i]);
                    }
                }
                boolean success = statuses.stream().anyMatch(s -> s.ordinal() <= Status.MOSTLY_MET.ordinal());
                boolean shortfall = statuses.contains(Status.PARTLY_MET) || statuses.contains(Status.NOT_MET);
                boolean notMet = statuses.contains(Status.NOT_MET);
                Status expected = !shortfall ? statuses.get(0)
                        : !success ? (notMet ? Status.NOT_MET : Status.PARTLY_MET)
                        : notMet ? Status.PARTLY_MET : Status.MOSTLY_MET;
                assertThat(statusOf(run(observations(mask, 1).toArray()))).as("ratings %s", statuses)
                        .isEqualTo(expected);
            }
        }

        @Test
        void aFindingWrittenAsOneObservationOrAsThreeWeighsTheSame() {
            for (int mask = 1; mask < 1 << RATINGS.length; mask++) {
                Status once = statusOf(run(observations(mask, 1).toArray()));
                assertThat(statusOf(run(observations(mask, 3).toArray()))).as("mix %s", Integer.toBinaryString(mask))
                        .isEqualTo(once);
            }
        }

        @Test
        void aMeasureSplitIntoSeveralSamplesWeighsTheSameAsOne() {
            // A material rate of failure against a headline success: mostly met, in one sample or in three.
            int sample = (int) standard("audit-minimum-sample");
            double material = standard("audit-material-failure-rate");
            Status whole = assessed(run(headline("meets", AUDITED, Rating.MEETS),
                    auditRate("whole", FAILURE_RATE.id(), material, 3 * sample)), AUDITED).status();
            Status split = assessed(run(headline("meets", AUDITED, Rating.MEETS),
                    auditRate("part-1", FAILURE_RATE.id(), material, sample),
                    auditRate("part-2", FAILURE_RATE.id(), material, sample),
                    auditRate("part-3", FAILURE_RATE.id(), material, sample)), AUDITED).status();
            assertThat(whole).isEqualTo(Status.MOSTLY_MET);
            assertThat(split).isEqualTo(whole);
        }

        @Test
        void manyLightShortfallsDoNotAddUpToAHeavierOne() {
            RuleHarness.Run run = run(headline("meets", CHARACTERISTIC, Rating.MEETS),
                    observation("fails-1", CHARACTERISTIC, Rating.DOES_NOT_MEET),
                    observation("fails-2", CHARACTERISTIC, Rating.DOES_NOT_MEET),
                    observation("fails-3", CHARACTERISTIC, Rating.DOES_NOT_MEET));
            assertThat(statusOf(run)).isEqualTo(Status.MOSTLY_MET);
        }

        @Test
        void aLighterFindingNotMetBesideTheHeaviestShortfallDoesNotDecide() {
            // The heaviest shortfall is partial, so it weighs against the headline success as a partial one.
            RuleHarness.Run run = run(headline("meets", CHARACTERISTIC, Rating.MEETS),
                    headline("partly", CHARACTERISTIC, Rating.PARTLY_MEETS),
                    observation("fails", CHARACTERISTIC, Rating.DOES_NOT_MEET));
            decidedBy(run, "AS-06");
            assertThat(statusOf(run)).isEqualTo(Status.MOSTLY_MET);
        }

        @Test
        void everyCharacteristicGetsExactlyOneStatus() {
            RuleHarness.Run run = run(observation("a", CHARACTERISTIC, Rating.EXCEEDS),
                    observation("b", CHARACTERISTIC, Rating.DOES_NOT_MEET),
                    observation("c", "4.1.2", Rating.MEETS));
            assertThat(allAssessments(run)).extracting(CharacteristicAssessment::characteristic)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(rules().characteristics().stream().map(Characteristic::id)
                            .toList());
        }

        @Test
        void anAssessmentCountsTowardsTheAreaItsCharacteristicFeeds() {
            Characteristic fed = rules().characteristics().stream().filter(c -> c.feeds() != null).findFirst()
                    .orElseThrow();
            RuleHarness.Run run = run(observation("o", fed.id(), Rating.MEETS));
            CharacteristicAssessment a = assessed(run, fed.id());
            assertThat(a.area()).isEqualTo(fed.area());
            assertThat(a.countsTowards()).isEqualTo(fed.feeds());
        }
    }

    @Nested
    class SystemicShortfalls {
        final int needed = (int) standard("systemic-corroborating-tests");

        /** {@code n} separate audits of the measure, each at the systemic rate in a sample large enough to tell. */
        List<Object> systemicAudits(int n) {
            List<Object> audits = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                audits.add(auditRate("audit-" + i, FAILURE_RATE.id(), standard("audit-systemic-failure-rate"),
                        (int) standard("audit-minimum-sample")));
            }
            return audits;
        }

        @Test
        void asManyTestsAtTheSystemicRateAsThePolicyNeedsAreASystemicShortfall() {
            RuleHarness.Run run = run(systemicAudits(needed).toArray());
            assertThat(run.fired().get("AS-10")).isEqualTo(1);
            assertThat(judgment(run, characteristic(AUDITED).area()).causesOfConcern())
                    .flatExtracting(CauseOfConcern::characteristics).containsExactly(AUDITED);
        }

        @Test
        void theSameFigureFromTheSameSourceGivenUnderManyIdsIsOneTest() {
            CaseAudit one = (CaseAudit) systemicAudits(1).get(0);
            List<Object> copies = new ArrayList<>();
            for (int i = 0; i < needed; i++) {
                copies.add(new CaseAudit("copy-" + i, one.measure(), one.failing(), one.sampled(), one.failureRate(),
                        one.marginOfError(), one.note(), one.source()));
            }
            RuleHarness.Run run = run(copies.toArray());
            assertThat(run.fired("AS-10")).as("copies do not corroborate each other").isFalse();
            assertThat(judgment(run, characteristic(AUDITED).area()).causesOfConcern()).isEmpty();
            assertThat(Reading.of(run.signalsOn(AUDITED))).extracting(Reading::evidence)
                    .as("every copy is still read").hasSize(needed);
        }

        @Test
        void oneTestFewerIsNot() {
            assumeTrue(needed > 1, "one test is enough for a systemic shortfall under this policy");
            RuleHarness.Run run = run(systemicAudits(needed - 1).toArray());
            assertThat(run.fired("AS-10")).isFalse();
            assertThat(run.fired("AS-12")).as("no national standard among them").isFalse();
            assertThat(assessed(run, AUDITED).status()).isEqualTo(Status.NOT_MET);
            assertThat(judgment(run, characteristic(AUDITED).area()).causesOfConcern()).isEmpty();
        }

        @Test
        void aCaseAuditAndForceDataCorroborateEachOther() {
            assumeTrue(needed == 2, "the policy asks for a different number of tests");
            RuleHarness.Run run = run(systemicAudits(1).get(0),
                    metric("force-data", FAILURE_RATE.id(), standard("audit-systemic-failure-rate")));
            assertThat(run.fired("AS-10")).isTrue();
            assertThat(judgment(run, characteristic(AUDITED).area()).causesOfConcern()).singleElement()
                    .satisfies(c -> assertThat(c.evidence()).containsExactly("audit-1", "force-data"));
        }

        @Test
        void failuresInASmallSampleNeverCountTowardsASystemicShortfall() {
            List<Object> small = new ArrayList<>();
            for (int i = 1; i <= needed; i++) {
                small.add(auditRate("small-" + i, FAILURE_RATE.id(), 100, (int) standard("audit-minimum-sample") - 1));
            }
            RuleHarness.Run run = run(small.toArray());
            assertThat(run.fired("AS-10")).isFalse();
            assertThat(assessed(run, AUDITED).status()).isEqualTo(Status.NOT_MET);
        }

        @Test
        void signalsOnDifferentCharacteristicsDoNotCorroborateEachOther() {
            assumeTrue(needed > 1, "one test is enough for a systemic shortfall under this policy");
            String other = rules().measures().stream()
                    .filter(m -> m.kind() == Measure.Kind.FAILURE_RATE && !m.characteristic().equals(AUDITED))
                    .findFirst().orElseThrow().id();
            List<Object> items = new ArrayList<>(systemicAudits(needed - 1));
            items.add(auditRate("elsewhere", other, 100, null));
            RuleHarness.Run run = run(items.toArray());
            assertThat(run.fired("AS-10")).isFalse();
        }

        /** The share of 101 calls abandoned, at the systemic rate: a national standard missed widely (RP-08). */
        Object abandonedAtTheSystemicRate(String id) {
            return metric(id, "non-emergency-calls-abandoned", standard("audit-systemic-failure-rate"));
        }

        @Test
        void aNationalStandardMissedAtTheSystemicRateIsASystemicShortfallOnItsOwn() {
            assumeTrue(needed > 1, "one test is enough for a systemic shortfall under this policy");
            RuleHarness.Run run = run(abandonedAtTheSystemicRate("abandoned"));
            assertThat(fired(run, "AS-1")).containsExactly("AS-12");
            assertThat(assessed(run, "4.1.1").status()).isEqualTo(Status.NOT_MET);
            assertThat(judgment(run, characteristic("4.1.1").area()).causesOfConcern()).singleElement()
                    .satisfies(c -> {
                        assertThat(c.characteristics()).containsExactly("4.1.1");
                        assertThat(c.evidence()).containsExactly("abandoned");
                    });
        }

        @Test
        void twoNationalStandardsMissedAtTheSystemicRateCorroborateEachOther() {
            assumeTrue(needed == 2, "the policy asks for a different number of tests");
            RuleHarness.Run run = run(abandonedAtTheSystemicRate("abandoned"),
                    metric("answered", "emergency-calls-answered-within-10-seconds", 0));
            assertThat(fired(run, "AS-1")).containsExactly("AS-10");
            assertThat(judgment(run, characteristic("4.1.1").area()).causesOfConcern()).singleElement()
                    .satisfies(c -> assertThat(c.evidence()).containsExactly("abandoned", "answered"));
        }

        @Test
        void besideAnOutstandingEarlierCauseOfConcernItIsOneShortfallWithBothGrounds() {
            RuleHarness.Run run = run(abandonedAtTheSystemicRate("abandoned"),
                    prior("p", PriorItem.Kind.CAUSE_OF_CONCERN, 2019, "4.1.1", PriorItem.Progress.NOT_RESOLVED));
            assertThat(fired(run, "AS-1")).containsExactly("AS-11");
            assertThat(judgment(run, characteristic("4.1.1").area()).causesOfConcern()).singleElement()
                    .satisfies(c -> assertThat(c.evidence()).containsExactly("abandoned", "p"));
        }

        @Test
        void anOutstandingCauseOfConcernFromAnEarlierInspectionRemainsSystemic() {
            RuleHarness.Run run = run(prior("p", PriorItem.Kind.CAUSE_OF_CONCERN, 2019, CHARACTERISTIC,
                    PriorItem.Progress.PARTLY_RESOLVED));
            assertThat(run.fired("AS-11")).isTrue();
            assertThat(judgment(run, characteristic(CHARACTERISTIC).area()).causesOfConcern()).singleElement()
                    .satisfies(c -> {
                        assertThat(c.characteristics()).containsExactly(CHARACTERISTIC);
                        assertThat(c.evidence()).containsExactly("p");
                    });
        }

        @Test
        void aResolvedCauseOfConcernIsNot() {
            RuleHarness.Run run = run(prior("p", PriorItem.Kind.CAUSE_OF_CONCERN, 2019, CHARACTERISTIC,
                    PriorItem.Progress.RESOLVED));
            assertThat(run.fired("AS-11")).isFalse();
            assertThat(assessed(run, CHARACTERISTIC).status()).isEqualTo(Status.MET);
            assertThat(judgment(run, characteristic(CHARACTERISTIC).area()).causesOfConcern()).isEmpty();
        }

        @Test
        void aCharacteristicIsOneSystemicShortfallHoweverManyGroundsItHas() {
            List<Object> items = new ArrayList<>(systemicAudits(needed));
            items.add(prior("p", PriorItem.Kind.CAUSE_OF_CONCERN, 2019, AUDITED, PriorItem.Progress.NOT_RESOLVED));
            RuleHarness.Run run = run(items.toArray());
            assertThat(run.fired().getOrDefault("AS-10", 0) + run.fired().getOrDefault("AS-11", 0)).isEqualTo(1);
            assertThat(judgment(run, characteristic(AUDITED).area()).causesOfConcern()).singleElement()
                    .satisfies(c -> assertThat(c.recommendations()).extracting(Recommendation::characteristic)
                            .containsExactly(AUDITED));
        }
    }

    /** AS-13: a topic short on every characteristic its evidence speaks to, with a headline finding one not met. */
    @Nested
    class TopicShortAcrossTheBoard {
        final int needed = (int) standard("systemic-topic-minimum-short");
        final String topic = characteristic("4.1.1").topic();
        /** The topic's characteristics, the first the one its headline finds not met. */
        final List<String> inTopic = rules().characteristics().stream().filter(c -> c.topic().equals(topic))
                .map(Characteristic::id).sorted().toList();

        /** The headline not-met finding on the first characteristic, and partial shortfalls on the next ones. */
        List<Object> shortOn(int characteristics) {
            List<Object> items = new ArrayList<>();
            items.add(headline("headline", inTopic.get(0), Rating.DOES_NOT_MEET));
            for (int i = 1; i < characteristics; i++) {
                items.add(observation("short-" + i, inTopic.get(i), Rating.PARTLY_MEETS));
            }
            return items;
        }

        @Test
        void theTopicHasRoomForTheseTests() {
            assertThat(inTopic.size()).isGreaterThan(needed);
        }

        @Test
        void asManyCharacteristicsShortAsThePolicyNeedsWithNothingDemonstratedAreACauseOfConcern() {
            RuleHarness.Run run = run(shortOn(needed).toArray());
            assertThat(fired(run, "AS-1")).containsExactly("AS-13");
            assertThat(run.fired().get("AS-13")).as("on the characteristic the headline finds not met").isEqualTo(1);
            assertThat(judgment(run, characteristic(inTopic.get(0)).area()).causesOfConcern()).singleElement()
                    .satisfies(c -> {
                        assertThat(c.topic()).isEqualTo(topic);
                        assertThat(c.characteristics()).containsExactlyElementsOf(inTopic.subList(0, needed));
                        assertThat(c.evidence()).as("the headline is its ground").contains("headline");
                        assertThat(c.recommendations()).extracting(Recommendation::characteristic)
                                .containsExactlyElementsOf(inTopic.subList(0, needed));
                    });
        }

        @Test
        void oneCharacteristicFewerIsAnAreaForImprovement() {
            RuleHarness.Run run = run(shortOn(needed - 1).toArray());
            assertThat(run.fired("AS-13")).isFalse();
            assertThat(judgment(run, characteristic(inTopic.get(0)).area()).causesOfConcern()).isEmpty();
        }

        @Test
        void oneCharacteristicOfTheTopicDemonstratedMeansTheTopicIsNotFailingThroughout() {
            List<Object> items = shortOn(needed);
            items.add(observation("demonstrated", inTopic.get(needed), Rating.MEETS));
            RuleHarness.Run run = run(items.toArray());
            assertThat(run.fired("AS-13")).isFalse();
            assertThat(judgment(run, characteristic(inTopic.get(0)).area()).causesOfConcern()).isEmpty();
        }

        @Test
        void withoutAHeadlineFindingItNotMetTheShortfallIsNotSerious() {
            List<Object> items = new ArrayList<>(shortOn(needed));
            items.set(0, observation("detail", inTopic.get(0), Rating.DOES_NOT_MEET));
            RuleHarness.Run run = run(items.toArray());
            assertThat(run.fired("AS-13")).isFalse();
            assertThat(judgment(run, characteristic(inTopic.get(0)).area()).causesOfConcern()).isEmpty();
        }

        @Test
        void oneTestFailingAtTheSystemicRateAddedToTheHeadlineCharacteristicKeepsTheCauseOfConcern() {
            // Worse evidence never removes a cause of concern: one test at the systemic rate is not systemic on its
            // own (AS-10 needs more), so the topic's failing still is.
            assumeTrue(standard("systemic-corroborating-tests") > 1, "one test is systemic on its own here");
            String topicOfAudit = characteristic(AUDITED).topic();
            String other = rules().characteristics().stream()
                    .filter(c -> c.topic().equals(topicOfAudit) && !c.id().equals(AUDITED))
                    .map(Characteristic::id).findFirst().orElseThrow();
            List<Object> items = new ArrayList<>(List.of(headline("headline", AUDITED, Rating.DOES_NOT_MEET),
                    observation("short", other, Rating.PARTLY_MEETS)));
            assertThat(judgment(run(items.toArray()), characteristic(AUDITED).area()).causesOfConcern())
                    .extracting(CauseOfConcern::topic).containsExactly(topicOfAudit);

            items.add(auditRate("audit", FAILURE_RATE.id(), standard("audit-systemic-failure-rate"),
                    (int) standard("audit-minimum-sample")));
            RuleHarness.Run run = run(items.toArray());
            assertThat(fired(run, "AS-1")).containsExactly("AS-13");
            assertThat(judgment(run, characteristic(AUDITED).area()).causesOfConcern())
                    .extracting(CauseOfConcern::topic).containsExactly(topicOfAudit);
        }

        @Test
        void aCharacteristicAlreadySystemicOnOtherGroundsIsOneSystemicShortfall() {
            List<Object> items = shortOn(needed);
            items.add(prior("p", PriorItem.Kind.CAUSE_OF_CONCERN, 2019, inTopic.get(0),
                    PriorItem.Progress.NOT_RESOLVED));
            RuleHarness.Run run = run(items.toArray());
            assertThat(fired(run, "AS-1")).containsExactly("AS-11");
            assertThat(judgment(run, characteristic(inTopic.get(0)).area()).causesOfConcern()).singleElement()
                    .satisfies(c -> assertThat(c.evidence()).contains("p").doesNotContain("headline"));
        }
    }
}
