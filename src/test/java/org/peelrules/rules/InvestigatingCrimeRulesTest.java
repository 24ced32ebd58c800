package org.peelrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peelrules.rules.RuleFixtures.characteristicsOf;
import static org.peelrules.rules.RuleFixtures.measuresOf;
import static org.peelrules.rules.RuleFixtures.observation;
import static org.peelrules.rules.RuleFixtures.rules;
import static org.peelrules.rules.RuleFixtures.run;
import static org.peelrules.rules.RuleFixtures.tally;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrules.evidence.Rating;
import org.peelrules.judgment.AreaTally;

/**
 * areas/investigating-crime.drl holds no rules: every characteristic of the area is assessed by the common rules,
 * its case-review and force-data failure rates (supervision, plans, delays, lines of enquiry, needs assessments,
 * victim updates, outcome codes) by the common audit thresholds, and the victim service assessment's
 * allocation, investigation and outcome characteristics count towards its judgment. The common checks are in
 * {@link AssessedByCommonRules}.
 */
class InvestigatingCrimeRulesTest extends AssessedByCommonRules {
    InvestigatingCrimeRulesTest() {
        super("investigating-crime");
    }

    @Test
    void itsCaseReviewsAreFailureRates() {
        assertThat(measuresOf(area, Measure.Kind.FAILURE_RATE)).isNotEmpty();
        assertThat(measuresOf(area, Measure.Kind.METRIC)).isEmpty();
    }

    @Test
    void victimServiceCharacteristicsOnAllocationInvestigationAndOutcomesCountTowardsIt() {
        List<Characteristic> fed = rules().characteristics().stream().filter(c -> area.equals(c.feeds())).toList();
        assertThat(fed).isNotEmpty().allSatisfy(c -> {
            assertThat(c.area()).isEqualTo("victim-service-assessment");
            assertThat(c.topic()).isIn("1.2", "1.3");
        });

        List<Object> own = new ArrayList<>(characteristicsOf(area).stream()
                .map(c -> observation("own-" + c.id(), c.id(), Rating.MEETS)).toList());
        List<Object> withMet = new ArrayList<>(own);
        fed.forEach(c -> withMet.add(observation("vsa-" + c.id(), c.id(), Rating.MEETS)));
        List<Object> withPartlyMet = new ArrayList<>(own);
        fed.forEach(c -> withPartlyMet.add(observation("vsa-" + c.id(), c.id(), Rating.PARTLY_MEETS)));
        AreaTally alone = tally(run(own.toArray()), area);
        AreaTally met = tally(run(withMet.toArray()), area);
        AreaTally partlyMet = tally(run(withPartlyMet.toArray()), area);
        // Every share is of the area's own characteristics and those fed to it, assessed or not.
        assertThat(met.assessed()).isEqualTo(alone.assessed() + fed.size());
        assertThat(met.demonstratedShare()).isGreaterThan(alone.demonstratedShare()).isEqualTo(1.0);
        assertThat(partlyMet.partlyMet()).isEqualTo(alone.partlyMet() + fed.size());
        assertThat(partlyMet.demonstratedShare()).isLessThan(met.demonstratedShare());
        assertThat(partlyMet.shortfallShare()).isGreaterThan(alone.shortfallShare());
        assertThat(partlyMet.covered()).as("coverage counts the area's own characteristics").isEqualTo(alone.covered());
    }
}
