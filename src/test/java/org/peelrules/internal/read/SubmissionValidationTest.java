package org.peelrules.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.errors.InvalidSubmissionException;
import org.peelrules.errors.Problem;
import org.peelrules.RuleHarness;
import org.peelrules.RuleSet;
import org.peelrules.SubmissionReader;
import org.peelrules.TestRules;
import org.peelrules.evidence.Bound;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.Emphasis;
import org.peelrules.evidence.Metric;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.evidence.Submission;
import org.peelrules.evidence.SurveyResult;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.json.Suggest;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.InnovativePractice;
import org.peelrules.rules.Characteristic;

/**
 * What the reader refuses and how it says so: every problem at once, each at its JSON pointer; limits that
 * protect a host application; no polymorphic typing; text that stays text. The corpus of bad files, one per
 * kind of mistake, is {@link BadSubmissionsTest}.
 */
class SubmissionValidationTest {
    private static final String FRAMEWORK = RuleSet.BUNDLED;

    @TempDir
    Path temp;

    @Test
    void aSoundSubmissionIsRead() {
        Submission s = SubmissionReader.read("""
                { "framework": "peel-2021-22", "force": "Test Constabulary",
                  "inspectionPeriod": { "from": "2021-09-01", "to": "2022-03-31" },
                  "observations": [ { "id": "obs-1", "characteristic": "4.1.2", "rating": "mostly-meets",
                                      "text": "THRIVE is used on every call", "source": "report" } ] }
                """, "sound", TestRules.ruleSet());
        assertThat(s.observations()).singleElement().satisfies(o -> {
            assertThat(o.rating()).isEqualTo(Rating.MOSTLY_MEETS);
            assertThat(o.characteristic()).isEqualTo("4.1.2");
        });
        assertThat(s.inspectionPeriod().to()).hasToString("2022-03-31");
    }

    @Test
    void anObservationsEmphasisIsReadAndIsADetailWhenNotGiven() {
        Submission s = SubmissionReader.read("""
                { "framework": "peel-2021-22", "force": "Test Constabulary",
                  "observations": [
                    { "id": "o-1", "characteristic": "4.1.2", "rating": "meets", "emphasis": "headline", "text": "t",
                      "source": "s" },
                    { "id": "o-2", "characteristic": "4.1.2", "rating": "meets", "emphasis": "detail", "text": "t",
                      "source": "s" },
                    { "id": "o-3", "characteristic": "4.1.2", "rating": "meets", "text": "t", "source": "s" } ] }
                """, "emphasis", TestRules.ruleSet());
        assertThat(s.observations()).extracting(Observation::emphasis)
                .containsExactly(Emphasis.HEADLINE, Emphasis.DETAIL, Emphasis.DETAIL);
        assertThat(new Observation("o", "4.1.2", Rating.MEETS, null, "t", "s").emphasis()).isEqualTo(Emphasis.DETAIL);
        assertThat(new Observation("o", "4.1.2", Rating.MEETS, "t", "s"))
                .isEqualTo(new Observation("o", "4.1.2", Rating.MEETS, Emphasis.DETAIL, "t", "s"));
    }

    @Test
    void aFigureGivenRoughlyKeepsItsBoundAndAnExactOneHasNone() {
        Submission s = SubmissionReader.read("""
                { "framework": "peel-2021-22", "force": "Test Constabulary",
                  "metrics": [ { "id": "m-1", "measure": "emergency-calls-answered-within-10-seconds", "value": 85,
                                 "bound": "over", "unit": "percent", "source": "s" },
                               { "id": "m-2", "measure": "emergency-calls-answered-within-10-seconds", "value": 85,
                                 "unit": "percent", "source": "s" } ],
                  "caseAudits": [ { "id": "a-1", "measure": "investigation-plan-missing", "failureRate": 20,
                                    "bound": "under", "source": "s" } ],
                  "surveys": [ { "id": "s-1", "measure": "workforce-equipped-to-maintain-wellbeing", "proportion": 33,
                                 "bound": "about", "population": "workforce", "source": "s" } ] }
                """, "bounds", TestRules.ruleSet());
        assertThat(s.metrics()).extracting(Metric::bound).containsExactly(Bound.OVER, null);
        assertThat(s.caseAudits()).extracting(CaseAudit::bound).containsExactly(Bound.UNDER);
        assertThat(s.surveys()).extracting(SurveyResult::bound).containsExactly(Bound.ABOUT);
        // An exact figure writes no bound, so the record is the document it was read from.
        assertThat(Json.json().valueToTree(s.metrics().get(1)).has("bound")).isFalse();
    }

    @Test
    void aComparatorMayCarryItsOwnMarginOfError() {
        Submission s = SubmissionReader.read("""
                { "framework": "peel-2021-22", "force": "Test Constabulary",
                  "metrics": [ { "id": "m-1", "measure": "stop-search-reasonable-grounds", "value": 84,
                                 "unit": "percent", "source": "s",
                                 "comparison": { "against": "national-rate", "value": 82, "marginOfError": 2 } },
                               { "id": "m-2", "measure": "stop-search-reasonable-grounds", "value": 84,
                                 "unit": "percent", "source": "s",
                                 "comparison": { "against": "national-rate", "value": 82 } } ] }
                """, "comparators", TestRules.ruleSet());
        assertThat(s.metrics()).extracting(Metric::comparison).containsExactly(
                new Metric.Comparison("national-rate", 82, 2.0), new Metric.Comparison("national-rate", 82));
        assertThat(s.metrics().get(1).comparison().marginOfError()).isNull();
    }

    @Test
    void aRankIsReadAndNoRuleReadsIt() {
        Submission s = SubmissionReader.read("""
                { "framework": "peel-2021-22", "force": "Test Constabulary",
                  "metrics": [ { "id": "m-1", "measure": "emergency-calls-answered-within-10-seconds", "value": 85,
                                 "unit": "percent", "source": "s",
                                 "rank": { "position": 1, "of": 43, "among": "forces in England and Wales",
                                           "countedFrom": "highest" } } ] }
                """, "ranked", TestRules.ruleSet());
        Metric ranked = s.metrics().get(0);
        assertThat(ranked.rank()).isEqualTo(new Metric.Rank(1, 43, "forces in England and Wales",
                Metric.Rank.CountedFrom.HIGHEST));
        Metric unranked = new Metric(ranked.id(), ranked.measure(), ranked.value(), ranked.unit(), ranked.period(),
                ranked.marginOfError(), ranked.comparison(), ranked.note(), ranked.source());
        RuleHarness.Run with = RuleHarness.run(TestRules.ruleSet(), RuleHarness.submission(ranked));
        RuleHarness.Run without = RuleHarness.run(TestRules.ruleSet(), RuleHarness.submission(unranked));
        assertThat(with.fired()).isEqualTo(without.fired());
        assertThat(with.signals()).isEqualTo(without.signals());
    }

    @Test
    void aPriorItemMayLeaveOutItsYearAndSayItsProgressIsNotStated() {
        Submission s = SubmissionReader.read("""
                { "framework": "peel-2021-22", "force": "Test Constabulary",
                  "inspectionPeriod": { "from": "2021-09-01", "to": "2022-03-31" },
                  "priorItems": [ { "id": "p-1", "kind": "area-for-improvement", "characteristic": "9.4.2",
                                    "text": "t", "progress": "not-stated", "source": "s" } ] }
                """, "undated", TestRules.ruleSet());
        assertThat(s.priorItems()).singleElement().satisfies(p -> {
            assertThat(p.year()).isNull();
            assertThat(p.progress()).isEqualTo(PriorItem.Progress.NOT_STATED);
            assertThat(p.outstanding()).isFalse();
        });
    }

    @Test
    void everyProblemIsReportedAtOnceWhateverStageFindsIt() {
        assertThatThrownBy(() -> SubmissionReader.read("""
                { "framework": "peel-2021-22", "force": "Test Constabulary",
                  "caseAudits": [ { "id": "a-1", "measure": "investigation-plan-missin", "failing": 9, "sampled": 4,
                                    "source": "s" } ],
                  "observations": [ { "id": "a-1", "characteristic": "4.1.2", "rating": "fine", "text": "t",
                                      "source": "s" } ] }
                """, "several", TestRules.ruleSet()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::where).containsExactly(
                            "/caseAudits/0/failing", // consistency
                            "/caseAudits/0/measure", // reference to the rule set
                            "/observations/0/id",    // consistency across lists
                            "/observations/0/rating"); // schema
                    assertThat(e.getMessage()).startsWith("invalid submission several (4 problems)");
                });
    }

    @Test
    void everyObjectInTheSchemaRefusesFieldsItDoesNotDefine() throws IOException {
        JsonNode schema;
        try (InputStream in = SubmissionReader.class.getResourceAsStream(SubmissionReader.SCHEMA)) {
            schema = Json.json().readTree(in);
        }
        List<String> open = new ArrayList<>();
        walk(schema, "", (at, node) -> {
            JsonNode additional = node.path("additionalProperties");
            if (node.has("properties") && !(additional.isBoolean() && !additional.asBoolean())) {
                open.add(at);
            }
        });
        assertThat(open).as("object schemas that would accept unknown fields").isEmpty();
    }

    @Test
    void anUnknownFieldIsAnErrorInEveryKindOfItem() {
        ObjectNode tree = Json.json().valueToTree(oneOfEachItem());
        List<String> expected = new ArrayList<>(List.of("/colour"));
        tree.put("colour", "blue");
        for (String list : Trees.LISTS) {
            ((ObjectNode) tree.path(list).get(0)).put("colour", "blue");
            expected.add("/" + list + "/0/colour");
        }
        ((ObjectNode) tree.path("inspectionPeriod")).put("colour", "blue");
        expected.add("/inspectionPeriod/colour");
        assertThatThrownBy(() -> SubmissionReader.read(tree.toString(), "coloured", TestRules.ruleSet()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .allSatisfy(p -> assertThat(p.message()).startsWith("unknown field \"colour\""))
                        .extracting(Problem::where).containsExactlyInAnyOrderElementsOf(expected));
    }

    @Test
    void oneOfEachItemIsSound() {
        Submission s = oneOfEachItem();
        assertThat(SubmissionReader.read(Json.json().valueToTree(s).toString(), "each", TestRules.ruleSet()))
                .isEqualTo(s);
    }

    /** Each new field set, written as JSON and read back: the record is the document it was read from. */
    @Test
    void aSubmissionUsingEveryOptionalFieldReadsBackAsItself() {
        Submission s = new Submission(FRAMEWORK, "Test Constabulary", null,
                List.of(new Metric("m-1", "stop-search-reasonable-grounds", 85, Bound.OVER, "percent", "2021", 2.0,
                        new Metric.Comparison("national-rate", 82, 1.5), new Metric.Rank(3, 43,
                        "forces in England and Wales", Metric.Rank.CountedFrom.HIGHEST), "n", "s")),
                List.of(new CaseAudit("a-1", "investigation-plan-missing", null, 40, 33.0, Bound.ABOUT, null, null,
                        "s")),
                List.of(new SurveyResult("s-1", "workforce-equipped-to-maintain-wellbeing", 50, Bound.UNDER,
                        "workforce", 900, null, "s")),
                List.of(new Observation("o-1", "4.1.2", Rating.NEUTRAL, Emphasis.HEADLINE, "t", "s")),
                List.of(new PriorItem("p-1", PriorItem.Kind.RECOMMENDATION, null, "9.4.2", "t",
                        PriorItem.Progress.NOT_STATED, "s")), null);
        assertThat(SubmissionReader.read(Json.json().valueToTree(s).toString(), "every field", TestRules.ruleSet()))
                .isEqualTo(s);
        assertThat(TestRules.evaluator().evaluate(s).judgments()).hasSize(TestRules.ruleSet().areas().size());
    }

    @Test
    void malformedJsonIsReportedByLineAndColumn() {
        assertThatThrownBy(() -> SubmissionReader.read("{\n  \"framework\": \"peel-2021-22\"\n  \"force\": \"x\"\n}",
                "no-comma"))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.where()).isEqualTo("line 3, column 3"); // the quote opening "force"
                            assertThat(p.message()).startsWith("malformed JSON: ");
                        }));
    }

    @Test
    void aByteOrderMarkIsNotAnError() {
        assertThat(SubmissionReader.read("\uFEFF{ \"framework\": \"peel-2021-22\", \"force\": \"x\" }", "bom").force())
                .isEqualTo("x");
    }

    // --- Limits ------------------------------------------------------------------------------------------

    @Test
    void aDocumentOverTheSizeLimitIsRefusedBeforeParsing() {
        String huge = "{ \"force\": \"" + "x".repeat(Json.MAX_DOCUMENT_CHARS) + "\" }";
        assertThatThrownBy(() -> SubmissionReader.read(huge, "huge"))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(Problem::message).asString()
                        .isEqualTo("the document is " + huge.length() + " characters long; the limit is "
                                + Json.MAX_DOCUMENT_CHARS));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        Path file = temp.resolve("huge.json");
        Files.writeString(file, " ".repeat(Json.MAX_DOCUMENT_CHARS + 1));
        assertThatThrownBy(() -> SubmissionReader.read(file))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .singleElement().extracting(Problem::message).asString()
                        .contains("the limit is " + Json.MAX_DOCUMENT_CHARS));
    }

    @Test
    void aTextValueOverTheParserLimitIsRefusedWhileParsing() {
        String text = "{ \"framework\": \"peel-2021-22\", \"force\": \"" + "x".repeat(Json.MAX_STRING_CHARS + 1) + "\" }";
        assertThatThrownBy(() -> SubmissionReader.read(text, "long"))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.where()).startsWith("line 1, column ");
                            assertThat(p.message()).isEqualTo("a text value is longer than the limit of "
                                    + Json.MAX_STRING_CHARS + " characters");
                        }));
    }

    @Test
    void aListOverTheItemLimitIsRefused() throws IOException {
        int limit;
        try (InputStream in = SubmissionReader.class.getResourceAsStream(SubmissionReader.SCHEMA)) {
            limit = Json.json().readTree(in).at("/properties/observations/maxItems").asInt();
        }
        List<Observation> many = new ArrayList<>();
        for (int i = 0; i <= limit; i++) {
            many.add(new Observation("obs-" + i, "4.1.2", Rating.MEETS, "t", "s"));
        }
        Submission s = new Submission(FRAMEWORK, "Busy Constabulary", null, null, null, null, many, null, null);
        assertThatThrownBy(() -> SubmissionReader.read(Json.json().writeValueAsString(s), "busy"))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .singleElement().isEqualTo(new Problem("/observations", "holds " + (limit + 1)
                                + " items; the limit is " + limit)));
    }

    @Test
    void aMissingFileOrAFolderIsReportedByName() throws IOException {
        Path missing = temp.resolve("missing.json");
        assertThatThrownBy(() -> SubmissionReader.read(missing))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("no such file");
        Path folder = Files.createDirectory(temp.resolve("folder.json"));
        assertThatThrownBy(() -> SubmissionReader.read(folder))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("is a folder, not a submission file");
    }

    // --- Nothing in a submission is ever more than data ---------------------------------------------------

    @Test
    void jacksonHasNoDefaultOrPolymorphicTyping() {
        for (ObjectMapper mapper : List.of(Json.json(), Json.yaml())) {
            assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)))
                    .isNull();
            assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class)))
                    .isNull();
        }
        for (Class<?> type : List.of(Submission.class, Observation.class, CaseAudit.class, Practice.class)) {
            assertThat(type.getAnnotation(com.fasterxml.jackson.annotation.JsonTypeInfo.class)).isNull();
        }
    }

    @Test
    void textThatLooksLikeCodeIsOnlyText() {
        String drl = "rule \"Grade everything outstanding\" when then System.exit(1); end";
        String lookup = "${jndi:ldap://example.invalid/a}";
        String spel = "#{T(java.lang.Runtime).getRuntime().exec('false')}";
        Characteristic target = TestRules.ruleSet().characteristics().stream()
                .filter(c -> c.feeds() == null && c.area().equals("preventing-crime")).findFirst().orElseThrow();

        Assessment hostile = evaluate(submissionWithText(target, drl, lookup, spel));
        Assessment plain = evaluate(submissionWithText(target, "Force name", "Plain text", "A plain note"));

        assertThat(hostile.force()).isEqualTo(drl);
        AreaJudgment area = hostile.judgment(target.area()).orElseThrow();
        assertThat(area.innovativePractice()).singleElement().extracting(InnovativePractice::title).isEqualTo(drl);
        // Apart from the text itself, the hostile submission is judged exactly as its plain twin.
        for (AreaJudgment j : plain.judgments()) {
            AreaJudgment h = hostile.judgment(j.area()).orElseThrow();
            assertThat(h.outcome()).isEqualTo(j.outcome());
            assertThat(h.grade()).isEqualTo(j.grade());
            assertThat(h.characteristics()).isEqualTo(j.characteristics());
        }
    }

    private static Submission submissionWithText(Characteristic target, String force, String text, String note) {
        List<Observation> observations = TestRules.ruleSet().characteristics().stream()
                .filter(c -> c.area().equals(target.area()))
                .map(c -> new Observation("obs-" + c.id(), c.id(), Rating.MEETS, text, note)).toList();
        return new Submission(FRAMEWORK, force, null, null, null, null, observations, null,
                List.of(new Practice("practice-1", target.id(), force, text, Practice.Novelty.NEW_TO_POLICING,
                        Practice.Reach.FORCE_WIDE, note)));
    }

    /** Through JSON text and the reader, as a submission file would come. */
    private static Assessment evaluate(Submission s) {
        try {
            String json = Json.json().writeValueAsString(s);
            return TestRules.evaluator().evaluate(SubmissionReader.read(json, "text", TestRules.ruleSet()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    // --- The Java API is held to the same checks --------------------------------------------------------

    @Test
    void aSubmissionBuiltInJavaIsCheckedBeforeItIsEvaluated() {
        Submission s = new Submission(FRAMEWORK, "Test Constabulary", null, null,
                List.of(new CaseAudit("a-1", "investigation-plan-missing", 12, 10, null, null, null, "s"),
                        new CaseAudit(null, "investigation-plan-missing", 1, 10, null, null, null, "s")),
                null, List.of(new Observation("obs-1", "4.1.9", Rating.MEETS, "t", "s")), null, null);
        assertThatThrownBy(() -> TestRules.evaluator().evaluate(s))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .extracting(Problem::where)
                        .containsExactly("/caseAudits/0/failing", "/caseAudits/1/id", "/observations/0/characteristic"));
    }

    // --- Suggestions ------------------------------------------------------------------------------------

    @Test
    void aSuggestionIsTheClosestKnownNameAndNeverItsOpposite() {
        assertThat(Suggest.from("sampeld", List.of("sampled", "failing"))).isEqualTo(" (did you mean \"sampled\"?)");
        assertThat(Suggest.from("colour", List.of("sampled", "failing"))).isEmpty();
        assertThat(Suggest.from("unresolved", List.of("resolved", "partly-resolved", "not-resolved"))).isEmpty();
        assertThat(Suggest.from("resolved", List.of("unresolved"))).isEmpty();
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
    }

    /** One valid item of every kind, on names the bundled rule set knows. */
    static Submission oneOfEachItem() {
        Map<String, Object> doc = Map.of(
                "framework", FRAMEWORK,
                "force", "Test Constabulary",
                "inspectionPeriod", Map.of("from", "2021-09-01", "to", "2022-03-31"),
                "metrics", List.of(Map.of("id", "m-1", "measure", "emergency-calls-answered-within-10-seconds",
                        "value", 88.5, "unit", "percent", "source", "s")),
                "caseAudits", List.of(Map.of("id", "a-1", "measure", "investigation-plan-missing", "failing", 10,
                        "sampled", 35, "source", "s")),
                "surveys", List.of(Map.of("id", "s-1", "measure", "workforce-equipped-to-maintain-wellbeing",
                        "proportion", 52, "population", "workforce", "source", "s")),
                "observations", List.of(Map.of("id", "o-1", "characteristic", "4.1.2", "rating", "meets", "text", "t",
                        "source", "s")),
                "priorItems", List.of(Map.of("id", "p-1", "kind", "area-for-improvement", "year", 2019,
                        "characteristic", "9.4.2", "text", "t", "progress", "not-resolved", "source", "s")),
                "practices", List.of(Map.of("id", "pr-1", "characteristic", "3.1.3", "title", "t",
                        "novelty", "new-to-policing", "reach", "force-wide", "source", "s")));
        return Json.json().convertValue(doc, Submission.class);
    }

    private static void walk(JsonNode node, String at, java.util.function.BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(at, node);
            node.fields().forEachRemaining(f -> walk(f.getValue(), at + "/" + f.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, visit);
            }
        }
    }
}
