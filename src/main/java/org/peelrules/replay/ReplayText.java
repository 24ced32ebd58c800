package org.peelrules.replay;

import java.util.List;
import java.util.Locale;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;
import org.peelrules.text.Printable;

/** Replay results in words, for people. */
public final class ReplayText {
    private ReplayText() {
    }

    /** One area: published against derived, then every finding that does not match. */
    public static String describe(AreaResult a) {
        StringBuilder s = new StringBuilder(a.area()).append(": ").append(published(a)).append(", derived ")
                .append(derived(a));
        a.errors().forEach(e -> s.append("; ").append(e));
        for (FindingMatch f : a.findings()) {
            if (f.verdict() != FindingMatch.Verdict.MATCHED) {
                s.append("; ").append(f.verdict().name().toLowerCase(Locale.ROOT)).append(' ').append(f.kind())
                        .append(' ').append(f.key());
            }
        }
        return Printable.of(s.toString());
    }

    /**
     * Every case, area by area and finding by finding, then the agreement over the corpus: grades agreeing,
     * the confusion matrix, and the findings' precision and recall, of every kind and of areas for improvement alone.
     */
    public static String report(List<CaseResult> results) {
        StringBuilder out = new StringBuilder();
        for (CaseResult c : results) {
            out.append(c.name());
            if (c.error() != null) {
                out.append(": cannot be replayed\n");
                c.error().lines().forEach(l -> out.append("  ").append(l).append('\n'));
                continue;
            }
            out.append(c.agrees() ? ": agrees" : ": disagrees").append('\n');
            for (AreaResult a : c.areas()) {
                out.append("  ").append(a.area()).append(": ").append(published(a)).append(", derived ")
                        .append(derived(a))
                        .append(a.partial() ? ", findings published in part" : "")
                        .append(a.agrees() ? " (agrees)" : a.gradeAgreesProvisionally() ? " (agrees provisionally)"
                                : !a.gradeAgrees() ? " (DISAGREES)"
                                : a.gradeAsserted() ? " (grade agrees, findings missing)" : " (findings missing)")
                        .append('\n');
                a.errors().forEach(e -> out.append("    error: ").append(e).append('\n'));
                for (FindingMatch f : a.findings()) {
                    out.append(String.format(Locale.ROOT, "    %-8s %s %s", f.verdict().name()
                            .toLowerCase(Locale.ROOT), f.kind(), f.key()));
                    out.append(f.note() == null ? "" : " (" + f.note() + ")").append('\n');
                }
            }
        }
        out.append('\n').append(summary(Agreement.of(results)));
        if (results.size() > 1) {
            out.append(byCase(results));
        }
        return Printable.of(out.toString());
    }

    /**
     * Each case's own agreement, one line per case: grades agreeing (and provisionally) of those published, and
     * the precision and recall of its findings and of its areas for improvement alone; "-" where there is nothing
     * to divide by.
     */
    static String byCase(List<CaseResult> results) {
        int width = Math.max("case".length(), results.stream().mapToInt(c -> c.name().length()).max().orElse(0));
        StringBuilder out = new StringBuilder("  by case:\n");
        out.append(String.format(Locale.ROOT, "    %-" + width + "s  %7s  %13s  %14s  %27s\n", "case", "grades",
                "provisionally", "findings P / R", "areas for improvement P / R"));
        for (CaseResult c : results) {
            if (c.error() != null) {
                out.append(String.format(Locale.ROOT, "    %-" + width + "s  cannot be replayed\n", c.name()));
                continue;
            }
            Agreement a = Agreement.of(List.of(c));
            out.append(String.format(Locale.ROOT, "    %-" + width + "s  %7s  %13d  %14s  %27s\n", c.name(),
                    a.gradesAgreeing() + "/" + a.gradesAsserted(), a.gradesAgreeingProvisionally(),
                    ratios(a.findings()), ratios(a.areasForImprovement())));
        }
        return out.toString();
    }

    /** "0.71 / 0.94", with "-" for a ratio with nothing to divide by. */
    private static String ratios(Agreement.FindingCounts f) {
        String precision = f.derivedMatched() + f.extra() == 0 ? "-"
                : String.format(Locale.ROOT, "%.2f", f.precision());
        String recall = f.matched() + f.missing() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", f.recall());
        return precision + " / " + recall;
    }

    /** The same, ending with the rule set and library that made it, as every report does. */
    public static String report(List<CaseResult> results, RuleSet ruleSet) {
        return report(results) + "\n" + stamp(ruleSet) + "\n";
    }

    /** {@code Rule set peel-2021-22 version 2021.22.1 (sha256:…); peel-rules 1.0.0}. */
    public static String stamp(RuleSet ruleSet) {
        return Printable.of("Rule set " + ruleSet.stamp() + "; peel-rules " + Evaluator.libraryVersion());
    }

    /** The agreement over a corpus. */
    public static String summary(Agreement a) {
        StringBuilder out = new StringBuilder();
        out.append("Summary: ").append(a.cases()).append(a.cases() == 1 ? " case" : " cases");
        if (a.failedCases() > 0) {
            out.append(", ").append(a.failedCases()).append(" could not be replayed");
        }
        out.append('\n');
        out.append("  grades agreeing: ").append(a.gradesAgreeing()).append('/').append(a.gradesAsserted())
                .append(" areas\n");
        if (a.gradesAgreeingProvisionally() > 0) {
            out.append("  and provisionally (too little evidence to grade, pointing to the published grade): ")
                    .append(a.gradesAgreeingProvisionally()).append(" more, ")
                    .append(a.gradesAgreeing() + a.gradesAgreeingProvisionally()).append('/')
                    .append(a.gradesAsserted()).append(" in all\n");
        }
        out.append("  areas agreeing (grade and every published finding): ").append(a.areasAgreeing()).append('/')
                .append(a.areas()).append('\n');
        out.append("  published (rows) against derived (columns):\n").append(matrix(a));
        out.append(counts("findings", a.findings()));
        out.append(counts("areas for improvement", a.areasForImprovement()));
        return Printable.of(out.toString());
    }

    private static String counts(String what, Agreement.FindingCounts f) {
        return String.format(Locale.ROOT, "  %s: %d matched, %d missing, %d extra; precision %.2f (%d/%d), "
                        + "recall %.2f (%d/%d)\n", what, f.matched(), f.missing(), f.extra(), f.precision(),
                f.derivedMatched(), f.derivedMatched() + f.extra(), f.recall(), f.matched(), f.matched() + f.missing());
    }

    /** "Good", or "insufficient evidence, provisionally Good". */
    private static String derived(AreaResult a) {
        String outcome = outcome(a.derivedOutcome(), a.derivedGrade());
        return a.derivedGrade() == null && a.derivedProvisionalGrade() != null
                ? outcome + ", provisionally " + a.derivedProvisionalGrade().label() : outcome;
    }

    /** "published Good", or that expected.json gives the area nothing to score its outcome against. */
    private static String published(AreaResult a) {
        return a.gradeAsserted() ? "published " + outcome(a.expectedOutcome(), a.expectedGrade())
                : "grade not scored";
    }

    private static String matrix(Agreement a) {
        List<String> labels = Agreement.LABELS;
        int first = labels.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder("    ").append(" ".repeat(first));
        for (String l : labels) {
            out.append("  ").append(l);
        }
        out.append('\n');
        for (int r = 0; r < labels.size(); r++) {
            out.append("    ").append(String.format(Locale.ROOT, "%-" + first + "s", labels.get(r)));
            for (int c = 0; c < labels.size(); c++) {
                out.append(String.format(Locale.ROOT, "  %" + labels.get(c).length() + "d", a.confusion().get(r).get(c)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String outcome(Outcome outcome, Grade grade) {
        if (grade != null) {
            return grade.label();
        }
        return outcome == null ? "nothing" : outcome.label();
    }
}
