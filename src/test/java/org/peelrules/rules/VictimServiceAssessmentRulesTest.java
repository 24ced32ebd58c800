package org.peelrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peelrules.rules.RuleFixtures.characteristicsOf;
import static org.peelrules.rules.RuleFixtures.judgment;
import static org.peelrules.rules.RuleFixtures.observation;
import static org.peelrules.rules.RuleFixtures.run;
import static org.peelrules.rules.RuleFixtures.tally;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrules.RuleHarness;
import org.peelrules.evidence.Rating;
import org.peelrules.judgment.AreaTally;
import org.peelrules.judgment.Outcome;

/**
 * areas/victim-service-assessment.drl holds no rules: the assessment is not graded, its characteristics are
 * assessed by the common rules, raise no findings of their own, and each counts towards the graded area it feeds
 * (call handling and response: Responding to the public; allocation, investigation and outcomes: Investigating
 * crime). The common checks are in {@link AssessedByCommonRules}; findings.drl's side is in
 * {@link FindingsRulesTest}.
 */
class VictimServiceAssessmentRulesTest extends AssessedByCommonRules {
    VictimServiceAssessmentRulesTest() {
        super("victim-service-assessment");
    }

    @Test
    void eachTopicFeedsTheAreaItsHeaderNames() {
        assertThat(characteristics).allSatisfy(c -> assertThat(c.feeds()).isEqualTo(
                c.topic().equals("1.1") ? "responding-to-the-public" : "investigating-crime"));
    }

    @Test
    void itsAssessmentsAreReportedWithItButCountTowardsTheFedArea() {
        RuleHarness.Run run = run(characteristics.stream()
                .map(c -> observation("o-" + c.id(), c.id(), Rating.DOES_NOT_MEET)).toArray());
        assertThat(judgment(run, area).outcome()).isEqualTo(Outcome.NOT_GRADED);
        assertThat(judgment(run, area).characteristics()).hasSize(characteristics.size())
                .allSatisfy(a -> assertThat(a.countsTowards()).isEqualTo(RuleFixtures.characteristic(a.characteristic())
                        .feeds()));
        for (String fed : List.of("responding-to-the-public", "investigating-crime")) {
            long feeding = characteristics.stream().filter(c -> fed.equals(c.feeds())).count();
            assertThat(tally(run, fed).notMet()).as(fed).isEqualTo((int) feeding);
            assertThat(judgment(run, fed).findings()).as(fed).isEmpty();
        }
    }

    @Test
    void shortfallsLowerTheFedAreasDemonstratedShare() {
        // Shares are of every characteristic counting towards the fed area, these among them: all met, the area
        // demonstrates all it counts; partly met, these fall short.
        String fed = "responding-to-the-public";
        List<Object> own = new ArrayList<>(characteristicsOf(fed).stream()
                .map(c -> observation("own-" + c.id(), c.id(), Rating.MEETS)).toList());
        List<Characteristic> feeding = characteristics.stream().filter(c -> fed.equals(c.feeds())).toList();
        List<Object> withMet = new ArrayList<>(own);
        feeding.forEach(c -> withMet.add(observation("vsa-" + c.id(), c.id(), Rating.MEETS)));
        List<Object> withShortfalls = new ArrayList<>(own);
        feeding.forEach(c -> withShortfalls.add(observation("vsa-" + c.id(), c.id(), Rating.PARTLY_MEETS)));
        AreaTally before = tally(run(withMet.toArray()), fed);
        AreaTally after = tally(run(withShortfalls.toArray()), fed);
        assertThat(before.demonstratedShare()).isEqualTo(1.0);
        assertThat(after.demonstratedShare()).isLessThan(before.demonstratedShare());
        assertThat(after.shortfalls()).isEqualTo(before.shortfalls() + feeding.size());
    }

    @Test
    void unassessedTheyCountAgainstTheFedAreasShareButAreNoShortfall() {
        String fed = "responding-to-the-public";
        AreaTally own = tally(run(characteristicsOf(fed).stream()
                .map(c -> observation("own-" + c.id(), c.id(), Rating.MEETS)).toArray()), fed);
        assertThat(own.demonstratedShare()).isLessThan(1.0);
        assertThat(own.shortfalls()).isZero();
        assertThat(own.coverage()).as("coverage counts the area's own characteristics").isEqualTo(1.0);
    }
}
