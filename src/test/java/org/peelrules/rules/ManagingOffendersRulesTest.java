package org.peelrules.rules;

/**
 * areas/managing-offenders.drl holds no rules: every characteristic of the area is assessed from observations and
 * earlier inspections by the common rules, and its one measure (outstanding suspects risk-graded) is context. The
 * checks are in {@link AssessedByCommonRules}.
 */
class ManagingOffendersRulesTest extends AssessedByCommonRules {
    ManagingOffendersRulesTest() {
        super("managing-offenders");
    }
}
