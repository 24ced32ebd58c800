package org.peelrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.peelrules.rules.RuleFixtures.assessed;
import static org.peelrules.rules.RuleFixtures.audit;
import static org.peelrules.rules.RuleFixtures.characteristic;
import static org.peelrules.rules.RuleFixtures.fired;
import static org.peelrules.rules.RuleFixtures.judgment;
import static org.peelrules.rules.RuleFixtures.metric;
import static org.peelrules.rules.RuleFixtures.observation;
import static org.peelrules.rules.RuleFixtures.run;
import static org.peelrules.rules.RuleFixtures.standard;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peelrules.AreaForImprovement;
import org.peelrules.RuleHarness;
import org.peelrules.Status;
import org.peelrules.evidence.Rating;

/**
 * areas/responding-to-the-public.drl: the call-answering figures for 4.1.1 against the national standards and
 * the force's own target (RP-01..RP-06), each boundary taken from standards.yaml.
 */
class RespondingToThePublicRulesTest {
    static final String AREA = "responding-to-the-public";
    static final String CALLS = "4.1.1";
    static final String EMERGENCY = "emergency-calls-answered-within-10-seconds";
    static final String ABANDONED = "non-emergency-calls-abandoned";
    static final String WITHIN_TARGET = "non-emergency-calls-answered-within-force-target";

    /** Every rule of the file is one this class tests. */
    @Test
    void theFileHoldsTheRulesTestedHere() {
        assertThat(RuleFixtures.rulesIn("areas/responding-to-the-public.drl")).containsExactly("RP-01", "RP-02",
                "RP-03", "RP-04", "RP-05", "RP-06");
    }

    @Nested
    class EmergencyCalls {
        final double standard = standard("emergency-calls-answered-within-10-seconds");

        @Test
        void answeringBelowTheNationalStandardFiresRp01AndIsNotMet() {
            RuleHarness.Run run = run(metric("m", EMERGENCY, Math.nextDown(standard)));
            assertThat(fired(run, "RP-")).containsExactly("RP-01");
            assertThat(run.signalsOn(CALLS)).containsExactly(new Signal(CALLS, Status.NOT_MET, false, "m"));
            assertThat(assessed(run, CALLS).status()).isEqualTo(Status.NOT_MET);
        }

        @Test
        void answeringAtTheNationalStandardFiresRp02AndIsMet() {
            RuleHarness.Run run = run(metric("m", EMERGENCY, standard));
            assertThat(fired(run, "RP-")).containsExactly("RP-02");
            assertThat(run.signalsOn(CALLS)).containsExactly(new Signal(CALLS, Status.MET, false, "m"));
            assertThat(assessed(run, CALLS).status()).isEqualTo(Status.MET);
        }
    }

    @Nested
    class NonEmergencyAbandonment {
        final double standard = standard("non-emergency-call-abandonment");

        @Test
        void abandonmentAboveTheNationalStandardFiresRp03AndIsNotMet() {
            RuleHarness.Run run = run(metric("m", ABANDONED, Math.nextUp(standard)));
            assertThat(fired(run, "RP-")).containsExactly("RP-03");
            assertThat(run.signalsOn(CALLS)).containsExactly(new Signal(CALLS, Status.NOT_MET, false, "m"));
        }

        @Test
        void abandonmentAtTheNationalStandardFiresRp04AndIsMet() {
            RuleHarness.Run run = run(metric("m", ABANDONED, standard));
            assertThat(fired(run, "RP-")).containsExactly("RP-04");
            assertThat(run.signalsOn(CALLS)).containsExactly(new Signal(CALLS, Status.MET, false, "m"));
        }

        @Test
        void doubleTheStandardIsNotMetAndAnAreaForImprovementWorkedFromTheCatalogue() {
            RuleHarness.Run run = run(metric("m", ABANDONED, 2 * standard));
            assertThat(assessed(run, CALLS).status()).isEqualTo(Status.NOT_MET);
            assertThat(judgment(run, AREA).areasForImprovement()).singleElement().satisfies(afi -> {
                assertThat(afi.characteristic()).isEqualTo(CALLS);
                assertThat(afi.text()).isEqualTo(characteristic(CALLS).improvement());
                assertThat(afi.evidence()).containsExactly("m");
                assertThat(afi.restated()).isFalse();
            });
        }
    }

    @Nested
    class ForceTarget {
        final double substantial = standard("calls-answered-within-force-target");

        @Test
        void lessThanASubstantialProportionWithinTargetFiresRp05AndIsPartlyMet() {
            RuleHarness.Run run = run(metric("m", WITHIN_TARGET, Math.nextDown(substantial)));
            assertThat(fired(run, "RP-")).containsExactly("RP-05");
            assertThat(run.signalsOn(CALLS)).containsExactly(new Signal(CALLS, Status.PARTLY_MET, false, "m"));
            assertThat(assessed(run, CALLS).status()).isEqualTo(Status.PARTLY_MET);
        }

        @Test
        void aSubstantialProportionWithinTargetFiresRp06AndIsMet() {
            RuleHarness.Run run = run(metric("m", WITHIN_TARGET, substantial));
            assertThat(fired(run, "RP-")).containsExactly("RP-06");
            assertThat(run.signalsOn(CALLS)).containsExactly(new Signal(CALLS, Status.MET, false, "m"));
        }
    }

    @Nested
    class AllFiguresTogether {
        @Test
        void emergencyCallsMetDoNotOffsetNonEmergencyCallsAbandoned() {
            // The seed's pattern: 999 calls answered well, too many 101 calls abandoned, about half within target.
            RuleHarness.Run run = run(
                    metric("emergency", EMERGENCY, standard("emergency-calls-answered-within-10-seconds")),
                    metric("abandoned", ABANDONED, 2 * standard("non-emergency-call-abandonment")),
                    metric("target", WITHIN_TARGET, standard("calls-answered-within-force-target") / 2));
            assertThat(fired(run, "RP-")).containsExactly("RP-02", "RP-03", "RP-05");
            assertThat(run.signalsOn(CALLS)).containsExactlyInAnyOrder(
                    new Signal(CALLS, Status.MET, false, "emergency"),
                    new Signal(CALLS, Status.NOT_MET, false, "abandoned"),
                    new Signal(CALLS, Status.PARTLY_MET, false, "target"));
            assertThat(assessed(run, CALLS).status()).isEqualTo(Status.NOT_MET);
            assertThat(assessed(run, CALLS).evidence()).containsExactly("abandoned", "emergency", "target");
        }

        @Test
        void everyFigureWithinItsStandardMeetsTheCharacteristicWithNoFinding() {
            RuleHarness.Run run = run(
                    metric("emergency", EMERGENCY, 100),
                    metric("abandoned", ABANDONED, 0),
                    metric("target", WITHIN_TARGET, 100));
            assertThat(fired(run, "RP-")).containsExactly("RP-02", "RP-04", "RP-06");
            assertThat(assessed(run, CALLS).status()).isEqualTo(Status.MET);
            assertThat(judgment(run, AREA).findings()).isEmpty();
        }

        @Test
        void noCallFiguresFireNoRuleOfThisFile() {
            RuleHarness.Run run = run(observation("o", "4.1.2", Rating.MEETS));
            assertThat(fired(run, "RP-")).isEmpty();
            assertThat(run.signalsOn(CALLS)).isEmpty();
            assertThat(assessed(run, CALLS).status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
        }
    }

    @Nested
    class OtherCharacteristicsByTheCommonRules {
        @Test
        void anObservationOnACallHandlingCharacteristicIsJudgedByTheCommonRules() {
            RuleHarness.Run run = run(observation("o", "4.1.3", Rating.PARTLY_MEETS));
            assertThat(fired(run, "RP-")).isEmpty();
            assertThat(run.fired("EV-03")).isTrue();
            assertThat(judgment(run, AREA).areasForImprovement()).extracting(AreaForImprovement::characteristic,
                    AreaForImprovement::text).containsExactly(
                    tuple("4.1.3", characteristic("4.1.3").improvement()));
        }

        @Test
        void theAdviceFailureRateIsJudgedByTheCommonAuditThresholds() {
            String advice = "advice-not-given-to-callers";
            int sample = (int) standard("audit-minimum-sample");
            int failing = (int) Math.ceil(sample * standard("audit-systemic-failure-rate") / 100);
            RuleHarness.Run run = run(audit("a", advice, failing, sample));
            assertThat(run.fired("EV-10")).isTrue();
            assertThat(run.signalsOn("4.1.4")).containsExactly(new Signal("4.1.4", Status.NOT_MET, true, "a"));
        }
    }
}
