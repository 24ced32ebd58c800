package org.peelrules.internal.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.SubmissionReader;
import org.peelrules.TestRules;
import org.peelrules.judgment.Assessment;
import org.peelrules.report.JsonReport;
import org.peelrules.report.TextReport;

/**
 * The fast start must decide exactly as the classic build: the bundled rule set, started from the packages the
 * build precompiled, gives byte-identical output to the same rule files built from the folder.
 */
class PrecompiledRulesTest {

    @Test
    void theBuildPrecompiledTheBundledRuleFiles() throws IOException {
        // Without this the jar would still work, only slowly: the key would not match and the build falls back.
        assertThat(PrecompiledRules.class.getResource(PrecompiledRules.RESOURCE))
                .as("the build writes %s (mvn process-classes)", PrecompiledRules.RESOURCE).isNotNull();
        assertThat(PrecompiledRules.ruleSet(RuleSetFiles.files(TestRules.FOLDER))).isPresent();
    }

    @TestFactory
    Stream<DynamicTest> theBundledRuleSetDecidesEveryExampleAsTheClassicBuild() throws IOException {
        RuleSet bundled = RuleSet.bundled();
        Evaluator fast = Evaluator.of(bundled);
        List<Path> examples;
        try (Stream<Path> folders = Files.list(TestRules.EXAMPLES)) {
            examples = folders.map(f -> f.resolve("evidence.json")).filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(examples).isNotEmpty();
        return examples.stream().map(file -> DynamicTest.dynamicTest(file.getParent().getFileName().toString(), () -> {
            var submission = SubmissionReader.read(file);
            Assessment classic = TestRules.evaluator().evaluate(submission);
            Assessment precompiled = fast.evaluate(submission);
            assertThat(JsonReport.render(precompiled)).isEqualTo(JsonReport.render(classic));
            assertThat(TextReport.render(precompiled)).isEqualTo(TextReport.render(classic));
        }));
    }

    @Test
    void theBundledRuleSetDescribesItselfAsTheClassicBuild() {
        RuleSet bundled = RuleSet.bundled();
        RuleSet classic = TestRules.ruleSet();
        assertThat(bundled.hash()).isEqualTo(classic.hash());
        assertThat(bundled.rules()).isEqualTo(classic.rules());
        assertThat(List.of(bundled.name(), bundled.framework(), bundled.title()))
                .isEqualTo(List.of(classic.name(), classic.framework(), classic.title()));
        assertThat(bundled.catalogue()).isEqualTo(classic.catalogue());
        for (RuleInfo rule : classic.rules()) {
            assertThat(bundled.rule(rule.name())).contains(rule);
        }
    }

    @Test
    void aPrecompiledRuleSetIsUsedOnlyForTheFilesItWasMadeFrom() throws IOException {
        Map<String, byte[]> files = RuleSetFiles.files(TestRules.FOLDER);
        byte[] precompiled = PrecompiledRules.write(files, TestRules.ruleSet().loaded());

        Map<String, byte[]> editedRule = edited(files, files.keySet().stream().filter(f -> f.endsWith(".drl"))
                .findFirst().orElseThrow(), "\n// edited\n");
        Map<String, byte[]> editedStandards = edited(files, "standards.yaml", "\n# edited\n");
        Map<String, byte[]> renamed = new TreeMap<>(files);
        String first = renamed.keySet().iterator().next();
        renamed.put("renamed-" + first, renamed.remove(first));

        Map<String, byte[]> added = new TreeMap<>(files);
        added.put("catalogue/zz-extra.yaml", "area: {}".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> removed = new TreeMap<>(files);
        removed.remove(removed.keySet().iterator().next());

        for (Map<String, byte[]> other : List.of(editedRule, editedStandards, renamed, added, removed)) {
            assertThat(PrecompiledRules.parse(precompiled, other)).isEmpty();
        }
        LoadedRules read = PrecompiledRules.parse(precompiled, files).orElseThrow();
        assertThat(read.engine().rules())
                .hasSameSizeAs(TestRules.ruleSet().rules());
        assertThat(read.hash()).isEqualTo(TestRules.ruleSet().hash());
    }

    @Test
    void anEditedBundledRuleSetIsLoadedTheClassicWay() throws IOException {
        Map<String, byte[]> files = RuleSetFiles.files(TestRules.FOLDER);
        // A YAML edit alone changes what the catalogue says, so it too must miss the precompiled form.
        Map<String, byte[]> edited = edited(files, "standards.yaml", "\n# edited\n");
        assertThat(PrecompiledRules.ruleSet(edited)).isEmpty();
        assertThat(PrecompiledRules.ruleSet(files)).isPresent();
    }

    @Test
    void anUnreadablePrecompiledRuleSetIsNeverFatal() throws IOException {
        Map<String, byte[]> files = RuleSetFiles.files(TestRules.FOLDER);
        byte[] precompiled = PrecompiledRules.write(files, TestRules.ruleSet().loaded());
        byte[] truncated = java.util.Arrays.copyOf(precompiled, precompiled.length / 2);
        assertThat(PrecompiledRules.parse(truncated, files)).isEmpty();
    }

    @Test
    void theBundledRuleSetReadFromAJarHasTheFolderFilesAndNoOthers(@TempDir Path dir) throws IOException {
        Map<String, byte[]> files = RuleSetFiles.files(TestRules.FOLDER);
        String folder = "org/peelrules/rules/" + RuleSet.BUNDLED;
        Path jarPath = dir.resolve("rules.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(jarPath))) {
            jar.putNextEntry(new JarEntry(folder + "/"));
            for (var file : files.entrySet()) {
                jar.putNextEntry(new JarEntry(folder + "/" + file.getKey()));
                jar.write(file.getValue());
            }
            // Neither a file of another kind nor a folder whose name merely begins the same belongs to it, nor
            // its scenarios and acknowledged warnings (which test and describe it): with them, the files read from
            // the jar would never match the precompiled rule set, and every start would compile the rules again.
            jar.putNextEntry(new JarEntry(folder + "/README.md"));
            jar.write("notes".getBytes(StandardCharsets.UTF_8));
            jar.putNextEntry(new JarEntry(folder + "/scenarios/grading-policy.yaml"));
            jar.write("scenarios: []".getBytes(StandardCharsets.UTF_8));
            jar.putNextEntry(new JarEntry(folder + "/acknowledged-warnings.yaml"));
            jar.write("acknowledged: []".getBytes(StandardCharsets.UTF_8));
            jar.putNextEntry(new JarEntry(folder + "-draft/extra.drl"));
            jar.write("rule".getBytes(StandardCharsets.UTF_8));
        }
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (String entryName : List.of(folder, folder + "/")) {
                Map<String, byte[]> read = RuleSetFiles.files(jar, entryName);
                assertThat(read).containsOnlyKeys(files.keySet());
                read.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(files.get(name)));
                assertThat(RuleSetFiles.hash(read)).isEqualTo(RuleSetFiles.hash(files));
            }
        }
    }

    private static Map<String, byte[]> edited(Map<String, byte[]> files, String name, String appended) {
        Map<String, byte[]> edited = new TreeMap<>(files);
        edited.put(name, (new String(edited.get(name), StandardCharsets.UTF_8) + appended)
                .getBytes(StandardCharsets.UTF_8));
        return edited;
    }
}
