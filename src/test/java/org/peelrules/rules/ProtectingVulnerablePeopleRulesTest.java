package org.peelrules.rules;

/**
 * areas/protecting-vulnerable-people.drl holds no rules: every characteristic of the area is assessed from
 * observations, case audits and earlier inspections by the common rules; the review of protection notices is a
 * failure rate judged by the common audit thresholds, and the disclosure scheme rates are context. The checks are in
 * {@link AssessedByCommonRules}.
 */
class ProtectingVulnerablePeopleRulesTest extends AssessedByCommonRules {
    ProtectingVulnerablePeopleRulesTest() {
        super("protecting-vulnerable-people");
    }
}
