package org.peelrules.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.Recommendation;
import org.peelrules.judgment.RuleRef;
import org.peelrules.judgment.StandardValue;
import org.peelrules.judgment.Trace;
import org.peelrules.judgment.WhyNotHigher;
import org.peelrules.text.Printable;

/**
 * One area's judgment explained for a person: the grade and descriptor with the rules that decided them, what
 * keeps it from the next tier up, then each finding with the characteristic assessments under it, the evidence
 * under those (its source and a short text) and the rule, file and line behind every step.
 */
public final class ExplainReport {
    private static final int SHORT_TEXT = 220;

    private ExplainReport() {
    }

    /** The judgment explained in full: every step with its rule, file and line ({@link Detail#FULL}). */
    public static String render(Assessment a, AreaJudgment j) {
        return render(a, j, Detail.FULL);
    }

    /**
     * The judgment explained at the given detail: a {@link Detail#SUMMARY} is the area as the text report gives
     * it (grade, descriptor, why not higher, findings in words), without the rules and evidence beneath.
     */
    public static String render(Assessment a, AreaJudgment j, Detail detail) {
        StringBuilder out = new StringBuilder();
        out.append(j.title()).append(" [").append(j.area()).append("], ").append(a.force()).append('\n');
        out.append(Words.stamp(a)).append("\n\n");
        if (detail == Detail.SUMMARY) {
            return Printable.of(out.append(TextReport.areaDetail(j)).toString());
        }
        out.append(j.grade() != null ? "Grade: " : "Outcome: ")
                .append(j.grade() != null ? Words.outcome(j) : Words.outcomeInFull(j)).append('\n');
        out.append("  ").append(j.descriptor()).append('\n');
        Trace t = j.trace();
        if (t != null) {
            if (t.outcome() != null) {
                decision(out, "  Decided by ", t.outcome());
            }
            if (t.descriptor() != null) {
                decision(out, "  Descriptor met by ", t.descriptor());
            }
            if (t.tally() != null) {
                out.append("  Tally by ").append(rule(t.talliedBy())).append(": ").append(Words.tally(t.tally()))
                        .append('\n');
            }
        }
        whyNot(out, j);
        if (t == null) {
            return Printable.of(out.toString());
        }
        Set<String> shown = new HashSet<>();
        if (!t.findings().isEmpty()) {
            out.append("\nFindings\n");
            for (Trace.FindingStep f : t.findings()) {
                finding(out, j, f, shown);
            }
        }
        List<Trace.CharacteristicStep> others = t.characteristics().stream()
                .filter(c -> !shown.contains(c.characteristic())).toList();
        if (!others.isEmpty()) {
            out.append("\nOther characteristics counted for the area\n");
            for (Trace.CharacteristicStep c : others) {
                characteristic(out, c, "  ");
            }
        }
        return Printable.of(out.toString());
    }

    private static void decision(StringBuilder out, String lead, Trace.Decision d) {
        out.append(lead).append(rule(d.rule())).append(" \"").append(d.rule().name()).append('"');
        if (d.standards().isEmpty()) {
            out.append('\n');
            return;
        }
        out.append(", comparing with:\n");
        for (StandardValue s : d.standards()) {
            out.append("    ").append(Words.standard(s)).append('\n');
        }
    }

    private static void whyNot(StringBuilder out, AreaJudgment j) {
        WhyNotHigher w = j.whyNotHigher();
        if (w == null) {
            return;
        }
        out.append('\n').append(Words.whyNotHeading(w)).append('\n');
        if (!w.reachable()) {
            out.append("  ").append(Words.capitalise(Words.whyNotSentence(w, j))).append('\n');
            return;
        }
        out.append("  The smallest change that would reach it:\n");
        for (String change : Words.changes(w, j)) {
            out.append("    - ").append(change).append('\n');
        }
        out.append("  Then ").append(rule(w.rule())).append(" \"").append(w.rule().name()).append("\" would fire");
        if (w.standards().isEmpty()) {
            out.append(".\n");
        } else {
            out.append(", comparing with:\n");
            for (StandardValue s : w.standards()) {
                out.append("    ").append(Words.standard(s)).append('\n');
            }
        }
        out.append("  Now:  ").append(Words.tally(w.now())).append('\n');
        out.append("  Then: ").append(Words.tally(w.needed())).append('\n');
    }

    private static void finding(StringBuilder out, AreaJudgment j, Trace.FindingStep f, Set<String> shown) {
        out.append("  ").append(Words.capitalise(Words.words(f.kind()))).append(": ").append(oneLine(f.title()))
                .append(" (").append(f.subject()).append(")\n");
        out.append("    raised by ").append(rule(f.rule())).append('\n');
        if (f.kind().equals("cause-of-concern")) {
            j.causesOfConcern().stream().filter(c -> c.topic().equals(f.subject()))
                    .map(CauseOfConcern::recommendations).flatMap(List::stream)
                    .forEach(r -> recommendation(out, r));
        }
        for (Trace.SystemicStep s : f.systemic()) {
            out.append("    Systemic shortfall on ").append(s.characteristic()).append(", found by ")
                    .append(rule(s.rule())).append(" from:\n");
            s.evidence().forEach(e -> evidence(out, e, "      "));
        }
        for (Trace.EvidenceStep e : f.evidence()) {
            evidence(out, e, "    ");
        }
        for (String id : f.characteristics()) {
            Words.step(j, id).ifPresent(c -> characteristic(out, c, "    "));
            shown.add(id);
        }
    }

    private static void recommendation(StringBuilder out, Recommendation r) {
        out.append("    Recommendation (").append(r.characteristic()).append(", within ").append(r.withinMonths())
                .append(" months): ").append(oneLine(r.text())).append('\n');
    }

    private static void characteristic(StringBuilder out, Trace.CharacteristicStep c, String indent) {
        out.append(indent).append(c.characteristic()).append(' ').append(Words.status(c.status())).append(", by ")
                .append(rule(c.rule())).append(": ").append(Words.shorten(c.text(), SHORT_TEXT)).append('\n');
        if (c.evidence().isEmpty()) {
            out.append(indent).append("  no evidence\n");
        }
        c.evidence().forEach(e -> evidence(out, e, indent + "  "));
    }

    private static void evidence(StringBuilder out, Trace.EvidenceStep e, String indent) {
        out.append(indent).append("- ").append(e.id());
        if (!e.kind().isEmpty()) {
            out.append(" [").append(Words.words(e.kind())).append(", ").append(oneLine(e.source())).append(']');
        }
        out.append('\n');
        if (!e.summary().isEmpty()) {
            out.append(indent).append("  ").append(Words.shorten(e.summary(), SHORT_TEXT)).append('\n');
        }
        out.append(indent).append("  ");
        if (e.signal() != null) {
            out.append("read as ").append(Words.status(e.signal())).append(e.systemic() ? " at the systemic rate" : "")
                    .append(" by ");
        } else {
            out.append("read by ");
        }
        out.append(rule(e.rule())).append('\n');
    }

    private static String rule(RuleRef r) {
        return Words.rule(r);
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
