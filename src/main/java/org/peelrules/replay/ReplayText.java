package org.peelrules.replay;

import org.peelrules.Grade;
import org.peelrules.Outcome;

/** Replay results in words, for people. */
public final class ReplayText {
    private ReplayText() {
    }

    /** One area: published against derived, then every finding that does not match. */
    public static String describe(AreaResult a) {
        StringBuilder s = new StringBuilder(a.area()).append(": published ")
                .append(outcome(a.expectedOutcome(), a.expectedGrade())).append(", derived ")
                .append(outcome(a.derivedOutcome(), a.derivedGrade()));
        a.errors().forEach(e -> s.append("; ").append(e));
        for (FindingMatch f : a.findings()) {
            if (f.verdict() != FindingMatch.Verdict.MATCHED) {
                s.append("; ").append(f.verdict().name().toLowerCase()).append(' ').append(f.kind()).append(' ')
                        .append(f.key());
            }
        }
        return s.toString();
    }

    static String outcome(Outcome outcome, Grade grade) {
        if (grade != null) {
            return grade.label();
        }
        return outcome == null ? "nothing" : outcome.label();
    }
}
