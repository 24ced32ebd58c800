package org.peelrules.internal.read;

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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peelrules.errors.Problem;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.json.Suggest;
import org.peelrules.internal.json.Values;

/**
 * Validates a submission's JSON tree against the shipped JSON Schema and words each violation plainly. The
 * validator's own messages name regular expressions and schema paths; a person preparing evidence needs to
 * know which field is wrong and what would be right, so the schema's descriptions supply the explanation and
 * the details of alternatives ({@code oneOf} branches) are left out in favour of the one sentence that
 * describes them.
 */
final class SchemaProblems {
    /** Where the submission schema is in the jar. */
    static final String RESOURCE = "/org/peelrules/evidence/submission.schema.json";
    private static final JsonNode SCHEMA = load();
    private static final JsonSchema VALIDATOR = compile(SCHEMA);

    private SchemaProblems() {
    }

    static List<Problem> of(JsonNode document) {
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage m : VALIDATOR.validate(document)) {
            String rule = ruleLocation(m);
            if (rule.contains("/oneOf/") || rule.contains("/anyOf/")) {
                continue; // why one branch of an alternative failed: the alternative's own message says it better
            }
            problems.add(plain(m, rule, document));
        }
        return problems;
    }

    /** The names of the fields an object at this schema location may hold. */
    private static List<String> allowedFields(String objectRule) {
        return iterable(SCHEMA.at(objectRule).path("properties").fieldNames());
    }

    private static Problem plain(ValidationMessage m, String rule, JsonNode document) {
        String at = m.getInstanceLocation().toString();
        JsonNode value = document.at(at);
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        String owner = parent(rule);
        return switch (m.getType()) {
            case "type" -> new Problem(at, "must be " + Values.typeName(Values.arg(args, 1), "an object")
                    + ", not " + Values.show(value));
            case "required" -> new Problem(Values.pointer(at, m.getProperty()), "is missing: every "
                    + objectName(owner) + " needs \"" + m.getProperty() + "\"");
            case "additionalProperties" -> new Problem(Values.pointer(at, m.getProperty()),
                    unknownField(m.getProperty(), owner));
            case "enum" -> {
                List<String> allowed = iterable(SCHEMA.at(owner + "/enum").elements()).stream()
                        .map(JsonNode::asText).toList();
                yield new Problem(at, Values.show(value) + " is not one of: " + String.join(", ", allowed)
                        + Suggest.from(value.asText(), allowed));
            }
            case "pattern" -> new Problem(at, Values.show(value) + " is not valid here: " + description(owner));
            case "format" -> new Problem(at, Values.show(value) + " is not a valid " + Values.arg(args, 0) + ": "
                    + description(owner));
            case "oneOf", "anyOf", "not" -> new Problem(at, description(owner));
            case "minimum" -> new Problem(at, "must be at least " + Values.arg(args, 0)
                    + ", not " + Values.show(value));
            case "maximum" -> new Problem(at, "must be at most " + Values.arg(args, 0) + ", not " + Values.show(value));
            case "exclusiveMinimum" -> new Problem(at, "must be more than " + Values.arg(args, 0) + ", not "
                    + Values.show(value));
            case "exclusiveMaximum" -> new Problem(at, "must be less than " + Values.arg(args, 0) + ", not "
                    + Values.show(value));
            case "minLength" -> new Problem(at, "1".equals(Values.arg(args, 0)) ? "must not be empty"
                    : "must be at least " + Values.arg(args, 0) + " characters long");
            case "maxLength" -> new Problem(at, "is " + value.asText().codePointCount(0, value.asText().length())
                    + " characters long; the limit is " + Values.arg(args, 0));
            case "maxItems" -> new Problem(at, "holds " + value.size() + " items; the limit is " + Values.arg(args, 0));
            default -> new Problem(at, stripLocation(m.getMessage(), at));
        };
    }

    private static String unknownField(String name, String objectRule) {
        List<String> allowed = allowedFields(objectRule);
        String suggestion = Suggest.from(name, allowed);
        return "unknown field \"" + Values.abbreviate(name) + "\""
                + (suggestion.isEmpty() ? "; the fields allowed here are: " + String.join(", ", allowed) : suggestion);
    }

    /** The schema location of the violated keyword, as a JSON pointer into the schema document. */
    private static String ruleLocation(ValidationMessage m) {
        String location = m.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        return hash < 0 ? "" : location.substring(hash + 1);
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash < 0 ? "" : pointer.substring(0, slash);
    }

    /** The nearest description at or above a schema location: the sentence that explains the rule. */
    private static String description(String rule) {
        for (String at = rule; ; at = parent(at)) {
            JsonNode d = SCHEMA.at(at).path("description");
            if (d.isTextual()) {
                return d.asText();
            }
            if (at.isEmpty()) {
                return "it does not have the expected form";
            }
        }
    }

    /** "/$defs/caseAudit" → "case audit"; "/properties/inspectionPeriod" → "inspection period"; "" → "submission". */
    private static String objectName(String objectRule) {
        String last = objectRule.substring(objectRule.lastIndexOf('/') + 1);
        if (last.isEmpty()) {
            return "submission";
        }
        return last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String stripLocation(String message, String at) {
        return message.startsWith(at + ": ") ? message.substring(at.length() + 2) : message;
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    private static JsonNode load() {
        try (InputStream in = SchemaProblems.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the submission schema is missing from the classpath");
            }
            return Json.json().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the submission schema cannot be read", e);
        }
    }

    private static JsonSchema compile(JsonNode schema) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true).build();
        JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schema.toString(), InputFormat.JSON, config);
        // Resolve every $ref now, once, rather than lazily on first use from whichever threads validate first.
        compiled.initializeValidators();
        return compiled;
    }
}
