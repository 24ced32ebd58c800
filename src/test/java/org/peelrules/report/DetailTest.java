package org.peelrules.report;

import org.peelrules.internal.json.Json;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelrules.SubmissionReader;
import org.peelrules.TestRules;
import org.peelrules.replay.Replay;

/**
 * {@code --detail}: a summary leaves out the derivation (rule ids, file:line, evidence ids) and keeps every
 * judgment, finding and status; the full report, the default, is the assessment as the library's mapper writes it.
 */
class DetailTest {

    static Stream<Path> examples() {
        return Replay.cases(TestRules.EXAMPLES).stream();
    }

    private static Assessment evaluate(Path caseFolder) {
        return TestRules.evaluator().evaluate(SubmissionReader.read(caseFolder.resolve(Replay.EVIDENCE),
                TestRules.ruleSet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theFullReportIsTheDefaultAndTheWholeAssessment(Path caseFolder) throws Exception {
        Assessment a = evaluate(caseFolder);
        assertThat(JsonReport.render(a, Detail.FULL)).isEqualTo(JsonReport.render(a))
                .isEqualTo(Json.json().writeValueAsString(a) + "\n")
                .contains("\"trace\"");
        assertThat(HtmlReport.render(a, Detail.FULL)).isEqualTo(HtmlReport.render(a));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aJsonSummaryIsTheFullReportWithoutTheDerivation(Path caseFolder) throws Exception {
        Assessment a = evaluate(caseFolder);
        String fullText = JsonReport.render(a, Detail.FULL);
        String summaryText = JsonReport.render(a, Detail.SUMMARY);
        assertThat(summaryText.length()).as("summary vs full size").isLessThan(fullText.length() / 3);

        JsonNode summary = Json.json().readTree(summaryText);
        assertThat(summary.get("detail").asText()).isEqualTo("summary");
        assertThat(fieldNames(summary)).doesNotContain("trace", "decidedBy", "evidence", "rule", "file", "line");
        assertThat(summaryText).doesNotContain(".drl");

        // Removing the same fields from the full report gives the summary exactly: nothing else is lost or changed.
        ObjectNode expected = (ObjectNode) Json.json().readTree(fullText);
        for (JsonNode j : expected.path("judgments")) {
            ((ObjectNode) j).remove(List.of("trace", "decidedBy"));
            for (String list : List.of("causesOfConcern", "areasForImprovement", "nationalRecommendationsNotMet",
                    "innovativePractice", "otherShortfalls", "characteristics")) {
                j.path(list).forEach(e -> ((ObjectNode) e).remove("evidence"));
            }
            if (j.get("whyNotHigher") instanceof ObjectNode w) {
                w.remove(List.of("rule", "standards"));
            }
        }
        ((ObjectNode) summary).remove("detail");
        assertThat(summary).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void anHtmlSummaryKeepsEveryAreaAndFindingButNotTheDerivation(Path caseFolder) {
        Assessment a = evaluate(caseFolder);
        String full = HtmlReport.render(a, Detail.FULL);
        String summary = HtmlReport.render(a, Detail.SUMMARY);
        assertThat(full).contains("class=\"derivation\"");
        assertThat(summary).doesNotContain("class=\"derivation\"", ".drl:", "class=\"evidence\"")
                .endsWith("</html>\n");
        assertThat(summary.length()).isLessThan(full.length() / 2);
        for (AreaJudgment j : a.judgments()) {
            assertThat(summary).contains("id=\"" + HtmlReport.areaAnchor(j) + "\"");
            j.causesOfConcern().forEach(c -> assertThat(summary).contains(HtmlReport.text(c.title())));
            j.areasForImprovement().forEach(f -> assertThat(summary).contains(HtmlReport.text(f.text().strip())));
        }
        // Only the derivation is left out: everything before the first one is the same.
        int firstFold = full.indexOf("<details class=\"derivation\">");
        assertThat(summary).startsWith(full.substring(0, firstFold));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void anExplanationSummaryIsTheAreaInWordsWithoutItsRules(Path caseFolder) {
        Assessment a = evaluate(caseFolder);
        AreaJudgment j = a.judgments().get(0);
        String summary = ExplainReport.render(a, j, Detail.SUMMARY);
        assertThat(ExplainReport.render(a, j)).contains(".drl:");
        assertThat(summary).doesNotContain(".drl:").endsWith(TextReport.areaDetail(j))
                .startsWith(j.title() + " [" + j.area() + "], " + a.force() + "\n");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        }
        node.forEach(child -> names.addAll(fieldNames(child)));
        return names;
    }
}
