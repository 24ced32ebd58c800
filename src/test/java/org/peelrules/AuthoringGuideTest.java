package org.peelrules;

import org.peelrules.check.Diagnostic;
import org.peelrules.errors.RuleSetException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.check.RuleSetCheck;
import org.peelrules.cli.PeelCommand;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.language.DrlText;
import org.peelrules.internal.ruleset.RuleInfo;
import org.peelrules.internal.ruleset.YamlSchemas;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.Status;
import org.peelrules.replay.Replay;

/**
 * docs/authoring-rules.md: every rule and data example is applied, in order, to a copy of the bundled rule
 * set, which must load after each and check without errors at the end; the refused example must be
 * refused; the commands must run; and the vocabulary tables must name the fields the facts really have.
 *
 * <p>A fenced block says how it is checked after its language: {@code yaml standard FILE} (an entry
 * that replaces the one with its id, or is added), {@code yaml characteristic FILE} (added to the topic
 * its id is numbered under), {@code yaml measure FILE} (added to the register), {@code drl append FILE}
 * (rules added to the file), {@code yaml ruleset FILE} (the version set in ruleset.yaml), {@code yaml scenario FILE} (scenarios added to the file, which {@code peel test} must
 * pass) and {@code drl refused} (rules the rule language refuses).
 */
class AuthoringGuideTest {
    private static final Path GUIDE = Path.of("docs/authoring-rules.md");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)([^\\n]*)\\n(.*?)^```\\s*$");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `(\\w+)` \\| (`.*`) \\|$");

    @TempDir
    static Path tmp;
    private static Path edited;

    private record Block(String language, List<String> how, String text) {
    }

    private static List<Block> blocks() {
        Matcher m = FENCE.matcher(RuleFolders.read(GUIDE));
        List<Block> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(new Block(m.group(1), List.of(m.group(2).strip().split("\\s+")), m.group(3)));
        }
        return blocks;
    }

    /** The bundled rule set with every example applied, made once for the class. */
    private static synchronized Path edited() {
        if (edited == null) {
            edited = applyExamples();
        }
        return edited;
    }

    /**
     * Applies every rule and data example to a copy of the bundled rule set, then loads it once and finds
     * in it what each example added or changed.
     */
    private static Path applyExamples() {
        Path rules = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("my-rules"));
        List<Consumer<RuleSet>> expectations = new ArrayList<>();
        int checked = 0;
        for (Block b : blocks()) {
            if (!b.language().equals("yaml") && !b.language().equals("drl")) {
                continue;
            }
            String how = b.how().get(0);
            switch (b.language() + " " + how) {
                case "yaml standard" -> {
                    JsonNode entry = entry(b.text());
                    Path file = rules.resolve(b.how().get(1));
                    RuleFolders.write(rules, b.how().get(1), replaceEntry(RuleFolders.read(file),
                            entry.get("id").asText(), b.text()));
                    expectations.add(r -> assertThat(r.standards()).anySatisfy(s -> {
                        assertThat(s.id()).isEqualTo(entry.get("id").asText());
                        assertThat(s.value()).isEqualTo(entry.get("value").asDouble());
                    }));
                }
                case "yaml characteristic" -> {
                    String id = entry(b.text()).get("id").asText();
                    Path file = rules.resolve(b.how().get(1));
                    RuleFolders.write(rules, b.how().get(1), addToTopic(RuleFolders.read(file),
                            id.substring(0, id.lastIndexOf('.')), b.text()));
                    expectations.add(r -> assertThat(r.characteristics()).anySatisfy(c ->
                            assertThat(c.id()).isEqualTo(id)));
                }
                case "yaml measure" -> {
                    String id = entry(b.text()).get("id").asText();
                    Path file = rules.resolve(b.how().get(1));
                    RuleFolders.write(rules, b.how().get(1), RuleFolders.read(file).stripTrailing() + "\n" + b.text());
                    expectations.add(r -> assertThat(r.measures()).anySatisfy(m -> assertThat(m.id()).isEqualTo(id)));
                }
                case "yaml ruleset" -> {
                    String version = yaml(b.text()).get("version").asText();
                    Path file = rules.resolve(b.how().get(1));
                    RuleFolders.write(rules, b.how().get(1), RuleFolders.read(file)
                            .replaceFirst("(?m)^version: .*$", "version: " + version));
                    expectations.add(r -> assertThat(r.version()).isEqualTo(version));
                }
                case "yaml scenario" -> {
                    Path file = rules.resolve(b.how().get(1));
                    RuleFolders.write(rules, b.how().get(1), RuleFolders.read(file).stripTrailing() + "\n\n" + b.text());
                }
                case "drl append" -> {
                    Path file = rules.resolve(b.how().get(1));
                    RuleFolders.write(rules, b.how().get(1), RuleFolders.read(file) + b.text());
                    List<String> ids = new DrlText("x", b.text()).rules().stream().map(r -> r.id().value()).toList();
                    assertThat(ids).isNotEmpty();
                    expectations.add(r -> assertThat(r.rules()).extracting(RuleInfo::id).containsAll(ids));
                }
                case "drl refused" -> {
                    Path scratch = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("refused-" + checked));
                    String file = "areas/responding-to-the-public.drl";
                    RuleFolders.write(scratch, file, RuleFolders.read(scratch.resolve(file)) + "\n" + b.text());
                    RuleSetException refused = catchThrowableOfType(() -> RuleSet.load(scratch), RuleSetException.class);
                    assertThat(refused).isNotNull();
                    assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> {
                        assertThat(p.where()).startsWith(file + ":");
                    });
                    // The guide shows the refusal as it reads, up to its explanation.
                    String message = refused.problems().get(0).message();
                    assertThat(RuleFolders.read(GUIDE).replaceAll("\\s+", " "))
                            .contains(message.substring(0, message.indexOf(": ")));
                }
                case "drl mistakes" -> {
                    Path scratch = RuleFolders.copy(rules, tmp.resolve("mistakes-" + checked));
                    String file = "areas/responding-to-the-public.drl";
                    RuleFolders.write(scratch, file, RuleFolders.read(scratch.resolve(file)) + "\n" + b.text());
                    RuleSetException refused = catchThrowableOfType(() -> RuleSet.load(scratch), RuleSetException.class);
                    assertThat(refused).isNotNull();
                    // The guide lists every problem as it reads, each at the file, with "..." for its line.
                    String guide = RuleFolders.read(GUIDE);
                    assertThat(refused.problems()).hasSize(3).allSatisfy(p ->
                            assertThat(guide).contains(file + ":...: " + p.message()));
                }
                case "yaml acknowledged" -> {
                    byte[] bytes = b.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    JsonNode tree = entryTree(bytes);
                    assertThat(YamlSchemas.validate(YamlSchemas.ACKNOWLEDGED_WARNINGS, "guide", bytes, tree)).isEmpty();
                    String bundled = RuleFolders.read(TestRules.FOLDER.resolve(RuleSetCheck.ACKNOWLEDGED));
                    tree.path("acknowledged").forEach(a -> assertThat(bundled).contains("code: "
                            + a.path("code").asText() + "\n    subject: " + a.path("subject").asText() + "\n"));
                }
                default -> fail("an example in " + GUIDE + " that no test checks: ```" + b.language() + " "
                        + String.join(" ", b.how()));
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
        RuleSet loaded = RuleSet.load(rules);
        expectations.forEach(e -> e.accept(loaded));
        return rules;
    }

    private static JsonNode entryTree(byte[] yaml) {
        try {
            return Json.yaml().readTree(yaml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyExampleAppliesAndTheResultChecksWithoutErrors() {
        Path rules = edited();

        RuleSetCheck.Result result = RuleSetCheck.check(rules);
        assertThat(result.of(Diagnostic.Severity.ERROR)).isEmpty();
        // The worked example's measure and standard are read by its rules.
        assertThat(result.of(Diagnostic.Severity.WARNING)).extracting(Diagnostic::message)
                .noneMatch(m -> m.contains("callbacks-within-promised-time"));

        // "A submission can now report ... 84 ...": the characteristic is then only partly met.
        Assessment a = Evaluator.of(RuleSet.load(rules)).evaluate(SubmissionReader.read("""
                {"framework": "peel-2021-22", "force": "Example", "metrics": [
                  {"id": "cb", "measure": "callbacks-within-promised-time", "value": 84, "unit": "percent",
                   "source": "docs/authoring-rules.md"}]}
                """, "example"));
        assertThat(a.judgment("responding-to-the-public").orElseThrow().characteristics())
                .filteredOn(c -> c.characteristic().equals("4.1.6")).singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(Status.PARTLY_MET);
                    assertThat(c.evidence()).containsExactly("cb");
                });
    }

    @Test
    void theCommandsRunOnTheEditedCopy() {
        Path myRules = edited();
        // Until examples/ holds a complete case, the synthetic corpus stands in for it.
        Path examples = hasCases(TestRules.EXAMPLES) ? TestRules.EXAMPLES : RuleFolders.CORPUS.resolve("agreeing");
        int run = 0;
        for (Block b : blocks()) {
            if (!b.language().equals("console")) {
                continue;
            }
            for (String line : b.text().lines().toList()) {
                if (line.startsWith("$ cp -r rules/peel-2021-22 my-rules")) {
                    continue; // done above: the copy the examples were applied to
                }
                assertThat(line).as("a command in the guide").startsWith("$ ./peel ");
                String[] args = Stream.of(line.substring("$ ./peel ".length()).split("\\s+"))
                        .map(a -> a.equals("my-rules") ? myRules.toString()
                                : a.equals("examples") ? examples.toString() : a)
                        .toArray(String[]::new);
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int exit = PeelCommand.run(new PrintWriter(out), new PrintWriter(err), args);
                if (args[0].equals("rules") || args[0].equals("test")) {
                    assertThat(exit).as(line + "\n" + out + err).isZero();
                } else {
                    // 0 or 2: the cases agree or the change shows; 1 would be an error.
                    assertThat(exit).as(line + "\n" + out + err).isIn(0, 2);
                }
                run++;
            }
        }
        assertThat(run).isEqualTo(6);
    }

    @Test
    void theVocabularyTablesNameEveryFieldOfEachFactAndNoOther() throws ClassNotFoundException {
        Matcher row = ROW.matcher(RuleFolders.read(GUIDE));
        int rows = 0;
        while (row.find()) {
            if (row.group(1).equals("Fact")) {
                continue;
            }
            Class<?> type = fact(row.group(1));
            Set<String> listed = new HashSet<>();
            Matcher field = Pattern.compile("`(\\w+)`").matcher(row.group(2));
            while (field.find()) {
                listed.add(field.group(1));
            }
            Set<String> readable = new HashSet<>();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getDeclaringClass() == type) {
                    readable.add(m.getName());
                }
            }
            readable.removeAll(Set.of("toString", "hashCode"));
            assertThat(listed).as("fields listed for %s", type.getSimpleName()).isSubsetOf(readable);
            for (RecordComponent c : type.getRecordComponents()) {
                assertThat(listed).as("fields listed for %s", type.getSimpleName()).contains(c.getName());
            }
            rows++;
        }
        assertThat(rows).isGreaterThanOrEqualTo(20);
    }

    private static Class<?> fact(String simpleName) throws ClassNotFoundException {
        for (String pkg : List.of("org.peelrules.evidence.", "org.peelrules.rules.", "org.peelrules.judgment.")) {
            try {
                return Class.forName(pkg + simpleName);
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        throw new ClassNotFoundException(simpleName);
    }

    private static boolean hasCases(Path root) {
        return Files.isDirectory(root) && Replay.cases(root).stream()
                .anyMatch(c -> Files.isRegularFile(c.resolve(Replay.EVIDENCE)) && Files.isRegularFile(c.resolve(Replay.EXPECTED)));
    }

    private static JsonNode yaml(String yaml) {
        try {
            return Json.yaml().readTree(yaml);
        } catch (IOException e) {
            throw new AssertionError("the example is not YAML:\n" + yaml, e);
        }
    }

    private static JsonNode entry(String yaml) {
        try {
            JsonNode list = Json.yaml().readTree(yaml);
            assertThat(list.isArray() && list.size() == 1).as("one YAML list entry:\n" + yaml).isTrue();
            return list.get(0);
        } catch (IOException e) {
            throw new AssertionError("the example is not YAML:\n" + yaml, e);
        }
    }

    /** Replaces the list entry with this id (to the next entry, comment or end), or adds it at the end. */
    private static String replaceEntry(String file, String id, String entry) {
        List<String> lines = new ArrayList<>(file.lines().toList());
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("- id: " + id)) {
                start = i;
            }
        }
        if (start < 0) {
            return file.stripTrailing() + "\n\n" + entry;
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).strip().startsWith("- id:") && !lines.get(end).strip().startsWith("#")) {
            end++;
        }
        while (end > start + 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        List<String> out = new ArrayList<>(lines.subList(0, start));
        out.addAll(entry.stripTrailing().lines().toList());
        out.addAll(lines.subList(end, lines.size()));
        return String.join("\n", out) + "\n";
    }

    /** Adds a characteristic entry at the end of its topic's list: before the next topic or the measures. */
    private static String addToTopic(String file, String topic, String entry) {
        List<String> lines = new ArrayList<>(file.lines().toList());
        int start = lines.indexOf("  - id: \"" + topic + "\"");
        assertThat(start).as("topic %s in the catalogue file", topic).isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("  - id: ") && !lines.get(end).startsWith("measures:")) {
            end++;
        }
        while (lines.get(end - 1).isBlank()) {
            end--;
        }
        lines.addAll(end, entry.stripTrailing().lines().toList());
        return String.join("\n", lines) + "\n";
    }
}
