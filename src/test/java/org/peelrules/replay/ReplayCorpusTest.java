package org.peelrules.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.peelrules.RuleFolders;
import org.peelrules.TestRules;
import org.peelrules.internal.json.Json;
import org.peelrules.judgment.Grade;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Replaying the synthetic corpus with the bundled rule set: every case and area compared, the agreement
 * summed up, and the same results as text, JSON and JUnit XML.
 */
class ReplayCorpusTest {
    private static final Path AGREEING = RuleFolders.CORPUS.resolve("agreeing");
    private static final Path DISAGREEING = RuleFolders.CORPUS.resolve("disagreeing");
    private static final Path BROKEN = RuleFolders.CORPUS.resolve("broken");
    private static final Path PROVISIONAL = RuleFolders.CORPUS.resolve("provisional");

    private static List<CaseResult> replay(Path... roots) {
        return new Replay(TestRules.evaluator()).replayAll(List.of(roots));
    }

    @Test
    void aProvisionalGradeMatchingThePublishedOneIsCountedApartFromAgreement() throws Exception {
        List<CaseResult> results = replay(PROVISIONAL);
        AreaResult thin = results.get(0).areas().get(0);
        assertThat(thin.derivedGrade()).isNull();
        assertThat(thin.derivedProvisionalGrade()).isEqualTo(Grade.GOOD);
        assertThat(thin.gradeAgrees()).isFalse();
        assertThat(thin.gradeAgreesProvisionally()).isTrue();
        assertThat(results.get(0).agrees()).as("a provisional grade is not a grade").isFalse();

        Agreement a = Agreement.of(results);
        assertThat(a.gradesAgreeing()).isZero();
        assertThat(a.gradesAgreeingProvisionally()).isEqualTo(1);
        assertThat(ReplayText.report(results))
                .contains("responding-to-the-public: published Good, derived insufficient evidence, provisionally Good "
                        + "(agrees provisionally)")
                .contains("and provisionally (too little evidence to grade, pointing to the published grade): 1 more, "
                        + "1/1 in all");
        JsonNode json = Json.json().readTree(ReplayJson.render(results));
        JsonNode area = json.at("/cases/0/areas/0");
        assertThat(area.at("/derived/provisionalGrade").asText()).isEqualTo("good");
        assertThat(area.at("/gradeAgreesProvisionally").asBoolean()).isTrue();
        assertThat(json.at("/summary/gradesAgreeingProvisionally").asInt()).isEqualTo(1);

        // A full grade that agrees is never also counted provisionally.
        assertThat(Agreement.of(replay(AGREEING)).gradesAgreeingProvisionally()).isZero();
    }

    @Test
    void agreeingCasesAgreeAndExtraFindingsDoNotBreakAgreement() {
        List<CaseResult> results = replay(AGREEING);
        assertThat(results).extracting(CaseResult::name).containsExactly("rp-good", "rp-requires-improvement");
        assertThat(results).allMatch(CaseResult::agrees);
        AreaResult ri = results.get(1).areas().get(0);
        assertThat(ri.count(FindingMatch.Verdict.EXTRA)).isEqualTo(1);
        assertThat(ri.findings()).contains(new FindingMatch("area for improvement", "4.2.2", FindingMatch.Verdict.EXTRA));
        assertThat(Agreement.of(results).allAgree()).isTrue();
    }

    @Test
    void theAgreementCountsGradesTheConfusionMatrixAndFindings() {
        Agreement a = Agreement.of(replay(AGREEING, DISAGREEING));
        assertThat(a.cases()).isEqualTo(3);
        assertThat(a.areas()).isEqualTo(3);
        assertThat(a.gradesAgreeing()).isEqualTo(2);
        assertThat(a.areasAgreeing()).isEqualTo(2);
        assertThat(a.allAgree()).isFalse();
        int outstanding = Grade.OUTSTANDING.ordinal();
        int good = Grade.GOOD.ordinal();
        int ri = Grade.REQUIRES_IMPROVEMENT.ordinal();
        assertThat(a.confusion().get(outstanding).get(good)).isEqualTo(1);
        assertThat(a.confusion().get(good).get(good)).isEqualTo(1);
        assertThat(a.confusion().get(ri).get(ri)).isEqualTo(1);
        assertThat(a.confusion().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum()).isEqualTo(3);
        // rp-good: 1 matched; rp-requires-improvement: 4 matched, 1 extra; rp-published-outstanding: 1 missing, 1 extra
        assertThat(a.matched()).isEqualTo(5);
        assertThat(a.missing()).isEqualTo(1);
        assertThat(a.extra()).isEqualTo(2);
        assertThat(a.precision()).isEqualTo(5.0 / 7);
        assertThat(a.recall()).isEqualTo(5.0 / 6);
    }

    @Test
    void aBrokenCaseIsReportedByNameAndTheOthersStillRun() {
        List<CaseResult> results = replay(BROKEN, AGREEING, Path.of("no-such-folder"));
        assertThat(results).extracting(CaseResult::name).containsExactly("no-evidence", "unknown-characteristic",
                "rp-good", "rp-requires-improvement", "no-such-folder");
        assertThat(results.get(0).error()).contains("no-evidence/evidence.json: missing");
        assertThat(results.get(1).error()).contains("unknown-characteristic/evidence.json")
                .contains("/observations/0/characteristic: unknown characteristic \"4.9.9\"");
        assertThat(results.get(4).error()).contains("not a folder");
        assertThat(results.subList(2, 4)).allMatch(CaseResult::agrees);
        Agreement a = Agreement.of(results);
        assertThat(a.failedCases()).isEqualTo(3);
        assertThat(a.allAgree()).isFalse();
    }

    @Test
    void theTextReportShowsEveryAreaAndFindingThenTheSummary() {
        String text = ReplayText.report(replay(AGREEING, DISAGREEING));
        assertThat(text).contains("rp-published-outstanding: disagrees\n"
                + "  responding-to-the-public: published Outstanding, derived Good (DISAGREES)\n"
                + "    missing  area for improvement 4.1.1\n"
                + "    extra    area for improvement 4.3.2\n");
        assertThat(text).contains("  grades agreeing: 2/3 areas\n")
                .contains("  findings: 5 matched, 1 missing, 2 extra; precision 0.71 (5/7), recall 0.83 (5/6)\n");
        assertThat(text).isEqualTo(ReplayText.report(replay(AGREEING, DISAGREEING)));
    }

    @Test
    void theJsonReportHoldsTheSameResults() throws Exception {
        List<CaseResult> results = replay(AGREEING, DISAGREEING, BROKEN);
        JsonNode json = Json.json().readTree(ReplayJson.render(results));
        assertThat(json.get("cases")).hasSize(results.size());
        JsonNode disagreeing = json.get("cases").get(2);
        assertThat(disagreeing.get("name").asText()).isEqualTo("rp-published-outstanding");
        JsonNode area = disagreeing.get("areas").get(0);
        assertThat(area.get("published").get("grade").asText()).isEqualTo("outstanding");
        assertThat(area.get("derived").get("grade").asText()).isEqualTo("good");
        assertThat(area.get("gradeAgrees").asBoolean()).isFalse();
        assertThat(area.get("findings").get(0).get("verdict").asText()).isEqualTo("missing");
        assertThat(json.get("cases").get(3).get("error").asText()).contains("evidence.json: missing");
        JsonNode summary = json.get("summary");
        Agreement a = Agreement.of(results);
        assertThat(summary.get("gradesAgreeing").asInt()).isEqualTo(a.gradesAgreeing());
        assertThat(summary.get("failedCases").asInt()).isEqualTo(2);
        assertThat(summary.get("confusion").get("labels")).hasSize(6);
        assertThat(summary.get("findings").get("recall").asDouble()).isEqualTo(a.recall());
    }

    @Test
    void theJUnitReportHasATestPerCaseAndArea() throws Exception {
        List<CaseResult> results = replay(AGREEING, DISAGREEING, BROKEN);
        String xml = JUnitXml.render(results);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("5");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("errors")).isEqualTo("2");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(5);
        Element failed = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(((Element) failed.getParentNode()).getAttribute("classname")).isEqualTo("replay.rp-published-outstanding");
        assertThat(failed.getAttribute("message")).contains("published Outstanding, derived Good");
        assertThat(xml).isEqualTo(JUnitXml.render(replay(AGREEING, DISAGREEING, BROKEN)));
    }

    @Test
    void anExpectedOutcomeWithoutGradeOrOutcomeIsAnErrorNotAnAgreement() {
        Expected expected = new Expected("test", null, List.of(new Expected.Area("responding-to-the-public", null, null,
                false, null, null, null, null)));
        Replay.Run run = new Replay(TestRules.evaluator()).run(AGREEING.resolve("rp-good"));
        CaseResult result = Replay.compare("x", expected, run.assessment());
        assertThat(result.agrees()).isFalse();
        assertThat(result.areas().get(0).errors()).containsExactly(
                "expected.json gives area \"responding-to-the-public\" neither a grade nor an outcome");
    }
}
