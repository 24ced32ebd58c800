package org.peelrules.replay;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.peelrules.internal.json.Json;
import org.peelrules.judgment.Status;
import org.peelrules.text.Printable;

/**
 * A change-impact report in words, for the policy team about to merge a rule edit: for each area that changes,
 * a sentence saying what changed and what the area's counts are against the edits that reach it, then the
 * findings raised or dropped with their titles; evidence ids only in detail.
 */
public final class ImpactText {
    private ImpactText() {
    }

    /** The report without evidence ids. */
    public static String render(ChangeImpact impact, String baselineName, String changedName) {
        return render(impact, baselineName, changedName, false);
    }

    /**
     * The report.
     *
     * @param detail whether to list the evidence ids each side rests on, and the rule that decided it
     */
    public static String render(ChangeImpact impact, String baselineName, String changedName, boolean detail) {
        StringBuilder out = new StringBuilder();
        out.append("Rule set changes from ").append(baselineName).append(" to ").append(changedName).append(":\n");
        if (impact.rules().same()) {
            out.append("  none in rules or standards\n");
        }
        impact.rules().standards().forEach(s -> out.append("  ").append(standard(s)).append('\n'));
        impact.rules().rules().forEach(r -> out.append("  ").append(rule(r)).append('\n'));
        out.append('\n');
        Set<String> cases = new TreeSet<>();
        impact.changes().forEach(c -> cases.add(c.caseName()));
        if (impact.noChange()) {
            out.append("No case changes: every area keeps its grade and findings in ").append(impact.cases())
                    .append(impact.cases() == 1 ? " case.\n" : " cases.\n");
        } else {
            out.append(impact.changes().size()).append(impact.changes().size() == 1 ? " area changes" : " areas change")
                    .append(" in ").append(cases.size()).append(" of ").append(impact.cases())
                    .append(impact.cases() == 1 ? " case:\n" : " cases:\n");
        }
        for (ChangeImpact.AreaChange c : impact.changes()) {
            out.append('\n').append(c.caseName()).append(" / ").append(c.area()).append(": ");
            out.append(outcome(c.baseline())).append(c.outcomeChanged() ? " -> " + outcome(c.changed()) : ", findings change");
            if (c.published() != null) {
                String published = ReplayText.outcome(c.published().outcome(), c.published().grade());
                boolean before = agrees(c.published(), c.baseline());
                boolean after = agrees(c.published(), c.changed());
                out.append(" (published ").append(published).append(before == after ? ""
                        : after ? ": now agrees" : ": agreed before, disagrees now").append(')');
            }
            out.append('\n');
            out.append("  ").append(why(c)).append('\n');
            if (detail) {
                side(out, "baseline", c.baseline(), null);
                side(out, "changed ", c.changed(), c.baseline());
            }
            if (!c.rulesReaching().isEmpty() || !c.standardsReaching().isEmpty()) {
                out.append("  rule edits reaching it:\n");
                c.standardsReaching().forEach(s -> out.append("    ").append(standard(s)).append('\n'));
                c.rulesReaching().forEach(r -> out.append("    ").append(rule(r)).append('\n'));
            }
            for (ChangeImpact.CharacteristicChange ch : c.characteristics()) {
                out.append("  characteristic ").append(ch.characteristic()).append(": ")
                        .append(status(ch.before())).append(detail ? " " + ch.evidenceBefore() : "").append(" -> ")
                        .append(status(ch.after())).append(detail ? " " + ch.evidenceAfter() : "").append('\n');
            }
            for (ChangeImpact.FindingChange f : c.findings()) {
                out.append("  finding ").append(Json.kebab(f.change()).replace('-', ' ')).append(": ").append(f.kind())
                        .append(' ').append(f.key()).append(", \"").append(f.title()).append('"');
                if (detail) {
                    switch (f.change()) {
                        case RAISED -> out.append(' ').append(f.evidenceAfter());
                        case DROPPED -> out.append(' ').append(f.evidenceBefore());
                        case EVIDENCE_CHANGED -> out.append(' ').append(f.evidenceBefore()).append(" -> ")
                                .append(f.evidenceAfter());
                    }
                }
                out.append('\n');
            }
        }
        if (!impact.failures().isEmpty()) {
            out.append("\nCases that could not be compared:\n");
            impact.failures().forEach(f -> out.append("  ").append(f).append('\n'));
        }
        Agreement b = impact.baseline();
        Agreement a = impact.changed();
        out.append("\nAgreement with the published outcomes, before -> after:\n")
                .append("  published grades agreeing: ").append(b.gradesAgreeing()).append(" of ")
                .append(b.gradesAsserted()).append(" -> ").append(a.gradesAgreeing()).append(" of ")
                .append(a.gradesAsserted()).append('\n')
                .append("  published findings found: ").append(b.matched()).append(" of ")
                .append(b.matched() + b.missing()).append(" -> ").append(a.matched()).append(" of ")
                .append(a.matched() + a.missing()).append('\n')
                .append("  derived but not published: ").append(b.extra()).append(" -> ").append(a.extra())
                .append('\n')
                .append("  published areas for improvement found: ").append(b.areasForImprovement().matched())
                .append(" of ").append(b.areasForImprovement().matched() + b.areasForImprovement().missing())
                .append(" -> ").append(a.areasForImprovement().matched()).append(" of ")
                .append(a.areasForImprovement().matched() + a.areasForImprovement().missing()).append('\n');
        return Printable.of(out.toString());
    }

    /**
     * One sentence: the outcome on each side, then the area's counts under the changed rules, which the edits
     * reaching it compare with. "Good -> Adequate: the area has 12 of its 13 characteristics demonstrated (0.92),
     * 11 in full (0.85), 1 partly met and none not met, and no cause of concern."
     */
    static String why(ChangeImpact.AreaChange c) {
        ChangeImpact.Side side = c.changed() != null ? c.changed() : c.baseline();
        StringBuilder s = new StringBuilder(outcome(c.baseline())).append(" -> ").append(outcome(c.changed()))
                .append(": ");
        if (side == null) {
            return s.append("the area is in neither rule set.").toString();
        }
        ChangeImpact.Tally t = side.tally();
        int counting = t.assessed() + t.insufficientEvidence();
        s.append("the area has ").append(t.demonstrated()).append(" of its ").append(counting)
                .append(" characteristics demonstrated (").append(share(t.demonstrated(), counting)).append("), ")
                .append(t.exceeded() + t.met()).append(" in full (").append(share(t.exceeded() + t.met(), counting))
                .append("), ").append(t.partlyMet()).append(" partly met and ").append(t.notMet() == 0 ? "none"
                        : String.valueOf(t.notMet())).append(" not met");
        if (t.insufficientEvidence() > 0) {
            s.append(", ").append(t.insufficientEvidence()).append(" without evidence");
        }
        s.append(", and ").append(t.causesOfConcern() == 0 ? "no cause of concern"
                : t.causesOfConcern() + (t.causesOfConcern() == 1 ? " cause" : " causes") + " of concern");
        if (!c.standardsReaching().isEmpty()) {
            s.append("; against ");
            for (int i = 0; i < c.standardsReaching().size(); i++) {
                RuleSetDiff.StandardChange x = c.standardsReaching().get(i);
                s.append(i == 0 ? "" : ", ").append(x.id()).append(' ').append(value(x.after()))
                        .append(" (was ").append(value(x.before())).append(')');
            }
        }
        return s.append('.').toString();
    }

    private static String share(int count, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) count / of);
    }

    /** One side; the changed side leaves out the counts and evidence it shares with the baseline. */
    private static void side(StringBuilder out, String label, ChangeImpact.Side s, ChangeImpact.Side baseline) {
        out.append("  ").append(label).append(": ");
        if (s == null) {
            out.append("the area is not in this rule set\n");
            return;
        }
        out.append(outcome(s)).append(", decided by ").append(s.decidedBy().isEmpty() ? "?" : s.decidedBy());
        ChangeImpact.Tally t = s.tally();
        if (baseline != null && t.equals(baseline.tally())) {
            out.append("; the same counts");
        } else {
            out.append("; ").append(t.demonstrated()).append(" of ").append(t.assessed())
                    .append(" assessed characteristics demonstrated (").append(t.exceeded()).append(" exceeded, ")
                    .append(t.met()).append(" met, ").append(t.mostlyMet()).append(" mostly met, ")
                    .append(t.partlyMet()).append(" partly met, ").append(t.notMet())
                    .append(" not met; ").append(t.insufficientEvidence()).append(" without evidence), ")
                    .append(t.causesOfConcern()).append(t.causesOfConcern() == 1 ? " cause" : " causes")
                    .append(" of concern");
        }
        out.append('\n');
        if (baseline != null && s.evidence().equals(baseline.evidence())) {
            out.append("            evidence: the same\n");
        } else {
            out.append("            evidence: ").append(s.evidence().isEmpty() ? "none" : String.join(", ", s.evidence()))
                    .append('\n');
        }
    }

    private static boolean agrees(ChangeImpact.Published p, ChangeImpact.Side s) {
        return s != null && p.outcome() == s.outcome() && (p.grade() == null || p.grade() == s.grade());
    }

    private static String outcome(ChangeImpact.Side s) {
        return s == null ? "(no area)" : ReplayText.outcome(s.outcome(), s.grade());
    }

    private static String status(Status s) {
        return s == null ? "(none)" : Json.kebab(s).replace('-', ' ');
    }

    static String standard(RuleSetDiff.StandardChange s) {
        return "standard " + s.id() + ": " + value(s.before()) + " -> " + value(s.after())
                + (s.readBy().isEmpty() ? " (read by no rule)" : " (read by " + String.join(", ", s.readBy()) + ")");
    }

    static String rule(RuleSetDiff.RuleChange r) {
        return "rule " + r.id() + " " + Json.kebab(r.kind()) + ": \"" + r.name() + "\" (" + r.location() + ")";
    }

    private static String value(Double v) {
        if (v == null) {
            return "(none)";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf(v.longValue()) : String.valueOf(v);
    }
}
