package org.peelrules.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peelrules.RuleFolders;
import org.peelrules.TestRules;
import org.peelrules.internal.json.Json;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.Grade;

/**
 * What a replay scores: only what expected.json asserts. The derived side is one case of the test corpus,
 * responding to the public graded requires improvement with areas for improvement on 4.1.3, 4.1.4, 4.2.2, 4.3.1
 * and 4.3.2, and no other finding.
 */
class ReplayScoringTest {
    private static final String AREA = "responding-to-the-public";
    private static final List<String> DERIVED = List.of("4.1.3", "4.1.4", "4.2.2", "4.3.1", "4.3.2");
    private static Assessment assessment;

    @BeforeAll
    static void evaluate() {
        assessment = new Replay(TestRules.evaluator())
                .run(RuleFolders.CORPUS.resolve("agreeing/rp-requires-improvement")).assessment();
        assertThat(assessment.judgment(AREA).orElseThrow().areasForImprovement())
                .extracting(a -> a.characteristic()).containsExactlyElementsOf(DERIVED);
        assertThat(assessment.judgment(AREA).orElseThrow().grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
    }

    /** The case's one area entry, scored. */
    static AreaResult score(String entry) {
        return Replay.compare("case", expected("[" + entry + "]"), assessment).areas().get(0);
    }

    static Expected expected(String judgments) {
        try {
            return Json.json().readValue("{ \"source\": \"test\", \"judgments\": " + judgments + " }", Expected.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> rows(AreaResult a) {
        return a.findings().stream().map(f -> f.verdict().name().toLowerCase(java.util.Locale.ROOT) + " "
                + f.kind() + " " + f.key() + (f.note() == null ? "" : " (" + f.note() + ")")).toList();
    }

    @Test
    void anAreaLeftOutIsNotScored() {
        CaseResult result = Replay.compare("case", expected("""
                [ { "area": "%s", "grade": "requires-improvement" } ]""".formatted(AREA)), assessment);
        assertThat(result.areas()).extracting(AreaResult::area).containsExactly(AREA);
        assertThat(assessment.judgments()).hasSizeGreaterThan(1);
    }

    @Test
    void aListLeftOutIsNotScoredAndAListGivenIsEvenWhenEmpty() {
        assertThat(score("""
                { "area": "%s", "grade": "requires-improvement" }""".formatted(AREA)).findings()).isEmpty();
        AreaResult empty = score("""
                { "area": "%s", "grade": "requires-improvement", "areasForImprovement": [] }""".formatted(AREA));
        assertThat(rows(empty)).containsExactlyElementsOf(DERIVED.stream()
                .map(c -> "extra area for improvement " + c).toList());
        assertThat(empty.agrees()).as("extra findings are allowed").isTrue();
    }

    @Test
    void aGradeLeftOutIsNotScoredNorCountedInTheAgreement() {
        AreaResult a = score("""
                { "area": "%s", "areasForImprovement": [ { "characteristic": "4.1.3" } ] }""".formatted(AREA));
        assertThat(a.gradeAsserted()).isFalse();
        assertThat(a.gradeAgrees()).isTrue();
        assertThat(a.agrees()).isTrue();
        assertThat(a.errors()).isEmpty();
        Agreement agreement = Agreement.of(List.of(new CaseResult("case", List.of(a), null)));
        assertThat(agreement.areas()).isEqualTo(1);
        assertThat(agreement.gradesAsserted()).isZero();
        assertThat(agreement.gradesAgreeing()).isZero();
        assertThat(agreement.confusion().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum()).isZero();
        assertThat(ReplayText.report(List.of(new CaseResult("case", List.of(a), null))))
                .contains("  " + AREA + ": grade not scored, derived Requires improvement (agrees)\n")
                .contains("  grades agreeing: 0/0 areas\n");
    }

    @Test
    void aReplayOfSeveralCasesScoresEachCaseOnItsOwnAsWell() {
        // One case finds two of its three published areas for improvement and derives three more; the other
        // publishes none of them, finds its grade, and the third could not be replayed.
        AreaResult some = score("""
                { "area": "%s", "grade": "requires-improvement", "areasForImprovement": [
                  { "characteristic": "4.1.3" }, { "characteristic": "4.1.4" }, { "characteristic": "4.1.1" } ] }"""
                .formatted(AREA));
        AreaResult gradeOnly = score("""
                { "area": "%s", "grade": "adequate" }""".formatted(AREA));
        List<CaseResult> cases = List.of(new CaseResult("some", List.of(some), null),
                new CaseResult("grade-only", List.of(gradeOnly), null), CaseResult.failed("broken", "unreadable"));

        assertThat(ReplayText.report(cases)).contains("""
                  by case:
                    case         grades  provisionally  findings P / R  areas for improvement P / R
                    some            1/1              0     0.40 / 0.67                  0.40 / 0.67
                    grade-only      0/1              0           - / -                        - / -
                    broken      cannot be replayed
                """);
        assertThat(ReplayText.report(cases.subList(0, 1))).as("one case is its own summary")
                .doesNotContain("by case");

        com.fasterxml.jackson.databind.JsonNode json = readTree(ReplayJson.render(cases));
        com.fasterxml.jackson.databind.JsonNode first = json.at("/cases/0/agreement");
        assertThat(first.at("/gradesAgreeing").asInt()).isEqualTo(1);
        assertThat(first.at("/areasForImprovement/matched").asInt()).isEqualTo(2);
        assertThat(first.at("/areasForImprovement/missing").asInt()).isEqualTo(1);
        assertThat(first.at("/areasForImprovement/extra").asInt()).isEqualTo(3);
        assertThat(first.at("/areasForImprovement/precision").asDouble()).isEqualTo(0.4);
        assertThat(json.at("/cases/1/agreement/gradesAgreeing").asInt()).isZero();
        assertThat(json.at("/cases/2/agreement").isMissingNode()).as("a case not replayed has no agreement").isTrue();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return Json.json().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPartialListScoresEachFindingItNamesButCountsNoneAsExtra() {
        AreaResult a = score("""
                { "area": "%s", "grade": "requires-improvement", "partial": true,
                  "areasForImprovement": [ { "characteristic": "4.1.3" }, { "characteristic": "4.1.1" } ] }"""
                .formatted(AREA));
        assertThat(rows(a)).containsExactly("missing area for improvement 4.1.1",
                "matched area for improvement 4.1.3");
        assertThat(a.partial()).isTrue();
        assertThat(a.agrees()).as("4.1.1 is still missing").isFalse();
        Agreement agreement = Agreement.of(List.of(new CaseResult("case", List.of(a), null)));
        assertThat(agreement.precision()).as("the derived findings not listed are outside the count").isEqualTo(1.0);
        assertThat(agreement.recall()).isEqualTo(0.5);
        assertThat(ReplayText.report(List.of(new CaseResult("case", List.of(a), null)))).contains("  " + AREA
                + ": published Requires improvement, derived Requires improvement, findings published in part "
                + "(grade agrees, findings missing)\n");

        AreaResult whole = score("""
                { "area": "%s", "grade": "requires-improvement",
                  "areasForImprovement": [ { "characteristic": "4.1.3" }, { "characteristic": "4.1.1" } ] }"""
                .formatted(AREA));
        assertThat(whole.count(FindingMatch.Verdict.EXTRA)).as("without partial").isEqualTo(4);
    }

    @Test
    void precisionAndRecallAreGivenForAreasForImprovementAloneInTextJsonAndTheSummary() throws Exception {
        List<CaseResult> results = new Replay(TestRules.evaluator())
                .replayAll(List.of(TestRules.EXAMPLES.resolve("synthetic-failing-force")));
        Agreement a = Agreement.of(results);
        List<FindingMatch> rows = results.get(0).areas().stream().flatMap(r -> r.findings().stream())
                .filter(f -> f.kind().equals("area for improvement")).toList();
        Agreement.FindingCounts afi = a.areasForImprovement();
        assertThat(afi.matched()).isEqualTo(rows.stream().filter(f -> f.verdict() == FindingMatch.Verdict.MATCHED)
                .count());
        assertThat(afi.extra()).isEqualTo(rows.stream().filter(f -> f.verdict() == FindingMatch.Verdict.EXTRA)
                .count());
        assertThat(afi.matched()).as("other kinds are counted overall").isLessThan(a.matched());
        String line = String.format(java.util.Locale.ROOT, "  areas for improvement: %d matched, %d missing, %d extra; "
                        + "precision %.2f (%d/%d), recall %.2f (%d/%d)\n", afi.matched(), afi.missing(), afi.extra(),
                afi.precision(), afi.derivedMatched(), afi.derivedMatched() + afi.extra(), afi.recall(), afi.matched(),
                afi.matched() + afi.missing());
        assertThat(ReplayText.summary(a)).contains(line);
        assertThat(ReplayText.report(results)).contains(line);
        com.fasterxml.jackson.databind.JsonNode json = Json.json().readTree(ReplayJson.render(results))
                .get("summary").get("areasForImprovement");
        assertThat(json.get("matched").asLong()).isEqualTo(afi.matched());
        assertThat(json.get("extra").asLong()).isEqualTo(afi.extra());
        assertThat(json.get("precision").asDouble()).isEqualTo(afi.precision());
        assertThat(json.get("recall").asDouble()).isEqualTo(afi.recall());
    }

    @Test
    void aWrongGradeStillDisagreesAndCounts() {
        AreaResult a = score("""
                { "area": "%s", "grade": "good" }""".formatted(AREA));
        assertThat(a.gradeAgrees()).isFalse();
        Agreement agreement = Agreement.of(List.of(new CaseResult("case", List.of(a), null)));
        assertThat(agreement.gradesAsserted()).isEqualTo(1);
        assertThat(agreement.gradesAgreeing()).isZero();
        assertThat(agreement.confusion().get(Grade.GOOD.ordinal()).get(Grade.REQUIRES_IMPROVEMENT.ordinal()))
                .isEqualTo(1);
    }

    @Test
    void theOutcomeGradedWithoutAGradeAgreesWithAnyGradeAndNamesNoTier() {
        AreaResult graded = score("""
                { "area": "%s", "outcome": "graded" }""".formatted(AREA));
        assertThat(graded.gradeAsserted()).isTrue();
        assertThat(graded.gradeAgrees()).isTrue();
        Agreement agreement = Agreement.of(List.of(new CaseResult("case", List.of(graded), null)));
        assertThat(agreement.gradesAgreeing()).isEqualTo(1);
        assertThat(agreement.confusion().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum()).isZero();
        assertThat(score("""
                { "area": "%s", "outcome": "not-graded" }""".formatted(AREA)).gradeAgrees()).isFalse();
    }

    @Test
    void anOutcomeWithoutAGradeGivenWithAGradeIsAnError() {
        assertThat(score("""
                { "area": "%s", "grade": "good", "outcome": "not-inspected" }""".formatted(AREA)).errors())
                .containsExactly("expected.json gives area \"" + AREA + "\" the outcome not inspected with a grade");
    }

    /** Causes of concern, scored against the failing example: 5.1 (5.1.1, 5.1.2) and 5.2 (5.2.1) in one area. */
    @Nested
    class CausesOfConcern {
        static final String INVESTIGATING = "investigating-crime";
        static Assessment failing;

        @BeforeAll
        static void evaluate() {
            failing = new Replay(TestRules.evaluator()).run(TestRules.EXAMPLES.resolve("synthetic-failing-force"))
                    .assessment();
            assertThat(failing.judgment(INVESTIGATING).orElseThrow().causesOfConcern())
                    .extracting(c -> c.topic()).containsExactly("5.1", "5.2");
        }

        static AreaResult causes(String causes) {
            return Replay.compare("case", expected("""
                    [ { "area": "%s", "causesOfConcern": %s } ]""".formatted(INVESTIGATING, causes)), failing)
                    .areas().get(0);
        }

        @Test
        void oneWithoutATopicMatchesAnyInTheAreaAndLeavesNoneExtra() {
            AreaResult a = causes("""
                    [ { "title": "Investigations" } ]""");
            assertThat(rows(a)).containsExactly("matched cause of concern (any topic)");
            assertThat(a.agrees()).isTrue();
            assertThat(Agreement.of(List.of(new CaseResult("case", List.of(a), null))).precision())
                    .as("both derived causes are accounted for").isEqualTo(1.0);
        }

        @Test
        void oneWithoutATopicIsMissingWhenTheAreaHasNone() {
            AreaResult a = Replay.compare("case", expected("""
                    [ { "area": "preventing-crime", "causesOfConcern": [ { } ] } ]"""), failing).areas().get(0);
            assertThat(rows(a)).containsExactly("missing cause of concern (any topic)");
        }

        @Test
        void recommendationsLeftOutAreNotScoredAndThoseGivenAre() {
            // The failing example's 5.2 cause recommends action on 5.2.1 (systemic) and on 5.2.2 and 5.2.3 (the
            // topic's other shortfalls).
            AreaResult a = causes("""
                    [ { "topic": "5.1" },
                      { "topic": "5.2", "recommendations": [ { "characteristic": "5.2.1" } ] } ]""");
            assertThat(rows(a)).containsExactly("matched cause of concern 5.1", "matched cause of concern 5.2",
                    "matched recommendation 5.2.1", "extra recommendation 5.2.2", "extra recommendation 5.2.3");
            AreaResult none = causes("""
                    [ { "topic": "5.1", "recommendations": [] },
                      { "topic": "5.2", "recommendations": [ { "characteristic": "5.2.1" } ] } ]""");
            assertThat(rows(none)).containsExactly("matched cause of concern 5.1", "matched cause of concern 5.2",
                    "extra recommendation 5.1.1", "extra recommendation 5.1.2", "matched recommendation 5.2.1",
                    "extra recommendation 5.2.2", "extra recommendation 5.2.3");
        }

        @Test
        void oneOnATopicNoneIsDerivedOnIsFoundByOneDerivedInTheAreaOnATopicNotPublished() {
            AreaResult a = causes("""
                    [ { "topic": "5.3" } ]""");
            assertThat(rows(a)).as("the recommendations under the cause found are not scored; those under 5.2 are extra")
                    .containsExactly("extra cause of concern 5.2", "matched cause of concern 5.3 (derived on topic 5.1)",
                            "extra recommendation 5.2.1", "extra recommendation 5.2.2", "extra recommendation 5.2.3");
            AreaResult both = causes("""
                    [ { "topic": "5.2" }, { "topic": "5.3" } ]""");
            assertThat(rows(both)).as("5.2 is found on its topic, so 5.3 takes 5.1")
                    .containsExactly("matched cause of concern 5.2", "matched cause of concern 5.3 (derived on topic 5.1)");
            AreaResult elsewhere = Replay.compare("case", expected("""
                    [ { "area": "preventing-crime", "causesOfConcern": [ { "topic": "3.1" } ] } ]"""), failing)
                    .areas().get(0);
            assertThat(rows(elsewhere)).as("a cause derived in another area does not count")
                    .containsExactly("missing cause of concern 3.1");
        }

        @Test
        void aDerivedCauseNotPublishedIsExtraWithItsRecommendations() {
            AreaResult a = causes("""
                    [ { "topic": "5.1", "recommendations": [ { "characteristic": "5.1.1" },
                                                             { "characteristic": "5.1.2" } ] } ]""");
            assertThat(rows(a)).containsExactly("matched cause of concern 5.1", "extra cause of concern 5.2",
                    "matched recommendation 5.1.1", "matched recommendation 5.1.2", "extra recommendation 5.2.1",
                    "extra recommendation 5.2.2", "extra recommendation 5.2.3");
        }
    }

    /**
     * Areas for improvement restated or new, scored against the mixed example, whose responding-to-the-public
     * area derives 4.1.1, 4.1.3, 4.1.4, 4.2.1, 4.2.2 as new and 4.3.2 restated from 2019.
     */
    @Nested
    class Restatements {
        static final String RESPONDING = "responding-to-the-public";
        static Assessment mixed;

        @BeforeAll
        static void evaluate() {
            mixed = new Replay(TestRules.evaluator())
                    .run(TestRules.EXAMPLES.resolve("synthetic-mixed-performance-force")).assessment();
            assertThat(mixed.judgment(RESPONDING).orElseThrow().areasForImprovement())
                    .filteredOn(a -> a.restated()).extracting(a -> a.characteristic() + "/" + a.restatedFrom())
                    .containsExactly("4.3.2/2019");
        }

        static AreaResult improvements(String items) {
            return Replay.compare("case", expected("""
                    [ { "area": "%s", "partial": true, "areasForImprovement": %s } ]""".formatted(RESPONDING, items)),
                    mixed).areas().get(0);
        }

        @Test
        void aMatchIsByCharacteristicAndNotesWhereRestatementDiffers() {
            AreaResult a = improvements("""
                    [ { "characteristic": "4.1.4", "restatedFrom": 2019 },
                      { "characteristic": "4.3.2" },
                      { "characteristic": "4.2.1" } ]""");
            assertThat(rows(a)).containsExactly(
                    "matched area for improvement 4.1.4 (published as restated from 2019, derived as new)",
                    "matched area for improvement 4.2.1",
                    "matched area for improvement 4.3.2 (published as new, derived as restated from 2019)");
            assertThat(a.agrees()).isTrue();
            assertThat(ReplayText.report(List.of(new CaseResult("case", List.of(a), null)))).contains(
                    "    matched  area for improvement 4.1.4 (published as restated from 2019, derived as new)\n");
        }

        @Test
        void restatedFromAnotherYearIsNoted() {
            assertThat(rows(improvements("""
                    [ { "characteristic": "4.3.2", "restatedFrom": 2017 } ]"""))).containsExactly(
                    "matched area for improvement 4.3.2 "
                            + "(published as restated from 2017, derived as restated from 2019)");
        }

        @Test
        void aCaseThatRecordsNoRestatementSaysNothingOfThem() {
            assertThat(rows(improvements("""
                    [ { "characteristic": "4.3.2" }, { "characteristic": "4.1.4" } ]"""))).containsExactly(
                    "matched area for improvement 4.1.4", "matched area for improvement 4.3.2");
        }

        @Test
        void twoPublishedOnOneCharacteristicAreEachFoundAndTheDerivedOneCountsOnce() {
            AreaResult a = Replay.compare("case", expected("""
                    [ { "area": "%s", "areasForImprovement": [
                        { "characteristic": "4.1.4", "text": "crime prevention advice" },
                        { "characteristic": "4.1.4", "text": "preserving evidence" },
                        { "characteristic": "4.1.1" }, { "characteristic": "4.1.3" }, { "characteristic": "4.2.1" },
                        { "characteristic": "4.2.2" } ] } ]""".formatted(RESPONDING)), mixed).areas().get(0);
            assertThat(rows(a)).containsExactly("matched area for improvement 4.1.1",
                    "matched area for improvement 4.1.3", "matched area for improvement 4.1.4",
                    "matched area for improvement 4.1.4", "matched area for improvement 4.2.1",
                    "matched area for improvement 4.2.2", "extra area for improvement 4.3.2");
            Agreement agreement = Agreement.of(List.of(new CaseResult("case", List.of(a), null)));
            assertThat(agreement.matched()).isEqualTo(6);
            assertThat(agreement.recall()).isEqualTo(1.0);
            assertThat(agreement.precision()).as("5 of the 6 derived were published").isEqualTo(5.0 / 6);
            assertThat(ReplayText.summary(agreement))
                    .contains("findings: 6 matched, 0 missing, 1 extra; precision 0.83 (5/6), recall 1.00 (6/6)");
        }
    }
}
