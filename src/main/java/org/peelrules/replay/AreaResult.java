package org.peelrules.replay;

import java.util.List;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;

/**
 * One area of a replayed case: the published and derived outcome, and each finding's match.
 *
 * @param expectedOutcome the published outcome, or {@code null} when expected.json gives the area none to score
 * @param partial         whether expected.json lists the area's published findings only in part
 */
public record AreaResult(
        String area,
        Grade expectedGrade,
        Outcome expectedOutcome,
        Grade derivedGrade,
        Outcome derivedOutcome,
        Grade derivedProvisionalGrade,
        List<FindingMatch> findings,
        List<String> errors,
        boolean partial) {

    public AreaResult {
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }

    /** An area result without a provisional grade. */
    public AreaResult(String area, Grade expectedGrade, Outcome expectedOutcome, Grade derivedGrade,
                      Outcome derivedOutcome, List<FindingMatch> findings, List<String> errors, boolean partial) {
        this(area, expectedGrade, expectedOutcome, derivedGrade, derivedOutcome, null, findings, errors, partial);
    }

    /**
     * Whether the area was not graded for want of evidence, but the grade its evidence points to is the published
     * grade: agreement in direction, scored apart from {@link #gradeAgrees()}.
     */
    public boolean gradeAgreesProvisionally() {
        return errors.isEmpty() && !gradeAgrees() && expectedGrade != null && derivedGrade == null
                && derivedProvisionalGrade == expectedGrade;
    }

    /** Whether expected.json gives the area a grade or an outcome to score. */
    public boolean gradeAsserted() {
        return expectedOutcome != null;
    }

    /**
     * Whether the derived outcome is what expected.json gives: the grade when it gives one, else the outcome
     * alone ("graded" with no grade agrees with any grade). Nothing given, nothing disagrees.
     */
    public boolean gradeAgrees() {
        return errors.isEmpty() && (expectedOutcome == null || expectedOutcome == derivedOutcome)
                && (expectedGrade == null || expectedGrade == derivedGrade);
    }

    public long count(FindingMatch.Verdict verdict) {
        return findings.stream().filter(f -> f.verdict() == verdict).count();
    }

    /**
     * The grade agrees and every published finding was derived. Derived findings a report did not publish
     * are listed as extra and lower precision, but do not break agreement: the rules raise a finding for
     * every shortfall the evidence shows, while a report publishes those its inspectors chose to.
     */
    public boolean agrees() {
        return gradeAgrees() && count(FindingMatch.Verdict.MISSING) == 0;
    }
}
