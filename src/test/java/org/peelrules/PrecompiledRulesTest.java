package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.KieBase;
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
        assertThat(PrecompiledRules.kieBase(drl(TestRules.FOLDER))).isPresent();
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
    void theBundledRuleSetDescribesItsRulesAsTheClassicBuild() {
        RuleSet bundled = RuleSet.bundled();
        assertThat(bundled.hash()).isEqualTo(TestRules.ruleSet().hash());
        assertThat(bundled.rules()).isEqualTo(TestRules.ruleSet().rules());
    }

    @Test
    void packagesAreUsedOnlyForTheRuleFilesTheyWereCompiledFrom() throws IOException {
        Map<String, byte[]> drl = drl(TestRules.FOLDER);
        byte[] packages = PrecompiledRules.write(drl, TestRules.ruleSet().kieBase());

        Map<String, byte[]> edited = new TreeMap<>(drl);
        String first = edited.keySet().iterator().next();
        edited.put(first, (new String(edited.get(first), StandardCharsets.UTF_8) + "\n// edited\n")
                .getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> renamed = new TreeMap<>(drl);
        renamed.put("renamed-" + first, renamed.remove(first));

        assertThat(PrecompiledRules.key(edited)).isNotEqualTo(PrecompiledRules.key(drl));
        assertThat(PrecompiledRules.key(renamed)).isNotEqualTo(PrecompiledRules.key(drl));
        assertThat(PrecompiledRules.parse(packages, edited)).isEmpty();
        assertThat(PrecompiledRules.parse(packages, renamed)).isEmpty();
        KieBase kieBase = PrecompiledRules.parse(packages, drl).orElseThrow();
        assertThat(kieBase.getKiePackages()).flatExtracting(p -> p.getRules()).hasSameSizeAs(
                TestRules.ruleSet().rules());
    }

    @Test
    void unreadablePackagesAreNeverFatal() throws IOException {
        Map<String, byte[]> drl = drl(TestRules.FOLDER);
        byte[] packages = PrecompiledRules.write(drl, TestRules.ruleSet().kieBase());
        byte[] truncated = java.util.Arrays.copyOf(packages, packages.length / 2);
        assertThat(PrecompiledRules.parse(truncated, drl)).isEmpty();
    }

    /** The rule files of a folder, named as the loader names them. */
    private static Map<String, byte[]> drl(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".drl")).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
