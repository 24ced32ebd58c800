package org.peelrules.rules;

/**
 * areas/good-use-of-resources.drl holds no rules: every characteristic of the area is assessed from observations,
 * earlier inspections and practice by the common rules, and its measures (planned investment, required savings,
 * local policing areas) are context. The checks are in {@link AssessedByCommonRules}.
 */
class GoodUseOfResourcesRulesTest extends AssessedByCommonRules {
    GoodUseOfResourcesRulesTest() {
        super("good-use-of-resources");
    }
}
