package org.peelrules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.Metric;
import org.peelrules.evidence.Submission;

/**
 * Reads a submission from JSON, validating it against the shipped JSON Schema
 * ({@code org/peelrules/evidence/submission.schema.json}) and the checks a schema cannot express.
 * Every problem is reported at once, each with its JSON pointer.
 */
public final class SubmissionReader {
    /** The schema's classpath location, for tools that validate submissions themselves. */
    public static final String SCHEMA = "/org/peelrules/evidence/submission.schema.json";
    private static final JsonSchema SCHEMA_VALIDATOR = loadSchema();

    private SubmissionReader() {
    }

    /** Reads and validates the submission in a file. */
    public static Submission read(Path file) {
        String text;
        try {
            if (Files.size(file) > Json.MAX_DOCUMENT_CHARS) {
                throw new InvalidSubmissionException(file.toString(), List.of(new Problem("",
                        "the file is larger than the limit of " + Json.MAX_DOCUMENT_CHARS + " bytes")));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidSubmissionException(file.toString(), List.of(new Problem("", "cannot read the file: "
                    + e.getClass().getSimpleName() + " " + e.getMessage())));
        }
        return read(text, file.toString());
    }

    /** Reads and validates a submission from JSON text; {@code name} labels it in errors. */
    public static Submission read(String json, String name) {
        JsonNode tree = parse(json, name);
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage m : SCHEMA_VALIDATOR.validate(tree)) {
            problems.add(new Problem(m.getInstanceLocation().toString(), schemaMessage(m)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(name, problems.stream().sorted().distinct().toList());
        }
        Submission submission;
        try {
            submission = Json.json().treeToValue(tree, Submission.class);
        } catch (JsonProcessingException e) {
            throw new InvalidSubmissionException(name, List.of(new Problem(pointer(e), e.getOriginalMessage())));
        }
        checkConsistency(submission, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(name, problems.stream().sorted().toList());
        }
        return submission;
    }

    private static JsonNode parse(String json, String name) {
        if (json.length() > Json.MAX_DOCUMENT_CHARS) {
            throw new InvalidSubmissionException(name, List.of(new Problem("",
                    "the document is larger than the limit of " + Json.MAX_DOCUMENT_CHARS + " characters")));
        }
        try {
            JsonNode tree = Json.json().readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidSubmissionException(name, List.of(new Problem("", "the document is empty")));
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw new InvalidSubmissionException(name, List.of(new Problem("", "the document exceeds a limit: "
                    + e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidSubmissionException(name, List.of(new Problem(where, "malformed JSON: "
                    + e.getOriginalMessage())));
        }
    }

    /** What a schema cannot say: counts that contradict each other, intervals that miss their estimate. */
    private static void checkConsistency(Submission s, List<Problem> problems) {
        for (int i = 0; i < s.caseAudits().size(); i++) {
            CaseAudit a = s.caseAudits().get(i);
            if (a.failing() != null && a.sampled() != null && a.failing() > a.sampled()) {
                problems.add(new Problem("/caseAudits/" + i + "/failing", "failing (" + a.failing()
                        + ") is more than the cases sampled (" + a.sampled() + ")"));
            }
        }
        for (int i = 0; i < s.metrics().size(); i++) {
            Metric m = s.metrics().get(i);
            String at = "/metrics/" + i;
            if ("percent".equals(m.unit()) && (m.value() < 0 || m.value() > 100)) {
                problems.add(new Problem(at + "/value", "a percentage must lie between 0 and 100, not " + m.value()));
            }
            if (("count".equals(m.unit()) || m.unit().startsWith("per-")) && m.value() < 0) {
                problems.add(new Problem(at + "/value", "a count or rate cannot be negative: " + m.value()));
            }
            if (m.marginOfError() != null && "percent".equals(m.unit())
                    && (m.value() - m.marginOfError() < 0 || m.value() + m.marginOfError() > 100)) {
                problems.add(new Problem(at + "/marginOfError", "the interval " + m.value() + " ± "
                        + m.marginOfError() + " reaches outside 0 to 100"));
            }
        }
        if (s.inspectionPeriod() != null && s.inspectionPeriod().from() != null && s.inspectionPeriod().to() != null
                && s.inspectionPeriod().from().isAfter(s.inspectionPeriod().to())) {
            problems.add(new Problem("/inspectionPeriod/to", "the period ends before it starts"));
        }
    }

    private static String schemaMessage(ValidationMessage m) {
        String message = m.getMessage();
        String location = m.getInstanceLocation().toString();
        return message.startsWith(location + ": ") ? message.substring(location.length() + 2) : message;
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            s.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return s.toString();
    }

    private static String pointer(JsonProcessingException e) {
        return e instanceof JsonMappingException m ? pointer(m) : "";
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = SubmissionReader.class.getResourceAsStream(SCHEMA)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON, config);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the submission schema is missing from the classpath", e);
        }
    }

}
