package org.peelrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peelrules.rules.RuleFixtures.assessed;
import static org.peelrules.rules.RuleFixtures.characteristic;
import static org.peelrules.rules.RuleFixtures.estimate;
import static org.peelrules.rules.RuleFixtures.fired;
import static org.peelrules.rules.RuleFixtures.judgment;
import static org.peelrules.rules.RuleFixtures.metric;
import static org.peelrules.rules.RuleFixtures.observation;
import static org.peelrules.rules.RuleFixtures.prior;
import static org.peelrules.rules.RuleFixtures.run;
import static org.peelrules.rules.RuleFixtures.standard;

import org.junit.jupiter.api.Test;
import org.peelrules.RuleHarness;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.judgment.AreaForImprovement;
import org.peelrules.judgment.Status;

/**
 * areas/treatment-of-the-public.drl: the sampled estimate of stop and searches with reasonable grounds for
 * 2.2.3, read with its margin of error against the standard in standards.yaml (TP-01..TP-03).
 */
class TreatmentOfThePublicRulesTest {
    static final String AREA = "treatment-of-the-public";
    static final String SEARCHES = "2.2.3";
    static final String GROUNDS = "stop-search-reasonable-grounds";

    /** Every rule of the file is one this class tests. */
    @Test
    void theFileHoldsTheRulesTestedHere() {
        assertThat(RuleFixtures.rulesIn("areas/treatment-of-the-public.drl")).containsExactly("TP-01", "TP-02",
                "TP-03");
    }

    final double standard = standard("stop-search-reasonable-grounds");

    @Test
    void anEstimateAtTheStandardFiresTp03AndIsMet() {
        RuleHarness.Run run = run(estimate("m", GROUNDS, standard, 4));
        assertThat(fired(run, "TP-")).containsExactly("TP-03");
        assertThat(Reading.of(run.signalsOn(SEARCHES))).containsExactly(new Reading(SEARCHES, Status.MET, false, "m"));
        assertThat(assessed(run, SEARCHES).status()).isEqualTo(Status.MET);
    }

    @Test
    void anEstimateAboveTheStandardWithoutAMarginIsMet() {
        RuleHarness.Run run = run(metric("m", GROUNDS, Math.nextUp(standard)));
        assertThat(fired(run, "TP-")).containsExactly("TP-03");
        assertThat(Reading.of(run.signalsOn(SEARCHES))).containsExactly(new Reading(SEARCHES, Status.MET, false, "m"));
    }

    @Test
    void anEstimateBelowTheStandardWhoseIntervalReachesItFiresTp02AndIsPartlyMet() {
        // The interval's upper end lands exactly on the standard: a shortfall within sampling error.
        double margin = 4;
        assertThat(standard - margin + margin).as("an interval ending exactly at the standard").isEqualTo(standard);
        RuleHarness.Run run = run(estimate("m", GROUNDS, standard - margin, margin));
        assertThat(fired(run, "TP-")).containsExactly("TP-02");
        assertThat(Reading.of(run.signalsOn(SEARCHES))).containsExactly(new Reading(SEARCHES, Status.PARTLY_MET, false, "m"));
        assertThat(assessed(run, SEARCHES).status()).isEqualTo(Status.PARTLY_MET);
        assertThat(judgment(run, AREA).areasForImprovement()).extracting(AreaForImprovement::characteristic)
                .containsExactly(SEARCHES);
    }

    @Test
    void anIntervalWhollyBelowTheStandardFiresTp01AndIsNotMet() {
        // The interval's upper end a tenth of a point short of the standard.
        RuleHarness.Run run = run(estimate("m", GROUNDS, standard - 4.1, 4));
        assertThat(fired(run, "TP-")).containsExactly("TP-01");
        assertThat(Reading.of(run.signalsOn(SEARCHES))).containsExactly(new Reading(SEARCHES, Status.NOT_MET, false, "m"));
        assertThat(assessed(run, SEARCHES).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void anEstimateWithoutAMarginIsReadAsAnIntervalOfNoWidth() {
        RuleHarness.Run run = run(metric("m", GROUNDS, Math.nextDown(standard)));
        assertThat(fired(run, "TP-")).containsExactly("TP-01");
        assertThat(Reading.of(run.signalsOn(SEARCHES))).containsExactly(new Reading(SEARCHES, Status.NOT_MET, false, "m"));
    }

    @Test
    void theFindingOnAShortfallIsWordedFromTheCatalogue() {
        RuleHarness.Run run = run(metric("m", GROUNDS, standard / 2));
        assertThat(judgment(run, AREA).areasForImprovement()).singleElement().satisfies(afi -> {
            assertThat(afi.text()).isEqualTo(characteristic(SEARCHES).improvement());
            assertThat(afi.evidence()).containsExactly("m");
        });
    }

    @Test
    void otherStopAndSearchMeasuresAreContextAndFireNothing() {
        RuleHarness.Run run = run(metric("sampled", "stop-search-records-reviewed", 1),
                metric("ratio", "stop-search-disproportionality-rate", 100));
        assertThat(fired(run, "TP-")).isEmpty();
        assertThat(Reading.of(run.signals())).isEmpty();
    }

    @Test
    void otherCharacteristicsAreAssessedByTheCommonRules() {
        RuleHarness.Run run = run(observation("o", "2.3.2", Rating.PARTLY_MEETS),
                prior("p", PriorItem.Kind.AREA_FOR_IMPROVEMENT, 2019, "2.1.1", PriorItem.Progress.RESOLVED));
        assertThat(fired(run, "TP-")).isEmpty();
        assertThat(run.fired("EV-03")).isTrue();
        assertThat(run.fired("EV-20")).isTrue();
        assertThat(assessed(run, "2.3.2").status()).isEqualTo(Status.PARTLY_MET);
        assertThat(assessed(run, "2.1.1").status()).isEqualTo(Status.MET);
        assertThat(judgment(run, AREA).areasForImprovement()).singleElement().satisfies(afi -> {
            assertThat(afi.characteristic()).isEqualTo("2.3.2");
            assertThat(afi.text()).isEqualTo(characteristic("2.3.2").improvement());
        });
    }
}
