package org.peelrules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.peelrules.internal.json.Json;
import org.peelrules.judgment.Assessment;

/** The assessment as JSON, in the stable shape documented in docs/output-format.md. */
public final class JsonReport {
    /** A judgment's lists of findings and assessments, each of whose entries names the evidence it rests on. */
    private static final List<String> CITING_EVIDENCE = List.of("causesOfConcern", "areasForImprovement",
            "nationalRecommendationsNotMet", "innovativePractice", "otherShortfalls", "characteristics");

    private JsonReport() {
    }

    /**
     * Any other report the command line builds from results (a batch, a change impact) as JSON, written by the
     * same mapper as an assessment.
     */
    public static String write(Object report) throws JsonProcessingException {
        return Json.json().writeValueAsString(report) + "\n";
    }

    /** Any other report as a tree, to be reshaped before it is written with {@link #write(Object)}. */
    public static ObjectNode toTree(Object report) {
        return Json.json().valueToTree(report);
    }

    /** The whole assessment, trace included ({@link Detail#FULL}). */
    public static String render(Assessment a) {
        return render(a, Detail.FULL);
    }

    public static String render(Assessment a, Detail detail) {
        try {
            return detail == Detail.FULL ? Json.json().writeValueAsString(a) + "\n"
                    : Json.json().writeValueAsString(tree(a, detail)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment always serialises", e);
        }
    }

    /**
     * The assessment as a JSON tree at the given detail, for a caller that writes it within a document of its own
     * (as {@code peel batch} does). A summary says so in a top-level {@code "detail": "summary"} after
     * {@code producedBy}, so that a program reading it knows the trace was left out rather than empty.
     */
    public static ObjectNode tree(Assessment a, Detail detail) {
        ObjectNode full = Json.json().valueToTree(a);
        if (detail == Detail.FULL) {
            return full;
        }
        // Rebuilt field by field rather than edited in place: "detail" belongs after producedBy, and an ObjectNode
        // can only append.
        ObjectNode summary = Json.json().createObjectNode();
        for (Map.Entry<String, JsonNode> field : full.properties()) {
            summary.set(field.getKey(), field.getValue());
            if (field.getKey().equals("producedBy")) {
                summary.put("detail", "summary");
            }
        }
        summary.path("judgments").forEach(j -> leaveOutTheDerivation((ObjectNode) j));
        return summary;
    }

    /** What the rules did, as against what they decided: rule ids, file:line, evidence ids. */
    private static void leaveOutTheDerivation(ObjectNode judgment) {
        judgment.remove(List.of("decidedBy", "trace"));
        for (String list : CITING_EVIDENCE) {
            judgment.path(list).forEach(entry -> ((ObjectNode) entry).remove("evidence"));
        }
        if (judgment.get("whyNotHigher") instanceof ObjectNode whyNot) {
            whyNot.remove(List.of("rule", "standards"));
        }
    }
}
