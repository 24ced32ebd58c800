package org.peelrules.rules;

/**
 * areas/reducing-crime-assessment.drl holds no rules: the assessment is a narrative that is never graded;
 * observations on its themes are assessed by the common rules, and no finding is raised for it. The checks are in
 * {@link AssessedByCommonRules}.
 */
class ReducingCrimeAssessmentRulesTest extends AssessedByCommonRules {
    ReducingCrimeAssessmentRulesTest() {
        super("reducing-crime-assessment");
    }
}
