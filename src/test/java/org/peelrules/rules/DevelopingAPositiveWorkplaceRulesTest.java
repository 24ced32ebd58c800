package org.peelrules.rules;

/**
 * areas/developing-a-positive-workplace.drl holds no rules: every characteristic of the area is assessed from
 * observations, earlier inspections and practice by the common rules, and its measures (joiner diversity, exit
 * interviews, appraisal completion, survey results) are context. The checks are in {@link AssessedByCommonRules}.
 */
class DevelopingAPositiveWorkplaceRulesTest extends AssessedByCommonRules {
    DevelopingAPositiveWorkplaceRulesTest() {
        super("developing-a-positive-workplace");
    }
}
