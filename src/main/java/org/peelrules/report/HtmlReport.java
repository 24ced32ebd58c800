package org.peelrules.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.peelrules.internal.json.Json;
import org.peelrules.judgment.AreaForImprovement;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.Finding;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.InnovativePractice;
import org.peelrules.judgment.NationalRecommendationNotMet;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.Recommendation;
import org.peelrules.judgment.RuleRef;
import org.peelrules.judgment.ShortfallNoted;
import org.peelrules.judgment.Trace;

/**
 * The assessment as one self-contained HTML page: no scripts, fonts, images or style sheets from anywhere
 * else, so it can be mailed, archived or opened offline. The judgments come first, then a section per area
 * with its findings in words. How the rules reached each judgment (rule ids, file:line, the characteristics
 * and the evidence each finding rests on) is folded away at the end of its section, for the reader who asks.
 * The layout holds from a 360 px phone to a desktop, and prints without the folded parts.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    private static final String STYLE = """
            :root { --ink: #1d2329; --muted: #5b6670; --rule: #d5dbe0; --paper: #ffffff; --wash: #f4f6f8;
              --outstanding: #0b5d3b; --good: #2e8540; --adequate: #f2c12e; --requires-improvement: #e87722;
              --inadequate: #c62828; --ungraded: #6b7780; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--ink); background: var(--wash);
              font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            header { background: #24303b; color: #fff; padding: 28px 40px 24px; }
            header h1 { margin: 0 0 4px; font-size: 30px; font-weight: 650; }
            header p { margin: 0; color: #c9d3db; }
            header p.stamp { margin-top: 6px; font-size: 12px; color: #9fb0bd; overflow-wrap: anywhere; }
            main { max-width: 1180px; margin: 0 auto; padding: 24px 40px 48px; }
            section { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px;
              padding: 20px 28px; margin: 0 0 24px; }
            h2 { font-size: 22px; margin: 0 0 12px; display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
            h3 { font-size: 17px; margin: 20px 0 8px; }
            h4 { font-size: 16px; margin: 0 0 6px; }
            a { color: #1558a8; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--rule); }
            .tiers { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 8px; }
            .tier h3 { margin: 0 0 8px; padding: 6px 10px; border-radius: 4px; color: #fff; font-size: 15px;
              font-weight: 600; }
            .tier a { display: block; padding: 6px 8px; margin: 0 0 8px; border-radius: 4px; background: var(--wash);
              color: var(--ink); text-decoration: none; font-weight: 500; overflow-wrap: anywhere; }
            .tier a:hover { text-decoration: underline; }
            .t-outstanding { background: var(--outstanding); } .t-good { background: var(--good); }
            .t-adequate { background: var(--adequate); color: #2b2200 !important; }
            .t-requires-improvement { background: var(--requires-improvement); }
            .t-inadequate { background: var(--inadequate); } .t-ungraded { background: var(--ungraded); }
            .badge { display: inline-block; padding: 2px 10px; border-radius: 999px; color: #fff; font-size: 14px;
              font-weight: 600; }
            .descriptor { color: var(--muted); font-style: italic; margin: 0 0 12px; }
            .ungraded { margin: 16px 0 0; padding: 0; list-style: none; color: var(--muted); }
            .ungraded li { margin: 2px 0; }
            .whynot { background: #eef4fb; border-left: 4px solid #1558a8; padding: 10px 16px; margin: 12px 0;
              border-radius: 0 6px 6px 0; }
            .whynot h3 { margin: 0 0 4px; font-size: 15px; }
            .whynot ul { margin: 4px 0; padding-left: 20px; }
            .finding { border: 1px solid var(--rule); border-radius: 6px; padding: 10px 14px; margin: 8px 0; }
            .finding.concern { border-left: 4px solid var(--inadequate); }
            .finding.improvement { border-left: 4px solid var(--requires-improvement); }
            .finding.national { border-left: 4px solid #7b1fa2; }
            .finding.practice { border-left: 4px solid var(--good); }
            .finding p { margin: 4px 0; }
            .finding ol { margin: 4px 0; padding-left: 22px; }
            .meta { color: var(--muted); font-size: 13px; }
            .meta a { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px;
              white-space: nowrap; }
            table.evidence, table.characteristics { font-size: 13.5px; }
            table.evidence td, table.characteristics td { padding: 6px 8px; }
            table.evidence tr:target { background: #fff6cc; }
            details { margin: 12px 0 0; }
            summary { cursor: pointer; font-weight: 600; }
            footer { max-width: 1180px; margin: 0 auto; padding: 0 40px 40px; color: var(--muted); font-size: 13px;
              overflow-wrap: anywhere; }
            details.derivation { border-top: 1px solid var(--rule); margin-top: 20px; padding-top: 10px; }
            details.derivation > summary { color: var(--muted); font-weight: 500; }
            .table-wrap { overflow-x: auto; }
            @media (max-width: 900px) {
              .tiers { grid-template-columns: repeat(2, minmax(0, 1fr)); }
            }
            @media (max-width: 600px) {
              header { padding: 20px 16px; } header h1 { font-size: 24px; }
              main { padding: 16px 10px 32px; } footer { padding: 0 16px 24px; }
              section { padding: 14px 14px; border-radius: 6px; }
              .tiers { grid-template-columns: minmax(0, 1fr); }
              .id { white-space: normal; overflow-wrap: anywhere; }
              th, td { padding: 6px 6px; overflow-wrap: anywhere; }
            }
            @media print {
              body { background: #fff; font-size: 11pt; }
              header { background: #fff; color: var(--ink); padding: 0 0 12pt; border-bottom: 2px solid var(--ink); }
              header p, header p.stamp { color: var(--muted); }
              main { max-width: none; padding: 12pt 0; }
              section { border: none; padding: 0; margin: 0 0 14pt; break-inside: auto; }
              section.area { break-before: page; }
              .finding, .whynot, .tier { break-inside: avoid; }
              details.derivation { display: none; }
              .tier h3, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    /** The page with how the rules reached each judgment folded away beneath it ({@link Detail#FULL}). */
    public static String render(Assessment a) {
        return render(a, Detail.FULL);
    }

    /**
     * The page at the given detail: a {@link Detail#SUMMARY} leaves out the folded derivation altogether (rule ids,
     * file:line, the characteristics table and the evidence), for a reader who will never unfold it.
     */
    public static String render(Assessment a, Detail detail) {
        StringBuilder out = new StringBuilder();
        String title = a.force() + " — PEEL assessment";
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<meta name=\"generator\" content=\"").append(attr(a.producedBy().library() + " "
                        + a.producedBy().libraryVersion())).append("\" />\n")
                .append("<title>").append(text(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        out.append("<header>\n<h1>").append(text(a.force())).append("</h1>\n<p>PEEL assessment, framework ")
                .append(text(a.framework())).append("</p>\n<p class=\"stamp\">").append(text(Words.stamp(a)))
                .append("</p>\n</header>\n<main>\n");
        judgments(out, a);
        // Graded areas first, as the text report does: they are what a reader opens the report for.
        a.judgments().stream().filter(j -> j.outcome() == Outcome.GRADED).forEach(j -> area(out, j, detail));
        a.judgments().stream().filter(j -> j.outcome() != Outcome.GRADED).forEach(j -> area(out, j, detail));
        out.append("</main>\n<footer>\n<p>").append(text(Words.stamp(a))).append("</p>\n</footer>\n")
                .append("</body>\n</html>\n");
        return out.toString();
    }

    private static void judgments(StringBuilder out, Assessment a) {
        out.append("<section id=\"judgments\">\n<h2>Our judgments</h2>\n<div class=\"tiers\">\n");
        // One column per tier, its areas stacked beneath; on a narrow screen the columns stack in turn.
        for (Grade g : Words.tiers()) {
            out.append("<div class=\"tier\"><h3 class=\"t-").append(Json.kebab(g)).append("\">").append(text(g.label()))
                    .append("</h3>");
            for (AreaJudgment j : a.judgments().stream().filter(j -> j.grade() == g).toList()) {
                out.append("<a href=\"#").append(areaAnchor(j)).append("\">").append(text(j.shortName()))
                        .append("</a>");
            }
            out.append("</div>\n");
        }
        out.append("</div>\n");
        List<AreaJudgment> ungraded = a.judgments().stream().filter(j -> j.outcome() != Outcome.GRADED).toList();
        if (!ungraded.isEmpty()) {
            out.append("<ul class=\"ungraded\">\n");
            for (AreaJudgment j : ungraded) {
                out.append("<li><a href=\"#").append(areaAnchor(j)).append("\">").append(text(j.title()))
                        .append("</a>: ").append(text(j.provisional() == null ? j.outcome().label()
                                : Words.outcomeInFull(j))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private static void area(StringBuilder out, AreaJudgment j, Detail detail) {
        String tier = j.grade() != null ? Json.kebab(j.grade()) : "ungraded";
        out.append("<section class=\"area\" id=\"").append(areaAnchor(j)).append("\">\n<h2>")
                .append(text(j.title())).append(" <span class=\"badge t-").append(tier).append("\">")
                .append(text(Words.outcome(j))).append("</span></h2>\n");
        out.append("<p class=\"descriptor\">").append(text(j.descriptor())).append("</p>\n");
        if (j.provisional() != null) {
            out.append("<p class=\"provisional\">").append(text(Words.capitalise(Words.provisional(j))))
                    .append(".</p>\n");
        }
        whyNot(out, j);
        if (!j.causesOfConcern().isEmpty()) {
            out.append("<h3>Causes of concern</h3>\n");
            for (CauseOfConcern c : j.causesOfConcern()) {
                out.append("<div class=\"finding concern\">\n<h4>").append(text(c.title()))
                        .append(" <span class=\"id\">")
                        .append(text(c.topic())).append("</span></h4>\n<ol>\n");
                for (Recommendation r : c.recommendations()) {
                    out.append("<li>").append(text(r.text().strip())).append(" <span class=\"meta\">(")
                            .append(text(r.characteristic())).append(", within ").append(r.withinMonths())
                            .append(" months)</span></li>\n");
                }
                out.append("</ol>\n");
                out.append("</div>\n");
            }
        }
        if (!j.areasForImprovement().isEmpty()) {
            out.append("<h3>Areas for improvement</h3>\n");
            for (AreaForImprovement f : j.areasForImprovement()) {
                out.append("<div class=\"finding improvement\">\n<p>").append(text(f.text().strip()));
                if (f.restated()) {
                    out.append(" <em>This remains an area for improvement from ").append(f.restatedFrom())
                            .append(".</em>");
                }
                out.append(" <span class=\"id\">").append(text(f.characteristic())).append("</span></p>\n");
                out.append("</div>\n");
            }
        }
        if (!j.nationalRecommendationsNotMet().isEmpty()) {
            out.append("<h3>National recommendations not complied with</h3>\n");
            for (NationalRecommendationNotMet n : j.nationalRecommendationsNotMet()) {
                out.append("<div class=\"finding national\">\n<p>").append(text(n.text().strip()))
                        .append(" <span class=\"id\">").append(n.year() == null ? "" : n.year() + ", ")
                        .append(text(n.characteristic()))
                        .append("</span></p>\n");
                out.append("</div>\n");
            }
        }
        if (!j.innovativePractice().isEmpty()) {
            out.append("<h3>Innovative practice</h3>\n");
            for (InnovativePractice p : j.innovativePractice()) {
                out.append("<div class=\"finding practice\">\n<p>").append(text(p.title().strip()))
                        .append(" <span class=\"id\">").append(text(p.characteristic())).append("</span></p>\n");
                out.append("</div>\n");
            }
        }
        if (!j.otherShortfalls().isEmpty()) {
            out.append("<h3>Other shortfalls noted</h3>\n");
            for (ShortfallNoted s : j.otherShortfalls()) {
                out.append("<div class=\"finding noted\">\n<p>").append(text(s.text().strip()))
                        .append(" <span class=\"id\">").append(text(s.characteristic())).append("</span></p>\n");
                out.append("</div>\n");
            }
        }
        if (detail == Detail.FULL) {
            derivation(out, j, j.trace());
        }
        out.append("</section>\n");
    }

    /** How the rules reached the judgment, folded away: the rules, the findings' evidence, the tables. */
    private static void derivation(StringBuilder out, AreaJudgment j, Trace trace) {
        if (trace == null) {
            return;
        }
        out.append("<details class=\"derivation\">\n<summary>How the rules reached this judgment</summary>\n");
        if (trace.outcome() != null) {
            out.append("<p class=\"meta\">Decided by ").append(rule(trace.outcome().rule()));
            if (trace.descriptor() != null) {
                out.append("; descriptor met by ").append(rule(trace.descriptor().rule()));
            }
            if (trace.tally() != null) {
                out.append(". ").append(text(Words.capitalise(Words.tally(trace.tally())))).append('.');
            }
            out.append("</p>\n");
        }
        var w = j.whyNotHigher();
        if (w != null && w.reachable()) {
            out.append("<p class=\"meta\">").append(text(Words.capitalise(Words.whyNotHeading(w))))
                    .append(": after the smallest change, ").append(rule(w.rule())).append(" would fire");
            out.append(w.standards().isEmpty() ? "." : ", comparing with:");
            for (var s : w.standards()) {
                out.append("<br />").append(text(Words.standard(s)));
            }
            out.append("</p>\n");
        }
        for (CauseOfConcern c : j.causesOfConcern()) {
            restsOn(out, j, c, "Cause of concern " + c.topic(), "cause-of-concern", c.topic());
        }
        for (AreaForImprovement f : j.areasForImprovement()) {
            restsOn(out, j, f, "Area for improvement " + f.characteristic(), "area-for-improvement",
                    f.characteristic());
        }
        for (NationalRecommendationNotMet n : j.nationalRecommendationsNotMet()) {
            restsOn(out, j, n, "National recommendation " + n.characteristic(), "national-recommendation-not-met",
                    n.characteristic());
        }
        for (InnovativePractice p : j.innovativePractice()) {
            restsOn(out, j, p, "Innovative practice " + p.characteristic(), "innovative-practice",
                    p.characteristic());
        }
        for (ShortfallNoted s : j.otherShortfalls()) {
            restsOn(out, j, s, "Shortfall noted " + s.characteristic(), "shortfall-noted", s.characteristic());
        }
        if (!trace.characteristics().isEmpty()) {
            characteristics(out, j, trace);
        }
        if (!trace.characteristics().isEmpty() || !j.findings().isEmpty()) {
            evidence(out, j, trace);
        }
        out.append("</details>\n");
    }

    private static void whyNot(StringBuilder out, AreaJudgment j) {
        if (j.whyNotHigher() == null) {
            return;
        }
        var w = j.whyNotHigher();
        out.append("<div class=\"whynot\">\n<h3>").append(text(Words.whyNotHeading(w))).append("</h3>\n");
        if (!w.reachable()) {
            out.append("<p>").append(text(Words.capitalise(Words.whyNotSentence(w, j)))).append("</p>\n");
        } else {
            out.append("<p>The smallest change that would meet it:</p>\n<ul>\n");
            for (String change : Words.changes(w, j)) {
                out.append("<li>").append(text(Words.capitalise(change))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</div>\n");
    }

    /** The links from a finding to the evidence it rests on, and the rule that raised it. */
    private static void restsOn(StringBuilder out, AreaJudgment j, Finding f, String label, String kind,
                                String subject) {
        out.append("<p class=\"meta\">").append(text(label)).append(" rests on ");
        if (f.evidence().isEmpty()) {
            out.append("no evidence item");
        }
        for (int i = 0; i < f.evidence().size(); i++) {
            String id = f.evidence().get(i);
            out.append(i == 0 ? "" : ", ").append("<a href=\"#").append(evidenceAnchor(j, id)).append("\">")
                    .append(text(id)).append("</a>");
        }
        RuleRef by = j.trace() == null ? null : j.trace().findings().stream()
                .filter(s -> s.kind().equals(kind) && s.subject().equals(subject)).map(Trace.FindingStep::rule)
                .findFirst().orElse(null);
        if (by != null) {
            out.append("; raised by ").append(rule(by));
        }
        out.append("</p>\n");
    }

    private static void characteristics(StringBuilder out, AreaJudgment j, Trace trace) {
        out.append("<details>\n<summary>Characteristics assessed for this area (")
                .append(trace.characteristics().size()).append(")</summary>\n")
                .append("<div class=\"table-wrap\"><table class=\"characteristics\">\n<thead><tr><th>Characteristic</th><th>Status</th>")
                .append("<th>Evidence</th><th>Rule</th></tr></thead>\n<tbody>\n");
        for (Trace.CharacteristicStep c : trace.characteristics()) {
            out.append("<tr><td><span class=\"id\">").append(text(c.characteristic())).append("</span> ")
                    .append(text(Words.shorten(c.text(), 160))).append("</td><td>")
                    .append(text(Words.status(c.status())))
                    .append("</td><td>");
            List<String> ids = c.evidence().stream().map(Trace.EvidenceStep::id).distinct().toList();
            for (int i = 0; i < ids.size(); i++) {
                out.append(i == 0 ? "" : ", ").append("<a class=\"id\" href=\"#").append(evidenceAnchor(j, ids.get(i)))
                        .append("\">").append(text(ids.get(i))).append("</a>");
            }
            out.append("</td><td class=\"meta\">").append(c.rule() == null ? "" : rule(c.rule()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table></div>\n</details>\n");
    }

    /** Every evidence item the area's trace or findings cite, once, with how each rule read it. */
    private static void evidence(StringBuilder out, AreaJudgment j, Trace trace) {
        Map<String, List<Trace.EvidenceStep>> byId = new TreeMap<>();
        Map<String, List<String>> readings = new LinkedHashMap<>();
        for (Trace.CharacteristicStep c : trace.characteristics()) {
            for (Trace.EvidenceStep e : c.evidence()) {
                byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
                readings.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(c.characteristic() + " "
                        + Words.status(e.signal()) + (e.systemic() ? " at the systemic rate" : "") + ", "
                        + Words.rule(e.rule()));
            }
        }
        for (Trace.FindingStep f : trace.findings()) {
            List<Trace.EvidenceStep> all = new ArrayList<>(f.evidence());
            f.systemic().forEach(s -> all.addAll(s.evidence()));
            for (Trace.EvidenceStep e : all) {
                byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
                if (e.signal() == null) {
                    readings.computeIfAbsent(e.id(), k -> new ArrayList<>()).add("read for the "
                            + Words.words(f.kind()) + " on " + f.subject() + ", " + Words.rule(e.rule()));
                }
            }
        }
        for (Finding f : j.findings()) {
            f.evidence().forEach(id -> byId.computeIfAbsent(id, k -> new ArrayList<>()));
        }
        out.append("<h3>Evidence</h3>\n<div class=\"table-wrap\"><table class=\"evidence\">\n<thead><tr><th>Item</th><th>What it says</th>")
                .append("<th>Source</th><th>How the rules read it</th></tr></thead>\n<tbody>\n");
        byId.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Trace.EvidenceStep first = e.getValue().isEmpty() ? null : e.getValue().get(0);
            out.append("<tr id=\"").append(evidenceAnchor(j, e.getKey())).append("\"><td><span class=\"id\">")
                    .append(text(e.getKey())).append("</span>");
            if (first != null && !first.kind().isEmpty()) {
                out.append("<br /><span class=\"meta\">").append(text(Words.words(first.kind()))).append("</span>");
            }
            out.append("</td><td>").append(first == null ? "" : text(first.summary())).append("</td><td>")
                    .append(first == null ? "" : text(first.source())).append("</td><td class=\"meta\">");
            List<String> read = readings.getOrDefault(e.getKey(), List.of()).stream().distinct().toList();
            out.append(text(String.join("; ", read))).append("</td></tr>\n");
        });
        out.append("</tbody>\n</table></div>\n");
    }

    private static String rule(RuleRef r) {
        return "<span title=\"" + attr(r.name()) + "\">" + text(Words.rule(r)) + "</span>";
    }

    static String areaAnchor(AreaJudgment j) {
        return "area-" + anchor(j.area());
    }

    /** Evidence anchors are per area: an item cited by two areas is listed, and linked, in each. */
    static String evidenceAnchor(AreaJudgment j, String id) {
        return "ev-" + anchor(j.area()) + "--" + anchor(id);
    }

    /** An id safe in a URL fragment and an HTML attribute, distinct for distinct inputs. */
    private static String anchor(String id) {
        StringBuilder out = new StringBuilder();
        for (char ch : id.toCharArray()) {
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-') {
                out.append(ch);
            } else {
                out.append('_').append(String.format(Locale.ROOT, "%04x", (int) ch));
            }
        }
        return out.toString();
    }

    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static String attr(String s) {
        return text(s);
    }
}
