package org.peelrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelrules.CatalogueSubmission;
import org.peelrules.RuleHarness;
import org.peelrules.SubmissionReader;
import org.peelrules.TestRules;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.internal.json.Json;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.Finding;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;
import org.peelrules.replay.Replay;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The shapes of the reports: tables laid out as the inspection report lays them out, and HTML that stands alone. */
class ReportsTest {

    static Stream<Arguments> assessments() {
        List<Arguments> all = new ArrayList<>();
        for (Path folder : Replay.cases(TestRules.EXAMPLES)) {
            all.add(Arguments.of(folder.getFileName().toString(),
                    TestRules.evaluator().evaluate(SubmissionReader.read(folder.resolve(Replay.EVIDENCE)))));
        }
        all.add(Arguments.of("synthetic", TestRules.evaluator().evaluate(CatalogueSubmission.of(TestRules.ruleSet()))));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessments")
    void theHtmlReportIsWellFormedAndSelfContained(String name, Assessment a) throws Exception {
        String html = HtmlReport.render(a);
        assertThat(html).startsWith("<!DOCTYPE html>");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");

        assertThat(html).doesNotContainPattern("(?i)\\bsrc\\s*=")
                .doesNotContainPattern("(?i)<(script|link|img|iframe|object|embed)\\b")
                .doesNotContainPattern("(?i)url\\(|@import");
        List<String> hrefs = all(html, "href=\"([^\"]*)\"");
        assertThat(hrefs).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("#"));
        List<String> ids = all(html, " id=\"([^\"]*)\"");
        assertThat(new HashSet<>(ids)).as("ids are unique").hasSameSizeAs(ids);
        assertThat(ids).as("every link has its target").containsAll(hrefs.stream().map(h -> h.substring(1)).toList());

        for (AreaJudgment j : a.judgments()) {
            String section = section(html, HtmlReport.areaAnchor(j));
            for (Finding finding : j.findings()) {
                for (String evidence : finding.evidence()) {
                    assertThat(section).as("%s: %s links to %s", name, j.area(), evidence)
                            .contains("href=\"#" + HtmlReport.evidenceAnchor(j, evidence) + "\"")
                            .contains("id=\"" + HtmlReport.evidenceAnchor(j, evidence) + "\"");
                }
            }
        }
        assertThat(html).contains(a.producedBy().ruleSetHash()).contains(a.producedBy().libraryVersion())
                .contains(a.framework());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessments")
    void theTextJudgmentsTableHasATierPerColumnAndEachAreaUnderItsGrade(String name, Assessment a) {
        List<String> lines = TextReport.judgmentsTable(a).lines().toList();
        List<Integer> bars = bars(lines.get(0));
        assertThat(bars).hasSize(Grade.values().length - 1);
        for (String line : lines) {
            List<Integer> at = bars(line);
            assertThat(at).as("the columns of %s line up", line).isEqualTo(bars.subList(0, at.size()));
        }
        assertThat(cells(lines.get(0))).containsExactly(Stream.of(Grade.values()).map(Grade::label)
                .toArray(String[]::new));
        assertThat(lines.get(1)).matches("[-| ]+");
        underItsGrade(a, lines.subList(2, lines.size()));
        String report = TextReport.render(a);
        assertThat(report).contains(a.producedBy().ruleSetHash()).contains(a.producedBy().libraryVersion())
                .contains(a.framework());
        for (AreaJudgment j : a.judgments()) {
            assertThat(report).contains(j.title());
            j.causesOfConcern().forEach(c -> assertThat(report).contains("Cause of concern: " + c.title()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessments")
    void theMarkdownJudgmentsTableIsAPipeTableWithATierPerColumn(String name, Assessment a) {
        String md = MarkdownReport.render(a);
        List<String> table = md.lines().dropWhile(l -> !l.equals("## Our judgments")).skip(2)
                .takeWhile(l -> l.startsWith("|")).toList();
        assertThat(table).hasSizeGreaterThanOrEqualTo(3);
        for (String row : table) {
            assertThat(row).endsWith("|").hasSize(table.get(0).length());
            assertThat(row.chars().filter(c -> c == '|').count()).as(row).isEqualTo(Grade.values().length + 1L);
        }
        assertThat(cells(table.get(0))).containsExactly(Stream.of(Grade.values()).map(Grade::label)
                .toArray(String[]::new));
        assertThat(table.get(1)).matches("\\|( -+ \\|)+");
        underItsGrade(a, table.subList(2, table.size()));
        assertThat(md).contains(a.producedBy().ruleSetHash()).contains(a.producedBy().libraryVersion());
        for (AreaJudgment j : a.judgments()) {
            if (j.outcome() == Outcome.GRADED) {
                assertThat(md).contains("## " + MarkdownReport.escape(j.title()) + ": " + j.grade().label());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessments")
    void theJsonReportIsTheAssessmentWithItsStamp(String name, Assessment a) throws Exception {
        var tree = Json.json().readTree(JsonReport.render(a));
        assertThat(tree.path("producedBy").path("ruleSetHash").asText()).isEqualTo(a.producedBy().ruleSetHash());
        assertThat(tree.path("framework").asText()).isEqualTo(a.framework());
        assertThat(tree.path("judgments")).hasSize(a.judgments().size());
        for (var j : tree.path("judgments")) {
            assertThat(j.has("trace")).as(j.path("area").asText()).isTrue();
        }
    }

    // --- Helpers ---------------------------------------------------------------------------------------

    /** Each graded area's short name appears in its grade's column, and nowhere else. */
    private static void underItsGrade(Assessment a, List<String> rows) {
        for (AreaJudgment j : a.judgments()) {
            int column = j.grade() == null ? -1 : j.grade().ordinal();
            String name = j.shortName();
            for (String row : rows) {
                List<String> cells = cells(row);
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c).equals(name) || cells.get(c).equals(MarkdownReport.escape(name))) {
                        assertThat(c).as("%s is under %s", name, j.grade()).isEqualTo(column);
                    }
                }
            }
            if (column >= 0) {
                assertThat(rows.stream().map(ReportsTest::cells).filter(c -> c.size() > column)
                        .map(c -> c.get(column)))
                        .as("%s in the %s column", name, j.grade()).containsAnyOf(name, MarkdownReport.escape(name));
            }
        }
    }

    private static List<String> cells(String row) {
        String r = row.startsWith("|") ? row.substring(1) : row;
        List<String> out = new ArrayList<>();
        for (String cell : r.split("\\|", -1)) {
            out.add(cell.strip());
        }
        if (row.startsWith("|") && !out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static List<Integer> bars(String line) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|') {
                at.add(i);
            }
        }
        return at;
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section class=\"area\" id=\"" + id + "\"");
        assertThat(start).as("section %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void aNationalRecommendationWithoutAYearIsReportedWithoutOne() {
        // Findings are reported under a graded area: give every characteristic of the area an observation.
        List<Object> evidence = new ArrayList<>(TestRules.ruleSet().characteristics().stream()
                .filter(c -> c.area().equals("treatment-of-the-public"))
                .map(c -> new Observation("o-" + c.id(), c.id(), Rating.MEETS, "t", "s")).toList());
        evidence.add(new PriorItem("n", PriorItem.Kind.NATIONAL_RECOMMENDATION, null, "2.2.2",
                "Monitor stop and search data.", PriorItem.Progress.NOT_RESOLVED, "s"));
        Assessment a = TestRules.evaluator().evaluate(RuleHarness.submission(evidence.toArray()));
        assertThat(TextReport.render(a))
                .contains("National recommendation not complied with (2.2.2): Monitor stop and search data.");
        assertThat(MarkdownReport.render(a)).contains("- (2.2.2) Monitor stop and search data.");
        assertThat(HtmlReport.render(a)).contains("<span class=\"id\">2.2.2</span>");
        assertThat(JsonReport.render(a)).contains("\"characteristic\" : \"2.2.2\"").doesNotContain("\"year\"");
    }
}
