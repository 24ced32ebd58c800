package org.peelrules.report;

import java.util.List;
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
 * The text report's content as Markdown, for pasting into documents and reviews: the judgments table as a
 * pipe table with the five tiers as columns (padded so that it also reads as plain text), then a section per
 * graded area.
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(Assessment a) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(a.force())).append(" — PEEL assessment\n\n");
        out.append("_").append(escape(Words.stamp(a))).append("_\n\n");
        out.append("## Our judgments\n\n").append(judgmentsTable(a));
        List<AreaJudgment> ungraded = a.judgments().stream().filter(j -> j.outcome() != Outcome.GRADED).toList();
        if (!ungraded.isEmpty()) {
            out.append('\n');
            for (AreaJudgment j : ungraded) {
                out.append("- ").append(escape(j.title())).append(": ").append(j.provisional() == null
                        ? j.outcome().label() : escape(Words.outcomeInFull(j)));
                if (j.whyNotHigher() != null) {
                    out.append(". ").append(Words.whyNotHeading(j.whyNotHigher())).append(": ")
                            .append(escape(Words.whyNotSentence(j.whyNotHigher(), j)));
                }
                out.append('\n');
            }
        }
        for (AreaJudgment j : a.judgments()) {
            if (Words.detailed(j) || !j.causesOfConcern().isEmpty()) {
                out.append('\n').append(area(j));
            }
        }
        return Printable.of(out.toString());
    }

    /** The "Our judgments" table: a column per tier, each area under its grade; cells padded to line up. */
    static String judgmentsTable(Assessment a) {
        List<List<String>> columns = TextReport.columns(a).stream()
                .map(c -> c.stream().map(MarkdownReport::escape).toList()).toList();
        List<Grade> tiers = Words.tiers();
        int rows = Math.max(1, columns.stream().mapToInt(List::size).max().orElse(0));
        int[] width = new int[tiers.size()];
        for (int c = 0; c < tiers.size(); c++) {
            width[c] = Math.max(3, tiers.get(c).label().length());
            for (String name : columns.get(c)) {
                width[c] = Math.max(width[c], name.length());
            }
        }
        StringBuilder out = new StringBuilder();
        row(out, width, c -> tiers.get(c).label());
        row(out, width, c -> "-".repeat(width[c]));
        for (int r = 0; r < rows; r++) {
            int at = r;
            row(out, width, c -> at < columns.get(c).size() ? columns.get(c).get(at) : "");
        }
        return out.toString();
    }

    private static void row(StringBuilder out, int[] width, java.util.function.IntFunction<String> cell) {
        out.append('|');
        for (int c = 0; c < width.length; c++) {
            String text = cell.apply(c);
            out.append(' ').append(text).append(" ".repeat(width[c] - text.length())).append(" |");
        }
        out.append('\n');
    }

    private static String area(AreaJudgment j) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(escape(j.title())).append(": ")
                .append(j.grade() != null ? Words.outcome(j) : escape(Words.outcomeInFull(j))).append("\n\n");
        out.append("> ").append(escape(j.descriptor())).append("\n\n");
        if (j.whyNotHigher() != null) {
            out.append("**").append(Words.whyNotHeading(j.whyNotHigher())).append(":** ")
                    .append(escape(Words.whyNotSentence(j.whyNotHigher(), j))).append("\n\n");
        }
        if (!j.causesOfConcern().isEmpty()) {
            out.append("### Causes of concern\n\n");
            for (CauseOfConcern c : j.causesOfConcern()) {
                out.append("- **").append(escape(c.title())).append("** (").append(c.topic()).append(")\n");
                for (Recommendation r : c.recommendations()) {
                    out.append("  - Recommendation (").append(r.characteristic()).append(", within ")
                            .append(r.withinMonths()).append(" months): ").append(escape(r.text().strip()))
                            .append('\n');
                }
            }
            out.append('\n');
        }
        if (!j.areasForImprovement().isEmpty()) {
            out.append("### Areas for improvement\n\n");
            for (AreaForImprovement f : j.areasForImprovement()) {
                out.append("- (").append(f.characteristic()).append(") ").append(escape(f.text().strip()));
                if (f.restated()) {
                    out.append(" _This remains an area for improvement from ").append(f.restatedFrom()).append("._");
                }
                out.append('\n');
            }
            out.append('\n');
        }
        if (!j.nationalRecommendationsNotMet().isEmpty()) {
            out.append("### National recommendations not complied with\n\n");
            for (NationalRecommendationNotMet n : j.nationalRecommendationsNotMet()) {
                out.append("- (").append(n.year() == null ? "" : n.year() + ", ").append(n.characteristic())
                        .append(") ")
                        .append(escape(n.text().strip())).append('\n');
            }
            out.append('\n');
        }
        if (!j.innovativePractice().isEmpty()) {
            out.append("### Innovative practice\n\n");
            for (InnovativePractice p : j.innovativePractice()) {
                out.append("- (").append(p.characteristic()).append(") ").append(escape(p.title().strip()))
                        .append('\n');
            }
            out.append('\n');
        }
        if (!j.otherShortfalls().isEmpty()) {
            out.append("### Other shortfalls noted\n\n");
            for (ShortfallNoted s : j.otherShortfalls()) {
                out.append("- (").append(s.characteristic()).append(") ").append(escape(s.text().strip()))
                        .append('\n');
            }
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** Characters that would otherwise start Markdown syntax inside running text or a table cell. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.replaceAll("\\s*\\n\\s*", " ").toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }
}
