package org.peelrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.peelrules.rules.RuleFixtures.allAssessments;
import static org.peelrules.rules.RuleFixtures.assessed;
import static org.peelrules.rules.RuleFixtures.auditRate;
import static org.peelrules.rules.RuleFixtures.characteristic;
import static org.peelrules.rules.RuleFixtures.fired;
import static org.peelrules.rules.RuleFixtures.judgment;
import static org.peelrules.rules.RuleFixtures.metric;
import static org.peelrules.rules.RuleFixtures.observation;
import static org.peelrules.rules.RuleFixtures.prior;
import static org.peelrules.rules.RuleFixtures.rules;
import static org.peelrules.rules.RuleFixtures.run;
import static org.peelrules.rules.RuleFixtures.standard;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peelrules.CauseOfConcern;
import org.peelrules.CharacteristicAssessment;
import org.peelrules.Recommendation;
import org.peelrules.RuleHarness;
import org.peelrules.Status;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;

/**
 * assessment.drl: each characteristic's status from its signals, weakest evidence first (AS-01..AS-05), and the
 * systemic shortfalls that ground a cause of concern (AS-10, AS-11).
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
        assertThat(RuleFixtures.rulesIn("assessment.drl")).containsExactly("AS-01", "AS-02", "AS-03", "AS-04",
                "AS-05", "AS-10", "AS-11");
    }

    @Nested
    class StatusFromSignals {
        /** Every mix of ratings on one characteristic: a shortfall decides, else any exceeding evidence, else met. */
        @Test
        void everyMixOfRatingsTakesTheStatusOfItsWeakest() {
            Rating[] ratings = {Rating.EXCEEDS, Rating.MEETS, Rating.PARTLY_MEETS, Rating.DOES_NOT_MEET};
            for (int mask = 1; mask < 16; mask++) {
                List<Object> items = new ArrayList<>();
                List<Status> statuses = new ArrayList<>();
                for (int i = 0; i < ratings.length; i++) {
                    if ((mask & (1 << i)) != 0) {
                        items.add(observation("o-" + i, CHARACTERISTIC, ratings[i]));
                        statuses.add(List.of(Status.EXCEEDED, Status.MET, Status.PARTLY_MET, Status.NOT_MET).get(i));
                    }
                }
                Status weakest = statuses.contains(Status.NOT_MET) ? Status.NOT_MET
                        : statuses.contains(Status.PARTLY_MET) ? Status.PARTLY_MET
                        : statuses.contains(Status.EXCEEDED) ? Status.EXCEEDED : Status.MET;
                assertThat(assessed(run(items.toArray()), CHARACTERISTIC).status()).as("ratings %s", statuses)
                        .isEqualTo(weakest);
            }
        }

        @Test
        void oneSignalNotMetOutweighsEveryOtherSignal() {
            RuleHarness.Run run = run(observation("exceeds", CHARACTERISTIC, Rating.EXCEEDS),
                    observation("meets", CHARACTERISTIC, Rating.MEETS),
                    observation("partly", CHARACTERISTIC, Rating.PARTLY_MEETS),
                    observation("fails", CHARACTERISTIC, Rating.DOES_NOT_MEET));
            assertThat(fired(run, "AS-0")).containsExactly("AS-01", "AS-05");
            assertThat(assessed(run, CHARACTERISTIC).status()).isEqualTo(Status.NOT_MET);
            assertThat(assessed(run, CHARACTERISTIC).evidence()).containsExactly("exceeds", "fails", "meets", "partly");
        }

        @Test
        void partlyMetOutweighsMetAndExceeded() {
            RuleHarness.Run run = run(observation("exceeds", CHARACTERISTIC, Rating.EXCEEDS),
                    observation("meets", CHARACTERISTIC, Rating.MEETS),
                    observation("partly", CHARACTERISTIC, Rating.PARTLY_MEETS));
            assertThat(fired(run, "AS-0")).containsExactly("AS-02", "AS-05");
            assertThat(assessed(run, CHARACTERISTIC).status()).isEqualTo(Status.PARTLY_MET);
        }

        @Test
        void exceededWithNothingFallingShortIsExceeded() {
            RuleHarness.Run run = run(observation("exceeds", CHARACTERISTIC, Rating.EXCEEDS),
                    observation("meets", CHARACTERISTIC, Rating.MOSTLY_MEETS));
            assertThat(fired(run, "AS-0")).containsExactly("AS-03", "AS-05");
            assertThat(assessed(run, CHARACTERISTIC).status()).isEqualTo(Status.EXCEEDED);
            assertThat(assessed(run, CHARACTERISTIC).evidence()).containsExactly("exceeds", "meets");
        }

        @Test
        void metWithNothingElseIsMet() {
            RuleHarness.Run run = run(observation("meets", CHARACTERISTIC, Rating.MEETS));
            assertThat(fired(run, "AS-0")).containsExactly("AS-04", "AS-05");
            assertThat(assessed(run, CHARACTERISTIC).status()).isEqualTo(Status.MET);
        }

        @Test
        void withoutEvidenceEveryCharacteristicIsInsufficientEvidenceNeverAGuess() {
            RuleHarness.Run run = run();
            assertThat(fired(run, "AS-")).containsExactly("AS-05");
            assertThat(run.fired().get("AS-05")).isEqualTo(rules().characteristics().size());
            assertThat(allAssessments(run)).hasSize(rules().characteristics().size())
                    .allSatisfy(a -> {
                        assertThat(a.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
                        assertThat(a.evidence()).isEmpty();
                    });
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
        void oneTestFewerIsNot() {
            assumeTrue(needed > 1, "one test is enough for a systemic shortfall under this policy");
            RuleHarness.Run run = run(systemicAudits(needed - 1).toArray());
            assertThat(run.fired("AS-10")).isFalse();
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
}
