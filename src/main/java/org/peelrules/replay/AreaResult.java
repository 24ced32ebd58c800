package org.peelrules.replay;

import java.util.List;
import org.peelrules.Grade;
import org.peelrules.Outcome;

/** One area of a replayed case: the published and derived outcome, and each finding's match. */
public record AreaResult(
        String area,
        Grade expectedGrade,
        Outcome expectedOutcome,
        Grade derivedGrade,
        Outcome derivedOutcome,
        List<FindingMatch> findings,
        List<String> errors) {

    public AreaResult {
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }

    /** Whether the derived grade or non-grade outcome is the published one. */
    public boolean gradeAgrees() {
        return errors.isEmpty() && expectedOutcome == derivedOutcome && expectedGrade == derivedGrade;
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
