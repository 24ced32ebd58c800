package org.peelrules.internal.ruleset;

import org.peelrules.check.Diagnostic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelrules.errors.Problem;
import org.peelrules.internal.engine.Engine;
import org.peelrules.internal.language.DrlText;
import org.peelrules.RuleFolders;
import org.peelrules.RuleSet;
import org.peelrules.errors.RuleSetException;
import org.peelrules.TestRules;
import org.peelrules.check.RuleSetCheck;

/**
 * Every folder under src/test/resources/hostile-rules adds one rule to a copy of the bundled rule set that
 * tries to leave the evaluation (write or read a file, read the environment, open a resource, start threads,
 * use reflection, stop the program, run interpreted code) or to name a characteristic only in its consequence.
 * Each is refused by loading and by {@code peel rules check} alike, at the rule file's line and column, in a
 * plain sentence; and each that escapes is refused by the compiled-code check alone, without the text check.
 */
class HostileRulesTest {
    static final Path HOSTILE = Path.of("src/test/resources/hostile-rules");
    private static final String FILE = "hostile.drl";

    private static final Map<String, String[]> EXPECTED = new TreeMap<>(Map.ofEntries(
            // Refused by the compiled-code check: the text check lets these through
            refused("formatter-writes-a-file", "hostile.drl:12:19", "creates a java.util.Formatter, which is outside the "
                    + "rule language"),
            refused("parallel-stream", "hostile.drl:12:34", "calls parallelStream, which a rule may not use: it runs "
                    + "the rule's code on other threads"),
            // Refused first by the text check, with its plainer message
            refused("reads-a-file", "hostile.drl:12:42", "\"java.nio.file.Path\" is outside the rule language"),
            refused("reads-the-environment", "hostile.drl:12:19", "\"System\" is not allowed in a rule file"),
            refused("class-loader-resource", "hostile.drl:12:8", "\"getClass\" is not allowed in a rule file"),
            refused("reflection", "hostile.drl:12:5", "\"Class\" is not allowed in a rule file"),
            refused("system-exit", "hostile.drl:12:5", "\"System\" is not allowed in a rule file"),
            refused("mvel-dialect", "hostile.drl:9:5", "only the java dialect is allowed in a rule file: another "
                    + "dialect is interpreted, so what its code does cannot be checked"),
            refused("unknown-characteristic-in-consequence", "hostile.drl:12:26", "characteristic \"4.1.9\" is not in "
                    + "the catalogue: the signal would be dropped")));

    /** What the compiled-code check says of each, on its own. */
    private static final Map<String, String[]> COMPILED = new TreeMap<>(Map.ofEntries(
            refused("formatter-writes-a-file", "hostile.drl:12:19", "creates a java.util.Formatter"),
            refused("parallel-stream", "hostile.drl:12:34", "calls parallelStream"),
            refused("reads-a-file", "hostile.drl:12:33", "creates a java.util.Scanner"),
            refused("reads-the-environment", "hostile.drl:12:26", "uses java.lang.System.getenv"),
            refused("class-loader-resource", "hostile.drl:12:8", "calls getClass, which a rule may not use: it leads "
                    + "to reflection"),
            refused("reflection", "hostile.drl:12:11", "uses java.lang.Class.forName"),
            refused("system-exit", "hostile.drl:12:12", "uses java.lang.System.exit"),
            refused("mvel-dialect", "hostile.drl:7:6", "is in the \"mvel\" dialect, which is interpreted, so what it "
                    + "does cannot be checked")));

    private static Map.Entry<String, String[]> refused(String kind, String where, String message) {
        return Map.entry(kind, new String[] {where, message});
    }

    static Stream<Arguments> fixtures() {
        return EXPECTED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1]));
    }

    static Stream<Arguments> compiled() {
        return COMPILED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1]));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("fixtures")
    void aHostileRuleIsRefusedAtLoadAndByTheCheckAtItsPlace(String kind, String where, String message,
                                                            @TempDir Path tmp) {
        Path folder = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("rules"), HOSTILE.resolve(kind));

        RuleSetException refused = catchThrowableOfType(() -> RuleSet.load(folder), RuleSetException.class);
        assertThat(refused).as("loading %s", kind).isNotNull();
        assertThat(refused.problems().get(0).where()).isEqualTo(where);
        assertThat(refused.problems().get(0).message()).contains(message);
        assertThat(refused.problems()).allSatisfy(p -> assertThat(p.where()).startsWith(FILE + ":"));

        RuleSetCheck.Result checked = RuleSetCheck.check(folder);
        assertThat(checked.ok()).isFalse();
        Diagnostic first = checked.diagnostics().get(0);
        assertThat(first.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        assertThat(first.where()).isEqualTo(where);
        assertThat(first.message()).contains(message);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("compiled")
    void theCompiledCodeCheckAloneRefusesEveryWayOut(String kind, String where, String message) throws IOException {
        Map<String, byte[]> files = RuleSetFiles.files(TestRules.FOLDER);
        files.put(FILE, Files.readAllBytes(HOSTILE.resolve(kind).resolve(FILE)));
        Map<String, byte[]> drl = new TreeMap<>();
        Map<String, DrlText> texts = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.endsWith(".drl")) {
                drl.put(name, bytes);
                texts.put(name, new DrlText(name, new String(bytes, StandardCharsets.UTF_8)));
            }
        });

        // The engine compiles, then checks the compiled code; the text check is the loader's, and not run here.
        List<Problem> problems = new ArrayList<>();
        assertThat(Engine.compile(drl, texts, "hostile", problems)).as("%s is refused", kind).isEmpty();

        assertThat(problems).as("%s", kind).isNotEmpty();
        assertThat(problems).as("%s compiles: only the compiled-code check refuses it", kind)
                .allSatisfy(p -> assertThat(p.message()).contains("(see docs/authoring-rules.md"));
        assertThat(problems).allSatisfy(p -> assertThat(p.where()).startsWith(FILE + ":"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo(where);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void everyFixtureHasItsExpectedRefusal() throws IOException {
        try (Stream<Path> folders = Files.list(HOSTILE)) {
            assertThat(folders.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyElementsOf(EXPECTED.keySet());
        }
    }
}
