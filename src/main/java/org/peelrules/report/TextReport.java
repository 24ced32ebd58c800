package org.peelrules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.peelrules.judgment.AreaForImprovement;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.InnovativePractice;
import org.peelrules.judgment.NationalRecommendationNotMet;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.Recommendation;
import org.peelrules.judgment.ShortfallNoted;
import org.peelrules.text.Printable;

/**
 * A plain-text report laid out like a PEEL report: the "Our judgments" table with the five tiers as columns
 * and each area under its grade, the areas without a grade, then each area's causes of concern with their
 * recommendations, areas for improvement, national recommendations and innovative practice, and what keeps it
 * from the next tier up.
 */
public final class TextReport {
    private TextReport() {
    }

    public static String render(Assessment a) {
        StringBuilder out = new StringBuilder();
        out.append(a.force()).append(" — PEEL assessment\n");
        out.append(stamp(a)).append("\n\n");
        out.append("Our judgments\n\n").append(judgmentsTable(a));
        List<AreaJudgment> ungraded = a.judgments().stream().filter(j -> j.outcome() != Outcome.GRADED).toList();
        if (!ungraded.isEmpty()) {
            out.append('\n');
            for (AreaJudgment j : ungraded) {
                out.append(j.title()).append(": ").append(j.provisional() == null ? j.outcome().label()
                        : Words.outcomeInFull(j)).append('\n');
                if (j.whyNotHigher() != null) {
                    out.append("  ").append(Words.whyNotHeading(j.whyNotHigher())).append(": ")
                            .append(Words.whyNotSentence(j.whyNotHigher(), j)).append('\n');
                }
            }
        }
        for (AreaJudgment j : a.judgments()) {
            if (Words.detailed(j) || !j.causesOfConcern().isEmpty()) {
                out.append('\n').append(areaDetail(j));
            }
        }
        return Printable.of(out.toString());
    }

    /** The line that says which framework, rules and library produced the assessment. */
    public static String stamp(Assessment a) {
        return Printable.of(Words.stamp(a));
    }

    /** Five tier columns, each area's short name under its grade, as in the report's "Our judgments" table. */
    public static String judgmentsTable(Assessment a) {
        List<List<String>> columns = columns(a);
        int rows = columns.stream().mapToInt(List::size).max().orElse(0);
        List<Grade> tiers = Words.tiers();
        int[] width = new int[tiers.size()];
        for (int c = 0; c < tiers.size(); c++) {
            width[c] = tiers.get(c).label().length();
            for (String name : columns.get(c)) {
                width[c] = Math.max(width[c], name.length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, width, c -> tiers.get(c).label());
        line(out, width, c -> "-".repeat(width[c]));
        for (int r = 0; r < rows; r++) {
            int row = r;
            line(out, width, c -> row < columns.get(c).size() ? columns.get(c).get(row) : "");
        }
        return Printable.of(out.toString());
    }

    /** For each tier, best first, the short names of the areas awarded it, in the framework's order. */
    static List<List<String>> columns(Assessment a) {
        List<List<String>> columns = new ArrayList<>();
        for (Grade g : Words.tiers()) {
            columns.add(a.judgments().stream().filter(j -> j.grade() == g).map(AreaJudgment::shortName).toList());
        }
        return columns;
    }

    private static void line(StringBuilder out, int[] width, IntFunction<String> cell) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            if (c > 0) {
                l.append(" | ");
            }
            String text = cell.apply(c);
            l.append(text).append(" ".repeat(width[c] - text.length()));
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }

    /** One graded area: its grade, descriptor and why not higher, then its findings. */
    public static String areaDetail(AreaJudgment j) {
        StringBuilder out = new StringBuilder();
        out.append(j.title()).append(": ").append(j.grade() != null ? Words.outcome(j) : Words.outcomeInFull(j))
                .append('\n');
        out.append("  ").append(j.descriptor()).append('\n');
        if (j.whyNotHigher() != null) {
            out.append("  ").append(Words.whyNotHeading(j.whyNotHigher())).append(": ")
                    .append(Words.whyNotSentence(j.whyNotHigher(), j)).append('\n');
        }
        for (CauseOfConcern c : j.causesOfConcern()) {
            out.append("  Cause of concern: ").append(c.title()).append('\n');
            for (Recommendation r : c.recommendations()) {
                out.append("    Recommendation (").append(r.characteristic()).append(", within ")
                        .append(r.withinMonths()).append(" months): ").append(r.text().strip()).append('\n');
            }
        }
        for (AreaForImprovement f : j.areasForImprovement()) {
            out.append("  Area for improvement (").append(f.characteristic()).append("): ").append(f.text().strip());
            if (f.restated()) {
                out.append(" This remains an area for improvement from ").append(f.restatedFrom()).append('.');
            }
            out.append('\n');
        }
        for (NationalRecommendationNotMet n : j.nationalRecommendationsNotMet()) {
            out.append("  National recommendation not complied with (").append(n.year() == null ? "" : n.year() + ", ")
                    .append(n.characteristic()).append("): ").append(n.text().strip()).append('\n');
        }
        for (InnovativePractice p : j.innovativePractice()) {
            out.append("  Innovative practice (").append(p.characteristic()).append("): ").append(p.title().strip())
                    .append('\n');
        }
        for (ShortfallNoted s : j.otherShortfalls()) {
            out.append("  Other shortfall noted, not an area for improvement (").append(s.characteristic())
                    .append("): ").append(s.text().strip()).append('\n');
        }
        return Printable.of(out.toString());
    }
}
