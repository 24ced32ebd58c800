package org.peelrules;

import org.peelrules.errors.Problem;
import org.peelrules.errors.InvalidSubmissionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peelrules.internal.json.Json;
import org.peelrules.judgment.Assessment;

/**
 * docs/evidence-format.md stays true: its JSON examples are valid submissions, it documents every field and
 * value the schema defines, its limits are the library's, and its example error output is what the reader says.
 */
class EvidenceFormatDocTest {
    private static final Path DOC = Path.of("docs/evidence-format.md");
    private static String doc;
    private static JsonNode schema;

    @BeforeAll
    static void read() throws IOException {
        doc = Files.readString(DOC);
        try (InputStream in = SubmissionReader.class.getResourceAsStream(SubmissionReader.SCHEMA)) {
            schema = Json.json().readTree(in);
        }
    }

    @Test
    void everyJsonExampleIsASubmissionTheBundledRulesEvaluate() {
        List<String> examples = blocks("json");
        assertThat(examples).isNotEmpty();
        for (int i = 0; i < examples.size(); i++) {
            Assessment a = TestRules.evaluator()
                    .evaluate(SubmissionReader.read(examples.get(i), DOC + " example " + (i + 1), TestRules.ruleSet()));
            assertThat(a.judgments()).hasSize(TestRules.ruleSet().areas().size());
        }
    }

    @Test
    void everyFieldAndEveryValueOfTheSchemaIsDocumented() {
        TreeSet<String> names = new TreeSet<>();
        TreeSet<String> values = new TreeSet<>();
        collect(schema, names, values);
        assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(doc).as("field %s", n).contains("`" + n + "`"));
        assertThat(values).isNotEmpty().allSatisfy(v -> assertThat(doc).as("value %s", v).contains("`" + v + "`"));
    }

    @Test
    void theDocumentedLimitsAreTheLibrarysOwn() {
        assertThat(doc).contains(String.format(Locale.ROOT, "%,d characters", Json.MAX_DOCUMENT_CHARS))
                .contains(Json.MAX_NESTING_DEPTH + " levels")
                .contains(String.format(Locale.ROOT, "%,d characters while parsing", Json.MAX_STRING_CHARS))
                .contains(String.format(Locale.ROOT, "%,d in each of", schema.at("/properties/metrics/maxItems").asInt()))
                .contains(String.format(Locale.ROOT, "up to %,d", schema.at("/$defs/count/maximum").asLong()));
    }

    @Test
    void theExampleErrorOutputIsWhatTheReaderReports() {
        String output = blocks("text").stream().filter(b -> b.startsWith("peel: invalid submission")).findFirst()
                .orElseThrow();
        List<String> documented = output.lines().skip(1).map(String::trim).toList();
        assertThatThrownBy(() -> SubmissionReader.read("""
                { "framework": "peel-2021-22", "force": "Example Constabulary",
                  "caseAudits": [
                    { "id": "a-1", "measure": "investigation-plan-missing", "failing": 66, "sampled": 14, "source": "s" },
                    { "id": "a-2", "measure": "investigation-plans-missing", "failureRate": 30, "source": "s" } ],
                  "observations": [
                    { "id": "o-1", "characteristic": "4.1.2", "rating": "mostly-meet", "text": "t", "source": "s" } ] }
                """, "evidence.json", TestRules.ruleSet()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    assertThat(output.lines().findFirst().orElseThrow())
                            .isEqualTo("peel: " + e.getMessage().lines().findFirst().orElseThrow());
                    assertThat(e.problems()).extracting(Problem::toString).containsExactlyElementsOf(documented);
                });
    }

    /** Field names (object properties) and the values of every enum, anywhere in the schema. */
    private static void collect(JsonNode node, TreeSet<String> names, TreeSet<String> values) {
        if (node.isObject()) {
            node.path("properties").fieldNames().forEachRemaining(names::add);
            node.path("enum").forEach(v -> values.add(v.asText()));
            node.forEach(child -> collect(child, names, values));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, names, values));
        }
    }

    /** The contents of the fenced code blocks of one language. */
    private static List<String> blocks(String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?ms)^```" + language + "\\s*\\n(.*?)^```").matcher(doc);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
