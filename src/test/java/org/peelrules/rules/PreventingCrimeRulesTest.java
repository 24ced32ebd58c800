package org.peelrules.rules;

/**
 * areas/preventing-crime.drl holds no rules: every characteristic of the area is assessed from observations, practice
 * and earlier inspections by the common rules, and its counts and survey results are context. The checks are in
 * {@link AssessedByCommonRules}.
 */
class PreventingCrimeRulesTest extends AssessedByCommonRules {
    PreventingCrimeRulesTest() {
        super("preventing-crime");
    }
}
