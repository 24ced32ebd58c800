package org.peelrules.replay;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.peelrules.errors.InvalidSubmissionException;
import org.peelrules.errors.Problem;
import org.peelrules.internal.json.Json;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;

/**
 * Reads a case's expected.json and checks it first, so that a person recording a published outcome sees every
 * problem at once, each at its JSON pointer and in plain words: a field the format does not have (with the ones
 * it does), a value of the wrong kind, a grade or outcome it does not know. What a file leaves out is never a
 * problem here: an omitted grade, outcome or list is simply not scored (docs/replay.md).
 */
final class ExpectedReader {
    static final String CASE = "expected outcome";
    static final String AREA = "area entry";
    static final String CAUSE = "cause of concern";
    static final String RECOMMENDATION = "recommendation";
    static final String IMPROVEMENT = "area for improvement";
    static final String PRACTICE = "innovative practice";
    static final String NATIONAL = "national recommendation";

    /** The fields each kind of object in expected.json may hold, as docs/replay.md lists them. */
    static final Map<String, List<String>> FIELDS = fields();

    private ExpectedReader() {
    }

    static Expected read(Path file) {
        String name = file.toString();
        JsonNode tree;
        try {
            tree = Json.json().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw invalid(name, List.of(new Problem(where(e.getLocation()), "malformed JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""))));
        } catch (IOException e) {
            throw invalid(name, List.of(new Problem("", "the file cannot be read: " + e.getMessage())));
        }
        if (tree == null || tree.isMissingNode()) {
            throw invalid(name, List.of(new Problem("", "the document is empty")));
        }
        List<Problem> problems = problems(tree);
        if (!problems.isEmpty()) {
            throw invalid(name, problems);
        }
        try {
            return Json.json().treeToValue(tree, Expected.class);
        } catch (JsonProcessingException e) {
            // The checks admit only what the records accept; reaching here means they have drifted apart.
            throw invalid(name, List.of(new Problem("", e.getOriginalMessage())));
        }
    }

    /** Every problem with an expected.json tree, in document order; empty when it is sound. */
    static List<Problem> problems(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        if (object(root, "", CASE, problems)) {
            text(root, "source", "", problems);
            text(root, "note", "", problems);
            list(root, "judgments", "", problems, (area, at) -> area(area, at, problems));
        }
        return problems;
    }

    private static void area(JsonNode a, String at, List<Problem> problems) {
        if (!object(a, at, AREA, problems)) {
            return;
        }
        required(a, "area", at, AREA, problems);
        text(a, "area", at, problems);
        choice(a, "grade", at, Arrays.stream(Grade.values()).map(Json::kebab).toList(), problems);
        choice(a, "outcome", at, Arrays.stream(Outcome.values()).map(Json::kebab).toList(), problems);
        if (given(a, "partial") && !a.get("partial").isBoolean()) {
            problems.add(new Problem(at + "/partial", "must be true or false, not " + show(a.get("partial"))));
        }
        list(a, "causesOfConcern", at, problems, (c, cAt) -> {
            if (object(c, cAt, CAUSE, problems)) {
                text(c, "topic", cAt, problems);
                text(c, "title", cAt, problems);
                list(c, "recommendations", cAt, problems, (r, rAt) -> {
                    if (object(r, rAt, RECOMMENDATION, problems)) {
                        text(r, "characteristic", rAt, problems);
                        wholeNumber(r, "withinMonths", rAt, problems);
                        text(r, "text", rAt, problems);
                    }
                });
            }
        });
        list(a, "areasForImprovement", at, problems, (i, iAt) -> item(i, iAt, IMPROVEMENT, problems));
        list(a, "innovativePractice", at, problems, (i, iAt) -> item(i, iAt, PRACTICE, problems));
        list(a, "nationalRecommendationsNotMet", at, problems, (n, nAt) -> {
            if (object(n, nAt, NATIONAL, problems)) {
                text(n, "characteristic", nAt, problems);
                required(n, "year", nAt, NATIONAL, problems);
                wholeNumber(n, "year", nAt, problems);
            }
        });
    }

    private static void item(JsonNode item, String at, String kind, List<Problem> problems) {
        if (object(item, at, kind, problems)) {
            text(item, "characteristic", at, problems);
            text(item, "text", at, problems);
            text(item, "title", at, problems);
            if (kind.equals(IMPROVEMENT)) {
                wholeNumber(item, "restatedFrom", at, problems);
            }
        }
    }

    /** Whether the node is an object; if not, or if it holds fields its kind does not have, reports it. */
    private static boolean object(JsonNode node, String at, String kind, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(at, "must be an object, not " + show(node)));
            return false;
        }
        List<String> allowed = FIELDS.get(kind);
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                problems.add(new Problem(pointer(at, f), "unknown field \"" + abbreviate(f)
                        + "\"; the fields allowed here are: " + String.join(", ", allowed)));
            }
        });
        return true;
    }

    private static void required(JsonNode object, String field, String at, String kind, List<Problem> problems) {
        if (!given(object, field)) {
            problems.add(new Problem(pointer(at, field), "is missing: every " + kind + " needs \"" + field + "\""));
        }
    }

    private static void list(JsonNode object, String field, String at, List<Problem> problems,
                             BiConsumer<JsonNode, String> each) {
        if (!given(object, field)) {
            return;
        }
        JsonNode list = object.get(field);
        if (!list.isArray()) {
            problems.add(new Problem(pointer(at, field), "must be a list, not " + show(list)));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            each.accept(list.get(i), pointer(at, field) + "/" + i);
        }
    }

    private static void text(JsonNode object, String field, String at, List<Problem> problems) {
        if (given(object, field) && !object.get(field).isTextual()) {
            problems.add(new Problem(pointer(at, field), "must be text, not " + show(object.get(field))));
        }
    }

    private static void wholeNumber(JsonNode object, String field, String at, List<Problem> problems) {
        if (given(object, field) && !(object.get(field).isIntegralNumber() && object.get(field).canConvertToInt())) {
            problems.add(new Problem(pointer(at, field), "must be a whole number, not " + show(object.get(field))));
        }
    }

    private static void choice(JsonNode object, String field, String at, List<String> allowed,
                               List<Problem> problems) {
        if (!given(object, field)) {
            return;
        }
        JsonNode value = object.get(field);
        if (!value.isTextual() || !allowed.contains(value.asText())) {
            problems.add(new Problem(pointer(at, field), show(value) + " is not one of: "
                    + String.join(", ", allowed)));
        }
    }

    /** A field written as {@code null} is left out, as it always was. */
    private static boolean given(JsonNode object, String field) {
        return object.has(field) && !object.get(field).isNull();
    }

    private static String show(JsonNode value) {
        if (value.isTextual()) {
            return "\"" + abbreviate(value.asText()) + "\"";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.isObject() ? "an object" : abbreviate(value.asText());
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "...";
    }

    private static String pointer(String at, String field) {
        return at + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static InvalidSubmissionException invalid(String name, List<Problem> problems) {
        return new InvalidSubmissionException(name, problems);
    }

    private static Map<String, List<String>> fields() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put(CASE, List.of("source", "note", "judgments"));
        fields.put(AREA, List.of("area", "grade", "outcome", "partial", "causesOfConcern", "areasForImprovement",
                "innovativePractice", "nationalRecommendationsNotMet"));
        fields.put(CAUSE, List.of("topic", "title", "recommendations"));
        fields.put(RECOMMENDATION, List.of("characteristic", "withinMonths", "text"));
        fields.put(IMPROVEMENT, List.of("characteristic", "text", "title", "restatedFrom"));
        fields.put(PRACTICE, List.of("characteristic", "text", "title"));
        fields.put(NATIONAL, List.of("characteristic", "year"));
        return Map.copyOf(fields);
    }
}
