package org.peelrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peelrules.rules.RuleFixtures.judgment;
import static org.peelrules.rules.RuleFixtures.observation;
import static org.peelrules.rules.RuleFixtures.run;

import org.junit.jupiter.api.Test;
import org.peelrules.evidence.Rating;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Outcome;

/**
 * areas/serious-organised-crime.drl holds no rules: serious organised crime is graded in a
 * separate report, so this rule set reports it as such whatever the evidence, while evidence recorded against
 * its characteristics is still assessed by the common rules. The common checks are in {@link AssessedByCommonRules}.
 */
class SeriousOrganisedCrimeRulesTest extends AssessedByCommonRules {
    SeriousOrganisedCrimeRulesTest() {
        super("serious-organised-crime");
    }

    @Test
    void evenWithEveryCharacteristicDemonstratedItIsNeverGradedHere() {
        AreaJudgment j = judgment(run(characteristics.stream()
                .map(c -> observation("o-" + c.id(), c.id(), Rating.EXCEEDS)).toArray()), area);
        assertThat(j.outcome()).isEqualTo(Outcome.REPORTED_SEPARATELY);
        assertThat(j.grade()).isNull();
        assertThat(j.characteristics()).allSatisfy(a -> assertThat(a.status().demonstrated()).isTrue());
    }
}
