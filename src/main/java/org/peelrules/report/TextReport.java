package org.peelrules.report;

import java.util.ArrayList;
import java.util.List;
import org.peelrules.AreaForImprovement;
import org.peelrules.AreaJudgment;
import org.peelrules.Assessment;
import org.peelrules.CauseOfConcern;
import org.peelrules.Grade;
import org.peelrules.InnovativePractice;
import org.peelrules.NationalRecommendationNotMet;
import org.peelrules.Outcome;
import org.peelrules.Recommendation;

/** A plain-text report laid out like a PEEL report: the judgments table, then each area's findings. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(Assessment a) {
        StringBuilder out = new StringBuilder();
        out.append(a.force()).append(" — ").append(a.framework()).append('\n');
        out.append(stamp(a)).append("\n\n");
        out.append("Our judgments\n\n").append(judgmentsTable(a)).append('\n');
        for (AreaJudgment j : a.judgments()) {
            if (j.outcome() != Outcome.GRADED) {
                out.append(j.title()).append(": ").append(j.outcome().label()).append('\n');
            }
        }
        for (AreaJudgment j : a.judgments()) {
            if (j.outcome() == Outcome.GRADED) {
                out.append('\n').append(areaDetail(j));
            }
        }
        return out.toString();
    }

    /** The line that says which rules and library produced the assessment. */
    public static String stamp(Assessment a) {
        return "Rule set " + a.producedBy().ruleSet() + " " + a.producedBy().ruleSetHash() + ", "
                + a.producedBy().library() + " " + a.producedBy().libraryVersion();
    }

    /** Five tier columns, each area's short name under its grade, as in the report's "Our judgments" table. */
    public static String judgmentsTable(Assessment a) {
        Grade[] grades = Grade.values();
        List<List<String>> columns = new ArrayList<>();
        int rows = 0;
        for (Grade g : grades) {
            List<String> names = a.judgments().stream().filter(j -> j.grade() == g).map(AreaJudgment::shortName)
                    .toList();
            columns.add(names);
            rows = Math.max(rows, names.size());
        }
        int[] width = new int[grades.length];
        for (int c = 0; c < grades.length; c++) {
            width[c] = grades[c].label().length();
            for (String name : columns.get(c)) {
                width[c] = Math.max(width[c], name.length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, width, c -> grades[c].label());
        line(out, width, c -> "-".repeat(width[c]));
        for (int r = 0; r < rows; r++) {
            int row = r;
            line(out, width, c -> row < columns.get(c).size() ? columns.get(c).get(row) : "");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, int[] width, java.util.function.IntFunction<String> cell) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            if (c > 0) {
                l.append(" | ");
            }
            l.append(String.format("%-" + width[c] + "s", cell.apply(c)));
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }

    /** One graded area: its grade, then causes of concern, areas for improvement and innovative practice. */
    public static String areaDetail(AreaJudgment j) {
        StringBuilder out = new StringBuilder();
        out.append(j.title()).append(": ").append(j.grade().label()).append('\n');
        for (CauseOfConcern c : j.causesOfConcern()) {
            out.append("  Cause of concern: ").append(c.title()).append('\n');
            for (Recommendation r : c.recommendations()) {
                out.append("    Recommendation (within ").append(r.withinMonths()).append(" months, ")
                        .append(r.characteristic()).append("): ").append(r.text()).append('\n');
            }
        }
        for (AreaForImprovement f : j.areasForImprovement()) {
            out.append("  Area for improvement (").append(f.characteristic()).append("): ").append(f.text());
            if (f.restated()) {
                out.append(" This remains an area for improvement from ").append(f.restatedFrom()).append('.');
            }
            out.append('\n');
        }
        for (NationalRecommendationNotMet n : j.nationalRecommendationsNotMet()) {
            out.append("  National recommendation not complied with (").append(n.year()).append(", ")
                    .append(n.characteristic()).append("): ").append(n.text()).append('\n');
        }
        for (InnovativePractice p : j.innovativePractice()) {
            out.append("  Innovative practice (").append(p.characteristic()).append("): ").append(p.title())
                    .append('\n');
        }
        return out.toString();
    }
}
