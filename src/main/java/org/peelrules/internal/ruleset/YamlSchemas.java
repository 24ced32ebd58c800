package org.peelrules.internal.ruleset;

import org.peelrules.errors.Problem;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.json.Suggest;
import org.peelrules.internal.json.Values;
import org.peelrules.internal.json.YamlPositions;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a rule set's YAML files against their JSON Schemas, every bad value in a file at once, each at its
 * {@code file:line:column} and in words ("\"ninety\" is not a number (at /standards/0/value)").
 *
 * <p>The schemas are those in the bundled rule set's {@code schemas/} folder: the same files an editor reads
 * (each YAML file names its schema on its first line) describe what the library accepts, so completion in the
 * editor and the check here cannot drift apart. A rule set folder needs no copy of them to be checked.
 */
public final class YamlSchemas {
    public static final String RULESET = "ruleset.schema.json";
    public static final String STANDARDS = "standards.schema.json";
    public static final String CATALOGUE = "catalogue.schema.json";
    public static final String SCENARIOS = "scenarios.schema.json";
    public static final String ACKNOWLEDGED_WARNINGS = "acknowledged-warnings.schema.json";
    /** Where the schemas are on the class path: the bundled rule set's folder. */
    public static final String FOLDER = "/org/peelrules/rules/peel-2021-22/schemas/";

    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

    private record Loaded(JsonNode tree, JsonSchema validator) {
    }

    private YamlSchemas() {
    }

    /** The schema a rule set file is described by, or null for a file no schema describes. */
    public static String forFile(String name) {
        return switch (name) {
            case RuleSetFiles.MANIFEST -> RULESET;
            case RuleSetFiles.STANDARDS -> STANDARDS;
            case RuleSetFiles.ACKNOWLEDGED -> ACKNOWLEDGED_WARNINGS;
            default -> name.startsWith(RuleSetFiles.CATALOGUE_DIR + "/") ? CATALOGUE
                    : name.startsWith(RuleSetFiles.SCENARIOS + "/") ? SCENARIOS : null;
        };
    }

    /**
     * Every way {@code tree} (read from {@code bytes}, the file {@code file}) breaks the schema, in line order,
     * placed on the value (a wrong value), its key (a field the format does not have) or its entry (a missing
     * field).
     */
    public static List<Problem> validate(String schema, String file, byte[] bytes, JsonNode tree) {
        Loaded loaded = LOADED.computeIfAbsent(schema, YamlSchemas::load);
        YamlPositions yaml = YamlPositions.of(file, bytes);
        List<Problem> problems = new ArrayList<>();
        Set<ValidationMessage> messages = loaded.validator().validate(tree == null ? Json.yaml().nullNode() : tree);
        // A misspelt field is reported once, as unknown with "did you mean": not again as the field it meant, missing.
        Set<String> misspelt = new HashSet<>();
        for (ValidationMessage m : messages) {
            if (m.getType().equals("additionalProperties")) {
                String meant = suggestion(m, loaded.tree());
                if (meant != null) {
                    misspelt.add(Values.pointer(m.getInstanceLocation().toString(), meant));
                }
            }
        }
        for (ValidationMessage m : messages) {
            if (!(m.getType().equals("required")
                    && misspelt.contains(Values.pointer(m.getInstanceLocation().toString(), m.getProperty())))) {
                problems.add(plain(m, loaded.tree(), tree, yaml));
            }
        }
        return problems.stream().distinct().sorted(ProblemOrder.BY_LOCATION).toList();
    }

    private static Problem plain(ValidationMessage m, JsonNode schema, JsonNode document, YamlPositions yaml) {
        String at = m.getInstanceLocation().toString();
        JsonNode value = document == null ? null : document.at(at);
        String rule = ruleLocation(m);
        String owner = rule.contains("/") ? rule.substring(0, rule.lastIndexOf('/')) : "";
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        String where = at.isEmpty() ? "" : " (at " + at + ")";
        return switch (m.getType()) {
            case "type" -> new Problem(yaml.best(at), Values.show(value) + " is not "
                    + Values.typeName(Values.arg(args, 1), "a mapping of fields")
                    + where);
            case "required" -> {
                // Named as the policy team knows the entry: "characteristic 1.1.2 has no "text"".
                String field = Values.pointer(at, m.getProperty());
                String kind = owner.substring(owner.lastIndexOf('/') + 1);
                String id = value != null && value.path("id").isTextual() ? " " + value.path("id").asText() : "";
                yield new Problem(yaml.at(at), (kind.isEmpty() || kind.equals("items") ? "missing \""
                        + m.getProperty() + "\"" : kind + id + " has no \"" + m.getProperty() + "\"")
                        + " (at " + field + ")");
            }
            case "additionalProperties" -> {
                String field = Values.pointer(at, m.getProperty());
                List<String> allowed = new ArrayList<>();
                schemaAt(schema, owner).path("properties").fieldNames().forEachRemaining(allowed::add);
                String suggestion = Suggest.from(m.getProperty(), allowed);
                yield new Problem(yaml.keyAt(field), "unknown field \"" + Values.abbreviate(m.getProperty()) + "\""
                        + (suggestion.isEmpty() ? "; the fields allowed here are: " + String.join(", ", allowed)
                        : suggestion) + " (at " + field + ")");
            }
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                schemaAt(schema, owner).path("enum").forEach(e -> allowed.add(e.asText()));
                yield new Problem(yaml.best(at), Values.show(value) + " is not one of: " + String.join(", ", allowed)
                        + Suggest.from(value == null ? null : value.asText(), allowed) + where);
            }
            case "minLength" -> new Problem(yaml.best(at), "must not be empty" + where);
            case "minimum" -> new Problem(yaml.best(at), "must be at least " + Values.arg(args, 0) + ", not "
                    + Values.show(value) + where);
            case "minProperties" -> new Problem(yaml.best(at), "must not be empty: " + description(schema, owner)
                    + where);
            default -> new Problem(yaml.best(at), m.getMessage().replaceFirst("^\\S*: ", "") + where);
        };
    }

    /** The known field an unknown one is nearest to, if near enough. */
    private static String suggestion(ValidationMessage m, JsonNode schema) {
        String rule = ruleLocation(m);
        String owner = rule.contains("/") ? rule.substring(0, rule.lastIndexOf('/')) : "";
        List<String> allowed = new ArrayList<>();
        schemaAt(schema, owner).path("properties").fieldNames().forEachRemaining(allowed::add);
        String s = Suggest.from(m.getProperty(), allowed);
        return s.isEmpty() ? null : s.substring(s.indexOf('"') + 1, s.lastIndexOf('"'));
    }

    /** The nearest description at or above a schema location. */
    private static String description(JsonNode schema, String rule) {
        for (String at = rule; ; at = at.substring(0, Math.max(0, at.lastIndexOf('/')))) {
            JsonNode d = schemaAt(schema, at).path("description");
            if (d.isTextual()) {
                return d.asText();
            }
            if (at.isEmpty()) {
                return "";
            }
        }
    }

    private static JsonNode schemaAt(JsonNode schema, String pointer) {
        return schema.at(pointer);
    }

    private static String ruleLocation(ValidationMessage m) {
        String location = m.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        return hash < 0 ? "" : location.substring(hash + 1);
    }

    private static Loaded load(String name) {
        try (InputStream in = YamlSchemas.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the rule set schema " + name + " is missing from the class path");
            }
            JsonNode tree = Json.json().readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(tree.toString(), InputFormat.JSON, config);
            validator.initializeValidators();
            return new Loaded(tree, validator);
        } catch (IOException e) {
            throw new UncheckedIOException("the rule set schema " + name + " cannot be read", e);
        }
    }
}
