package org.peelrules.check;

import org.peelrules.internal.ruleset.ProblemOrder;
import org.peelrules.internal.ruleset.RuleSetFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.peelrules.errors.InvalidSubmissionException;
import org.peelrules.errors.Problem;
import org.peelrules.RuleSet;
import org.peelrules.errors.RuleSetException;
import org.peelrules.SubmissionReader;
import org.peelrules.evidence.Submission;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.json.Suggest;
import org.peelrules.internal.json.YamlPositions;
import org.peelrules.internal.ruleset.RuleSetLoader;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.Status;

/**
 * Reads the scenario files in a rule set's {@code scenarios/} folder and checks them against the rule set, every
 * problem at once with its file, line and column: YAML that does not read, a field the format does not have, a
 * characteristic, topic, area or rule the rule set does not have, a status or grade that does not exist. The
 * evidence is read by {@link SubmissionReader}, so its problems are those a submission file would have, placed
 * on the scenario's own lines.
 */
final class ScenarioReader {
    private static final Set<String> FILE_FIELDS = Set.of("scenarios");
    private static final Set<String> SCENARIO_FIELDS = Set.of("name", "evidence", "expect");

    private final RuleSet ruleSet;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> characteristics = new HashSet<>();
    private final Set<String> topics = new HashSet<>();
    private final Set<String> areas = new HashSet<>();
    private final Set<String> ruleIds = new HashSet<>();

    private ScenarioReader(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        ruleSet.characteristics().forEach(c -> characteristics.add(c.id()));
        ruleSet.catalogue().topics().forEach(t -> topics.add(t.id()));
        ruleSet.areas().forEach(a -> areas.add(a.id()));
        ruleSet.rules().forEach(r -> ruleIds.add(r.id()));
    }

    /** The scenario files under {@code folder/scenarios}, in name order; none when the folder has none. */
    static List<Path> files(Path folder) {
        Path dir = folder.resolve(RuleSetFiles.SCENARIOS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw RuleSetException.scenarios(dir.toString(), List.of(new Problem(dir.toString(), "cannot read: " + e.getMessage())));
        }
    }

    /** Every scenario in the files, in file order. */
    static List<Scenario> read(RuleSet ruleSet, Path folder, List<Path> files) {
        ScenarioReader reader = new ScenarioReader(ruleSet);
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : files) {
            scenarios.addAll(reader.file(f));
        }
        if (!reader.problems.isEmpty()) {
            throw RuleSetException.scenarios(folder.toString(),
                    reader.problems.stream().distinct().sorted(ProblemOrder.BY_LOCATION).toList());
        }
        return scenarios;
    }

    private List<Scenario> file(Path file) {
        String name = file.toString().replace('\\', '/');
        byte[] bytes;
        JsonNode root;
        try {
            bytes = Files.readAllBytes(file);
            root = Json.yaml().readTree(bytes);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(RuleSetLoader.at(name, e), "the file is not YAML: " + RuleSetLoader.plain(e, "")));
            return List.of();
        } catch (IOException e) {
            problems.add(new Problem(name, "cannot read: " + e.getMessage()));
            return List.of();
        }
        YamlPositions yaml = YamlPositions.of(name, bytes);
        if (root == null || !root.isObject() || !root.path("scenarios").isArray()) {
            problems.add(new Problem(yaml.at(""), "a scenario file holds a list under \"scenarios:\""));
            return List.of();
        }
        fields(root, "", FILE_FIELDS, yaml);
        List<Scenario> scenarios = new ArrayList<>();
        JsonNode list = root.get("scenarios");
        for (int i = 0; i < list.size(); i++) {
            Scenario s = scenario(list.get(i), "/scenarios/" + i, yaml);
            if (s != null) {
                scenarios.add(s);
            }
        }
        return scenarios;
    }

    private Scenario scenario(JsonNode node, String at, YamlPositions yaml) {
        if (!node.isObject()) {
            problems.add(new Problem(yaml.at(at), "a scenario has a name, evidence and expect"));
            return null;
        }
        fields(node, at, SCENARIO_FIELDS, yaml);
        String name = node.path("name").asText("").strip();
        if (name.isEmpty()) {
            problems.add(new Problem(yaml.at(at), "a scenario needs a name: what it shows, as a sentence"));
        }
        Submission evidence = evidence(node.get("evidence"), at + "/evidence", name, yaml);
        List<Scenario.Expectation> expected = expectations(node.get("expect"), at + "/expect", yaml);
        return evidence == null ? null : new Scenario(name, yaml.at(at + "/name"), evidence, expected);
    }

    /** The evidence as a submission: {@code framework} and {@code force} may be left out, and are then implied. */
    private Submission evidence(JsonNode node, String at, String name, YamlPositions yaml) {
        if (node == null || !node.isObject()) {
            problems.add(new Problem(yaml.at(at), "a scenario needs \"evidence:\" with its evidence items, "
                    + "as in a submission (metrics, caseAudits, surveys, observations, priorItems, practices)"));
            return null;
        }
        ObjectNode submission = node.deepCopy();
        if (!submission.has("framework")) {
            submission.put("framework", ruleSet.framework());
        }
        if (!submission.has("force")) {
            submission.put("force", "Scenario: " + name);
        }
        try {
            return SubmissionReader.read(Json.json().writeValueAsString(submission), name, ruleSet);
        } catch (InvalidSubmissionException e) {
            // The reader's JSON pointers are within the evidence: placed on the scenario file's lines.
            e.problems().forEach(p -> problems.add(new Problem(yaml.best(at + p.where()),
                    "evidence" + p.where() + ": " + p.message())));
            return null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a YAML tree always writes as JSON", e);
        }
    }

    private List<Scenario.Expectation> expectations(JsonNode node, String at, YamlPositions yaml) {
        List<Scenario.Expectation> expected = new ArrayList<>();
        if (node == null || !node.isObject() || node.isEmpty()) {
            problems.add(new Problem(yaml.at(at), "a scenario needs \"expect:\" with at least one of: " + keys()));
            return expected;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = at + "/" + e.getKey();
            Scenario.Kind kind = Stream.of(Scenario.Kind.values()).filter(k -> k.key().equals(e.getKey()))
                    .findFirst().orElse(null);
            if (kind == null) {
                problems.add(new Problem(yaml.keyAt(path), "\"" + e.getKey() + "\" is not something a scenario "
                        + "can expect" + Suggest.from(e.getKey(), keySet()) + "; expect one of: " + keys()));
            } else if (kind.valued()) {
                if (!e.getValue().isObject()) {
                    problems.add(new Problem(yaml.at(path), kind.key() + " gives each " + subjectWord(kind)
                            + " its expected value, one per line, such as \"" + example(kind) + "\""));
                    continue;
                }
                e.getValue().fields().forEachRemaining(v -> {
                    String where = yaml.keyAt(path + "/" + v.getKey());
                    if (known(kind, v.getKey(), where)) {
                        String value = value(kind, v.getValue().asText(), yaml.at(path + "/" + v.getKey()));
                        if (value != null) {
                            expected.add(new Scenario.Expectation(kind, v.getKey(), value, where));
                        }
                    }
                });
            } else {
                if (!e.getValue().isArray()) {
                    problems.add(new Problem(yaml.at(path), kind.key() + " is a list of " + subjectWord(kind)
                            + " ids, such as [" + example(kind) + "]"));
                    continue;
                }
                for (int i = 0; i < e.getValue().size(); i++) {
                    String where = yaml.at(path + "/" + i);
                    String subject = e.getValue().get(i).asText();
                    if (known(kind, subject, where)) {
                        expected.add(new Scenario.Expectation(kind, subject, null, where));
                    }
                }
            }
        }
        return expected;
    }

    /** Whether the subject exists in the rule set; if not, says so with a "did you mean". */
    private boolean known(Scenario.Kind kind, String subject, String where) {
        Set<String> known = switch (kind) {
            case CAUSE_OF_CONCERN -> topics;
            case GRADE, OUTCOME, PROVISIONAL_GRADE -> areas;
            case RULE_FIRED -> ruleIds;
            default -> characteristics;
        };
        if (known.contains(subject)) {
            return true;
        }
        problems.add(new Problem(where, "unknown " + subjectWord(kind) + " \"" + subject + "\": the rule set has no "
                + subjectWord(kind) + " " + subject + Suggest.from(subject, known)));
        return false;
    }

    /** The enum constant a status, grade or outcome in words names ("partly met", "Requires improvement"). */
    private String value(Scenario.Kind kind, String given, String where) {
        List<String> names = Stream.of(switch (kind) {
            case STATUS -> Status.values();
            case OUTCOME -> Outcome.values();
            default -> Grade.values();
        }).map(Enum::name).toList();
        String name = given.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (names.contains(name)) {
            return name;
        }
        List<String> words = names.stream().map(ScenarioReader::words).toList();
        problems.add(new Problem(where, "\"" + given + "\" is not a " + (kind == Scenario.Kind.STATUS ? "status"
                : kind == Scenario.Kind.OUTCOME ? "outcome" : "grade") + Suggest.from(given.toLowerCase(Locale.ROOT), words)
                + "; use one of: " + String.join(", ", words)));
        return null;
    }

    /** An enum constant's name as a scenario file writes it: {@code PARTLY_MET} as "partly met". */
    static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private void fields(JsonNode node, String at, Set<String> allowed, YamlPositions yaml) {
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                problems.add(new Problem(yaml.keyAt(at + "/" + f), "unknown field \"" + f + "\""
                        + Suggest.from(f, allowed) + "; a " + (at.isEmpty() ? "scenario file has" : "scenario has")
                        + " " + String.join(", ", allowed.stream().sorted().toList())));
            }
        });
    }

    private static String subjectWord(Scenario.Kind kind) {
        return switch (kind) {
            case CAUSE_OF_CONCERN -> "topic";
            case GRADE, OUTCOME, PROVISIONAL_GRADE -> "area";
            case RULE_FIRED -> "rule";
            default -> "characteristic";
        };
    }

    private static String example(Scenario.Kind kind) {
        return switch (kind) {
            case STATUS -> "\"4.1.1\": partly met";
            case GRADE, PROVISIONAL_GRADE -> "responding-to-the-public: adequate";
            case OUTCOME -> "responding-to-the-public: insufficient evidence";
            case CAUSE_OF_CONCERN -> "\"4.1\"";
            case RULE_FIRED -> "RP-01";
            default -> "\"4.1.1\"";
        };
    }

    private static Set<String> keySet() {
        Set<String> keys = new HashSet<>();
        Stream.of(Scenario.Kind.values()).forEach(k -> keys.add(k.key()));
        return keys;
    }

    private static String keys() {
        return String.join(", ", Stream.of(Scenario.Kind.values()).map(Scenario.Kind::key).toList());
    }
}
