package org.peelrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.peelrules.rules.RuleFixtures.assessed;
import static org.peelrules.rules.RuleFixtures.characteristic;
import static org.peelrules.rules.RuleFixtures.fired;
import static org.peelrules.rules.RuleFixtures.judgment;
import static org.peelrules.rules.RuleFixtures.metric;
import static org.peelrules.rules.RuleFixtures.run;
import static org.peelrules.rules.RuleFixtures.standard;
import static org.peelrules.rules.RuleFixtures.topicTitle;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelrules.RuleHarness;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.Recommendation;
import org.peelrules.judgment.Status;

/**
 * areas/crime-data-integrity.drl: the crime recording rate for 12.1.1 against each band of the crime
 * recording rubric (CD-01..CD-05), the band edges read from standards.yaml. A rate in the lowest band misses the
 * national standard at the systemic rate: a cause of concern on its own.
 */
class CrimeDataIntegrityRulesTest {
    static final String AREA = "crime-data-integrity";
    static final String RECORDING = "12.1.1";
    static final String RATE = "crimes-recorded-accurately";

    /** Every rule of the file is one this class tests. */
    @Test
    void theFileHoldsTheRulesTestedHere() {
        assertThat(RuleFixtures.rulesIn("areas/crime-data-integrity.drl")).containsExactly("CD-01", "CD-02", "CD-03",
                "CD-04", "CD-05");
    }

    static final String MAJORITY = "crime-recording-substantial-majority";
    static final String SUBSTANTIAL = "crime-recording-substantial-proportion";
    static final String HIGH = "crime-recording-high-proportion";
    static final String FLOOR = "crime-recording-inadequate-below";

    /** Each band at its lower edge and just below it, with the rule that decides it and what it says. */
    static Stream<Arguments> bands() {
        return Stream.of(
                Arguments.of("100 per cent", 100.0, "CD-01", Status.EXCEEDED, false),
                Arguments.of("a substantial majority", standard(MAJORITY), "CD-01", Status.EXCEEDED, false),
                Arguments.of("just short of a substantial majority", Math.nextDown(standard(MAJORITY)), "CD-02",
                        Status.MET, false),
                Arguments.of("a substantial proportion", standard(SUBSTANTIAL), "CD-02", Status.MET, false),
                Arguments.of("just short of a substantial proportion", Math.nextDown(standard(SUBSTANTIAL)), "CD-03",
                        Status.PARTLY_MET, false),
                Arguments.of("a high proportion", standard(HIGH), "CD-03", Status.PARTLY_MET, false),
                Arguments.of("just short of a high proportion", Math.nextDown(standard(HIGH)), "CD-04",
                        Status.NOT_MET, false),
                Arguments.of("the inadequate floor", standard(FLOOR), "CD-04", Status.NOT_MET, false),
                Arguments.of("just below the inadequate floor", Math.nextDown(standard(FLOOR)), "CD-05",
                        Status.NOT_MET, true),
                Arguments.of("none recorded", 0.0, "CD-05", Status.NOT_MET, true));
    }

    @ParameterizedTest(name = "{0} ({1}%) fires {2}: {3}")
    @MethodSource("bands")
    void eachBandOfTheRubricFiresItsOwnRule(String band, double rate, String rule, Status status, boolean systemic) {
        RuleHarness.Run run = run(metric("rate", RATE, rate));
        assertThat(fired(run, "CD-")).containsExactly(rule);
        assertThat(Reading.of(run.signalsOn(RECORDING))).containsExactly(new Reading(RECORDING, status, systemic, "rate"));
        assertThat(assessed(run, RECORDING).status()).isEqualTo(status);
    }

    @Test
    void theBandsAreOrderedAsTheRubricReadsThem() {
        // The rules assume the cut-offs descend; a policy edit that crossed them would leave gaps or overlaps.
        assertThat(standard(MAJORITY)).isGreaterThan(standard(SUBSTANTIAL));
        assertThat(standard(SUBSTANTIAL)).isGreaterThan(standard(HIGH));
        assertThat(standard(HIGH)).isGreaterThan(standard(FLOOR));
    }

    @Test
    void aRateBelowTheHighProportionIsAnAreaForImprovementWordedFromTheCatalogue() {
        RuleHarness.Run run = run(metric("rate", RATE, standard(FLOOR)));
        assertThat(judgment(run, AREA).causesOfConcern()).isEmpty();
        assertThat(judgment(run, AREA).areasForImprovement()).singleElement().satisfies(afi -> {
            assertThat(afi.characteristic()).isEqualTo(RECORDING);
            assertThat(afi.text()).isEqualTo(characteristic(RECORDING).improvement());
        });
    }

    @Test
    void oneInadequateRateIsACauseOfConcernOnItsOwnWithoutACorroboratingTest() {
        int needed = (int) standard("systemic-corroborating-tests");
        assumeTrue(needed > 1, "one test is enough for a systemic shortfall under this policy");
        RuleHarness.Run run = run(inadequateRates(1));
        assertThat(run.signalsOn(RECORDING)).singleElement().satisfies(s -> {
            assertThat(s.standard()).as("a measure against a national standard").isTrue();
            assertThat(s.decisive()).isTrue();
        });
        assertThat(fired(run, "AS-1")).containsExactly("AS-12");
        assertThat(judgment(run, AREA).areasForImprovement()).isEmpty();
        assertThat(judgment(run, AREA).causesOfConcern()).singleElement().satisfies(concern -> {
            assertThat(concern.characteristics()).containsExactly(RECORDING);
            assertThat(concern.evidence()).containsExactly("audit-1");
        });
    }

    @Test
    void anInadequateRateIsNotMetWhateverElseIsFoundOnRecording() {
        RuleHarness.Run run = run(metric("low", RATE, Math.nextDown(standard(FLOOR))),
                metric("high", RATE, standard(MAJORITY)));
        assertThat(fired(run, "CD-")).containsExactly("CD-01", "CD-05");
        assertThat(assessed(run, RECORDING).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void asManyInadequateRatesAsTheCorroboratingTestsNeededAreACauseOfConcernOnRecording() {
        int needed = (int) standard("systemic-corroborating-tests");
        RuleHarness.Run run = run(inadequateRates(needed));
        assertThat(run.fired("AS-10")).isTrue();
        assertThat(judgment(run, AREA).areasForImprovement()).isEmpty();
        assertThat(judgment(run, AREA).causesOfConcern()).singleElement().satisfies(concern -> {
            assertThat(concern.topic()).isEqualTo("12.1");
            assertThat(concern.title()).isEqualTo(topicTitle(AREA, "12.1"));
            assertThat(concern.recommendations()).containsExactly(new Recommendation(RECORDING,
                    characteristic(RECORDING).recommendation(),
                    (int) standard("cause-of-concern-deadline-months")));
            assertThat(concern.evidence()).hasSize(needed);
        });
    }

    @Test
    void withoutEvidenceTheAreaIsNotInspected() {
        RuleHarness.Run run = run();
        assertThat(fired(run, "CD-")).isEmpty();
        assertThat(judgment(run, AREA).outcome()).isEqualTo(Outcome.NOT_INSPECTED);
        assertThat(judgment(run, AREA).findings()).isEmpty();
    }

    /** Separate audits of crime recording, each finding a rate in the rubric's lowest band. */
    static Object[] inadequateRates(int audits) {
        return Stream.iterate(1, i -> i + 1).limit(audits)
                .map(i -> metric("audit-" + i, RATE, standard(FLOOR) / 2)).toArray();
    }
}
