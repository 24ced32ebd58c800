package org.peelrules;

import org.peelrules.errors.Problem;
import org.peelrules.errors.RuleSetException;
import org.peelrules.check.RuleSetCheck;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.ruleset.YamlSchemas;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schemas of the rule set's YAML files: kept in the rule set folder, named on each file's first line
 * for editors, and the same ones loading checks with, every bad value in a file at once.
 */
class RuleSetSchemasTest {
    private static final Path SCHEMAS = TestRules.FOLDER.resolve("schemas");

    @Test
    void everyBundledYamlFileValidatesAgainstItsSchema() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).hasSizeGreaterThan(30);
        for (Path p : files) {
            String name = TestRules.FOLDER.relativize(p).toString().replace('\\', '/');
            String schema = YamlSchemas.forFile(name);
            assertThat(schema).as(name).isNotNull();
            byte[] bytes = Files.readAllBytes(p);
            JsonNode tree = Json.yaml().readTree(bytes);
            assertThat(YamlSchemas.validate(schema, name, bytes, tree)).as(name).isEmpty();
        }
    }

    @Test
    void everyYamlFileNamesItsSchemaOnItsFirstLineByARelativePathThatExists() throws IOException {
        for (Path p : yamlFiles()) {
            String first = Files.readAllLines(p).get(0);
            assertThat(first).as(p.toString()).startsWith("# yaml-language-server: $schema=");
            String relative = first.substring(first.indexOf('=') + 1);
            Path schema = p.getParent().resolve(relative).normalize();
            String name = TestRules.FOLDER.relativize(p).toString().replace('\\', '/');
            assertThat(schema).as(p.toString()).isRegularFile()
                    .isEqualTo(SCHEMAS.resolve(YamlSchemas.forFile(name)).normalize());
        }
    }

    @Test
    void theSchemasLoadingChecksWithAreTheFolders() throws IOException {
        try (Stream<Path> list = Files.list(SCHEMAS)) {
            List<Path> schemas = list.sorted().toList();
            assertThat(schemas).extracting(p -> p.getFileName().toString()).containsExactly(
                    "acknowledged-warnings.schema.json", "catalogue.schema.json", "ruleset.schema.json",
                    "scenarios.schema.json", "standards.schema.json");
            for (Path p : schemas) {
                try (InputStream in = YamlSchemas.class.getResourceAsStream(YamlSchemas.FOLDER + p.getFileName())) {
                    assertThat(in).as(p.toString()).isNotNull();
                    assertThat(in.readAllBytes()).as(p.toString()).isEqualTo(Files.readAllBytes(p));
                }
            }
        }
    }

    @Test
    void fourBadValuesInOneFileGiveFourProblemsEachOnItsLine(@TempDir Path tmp) {
        Path folder = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("rules"));
        String text = RuleFolders.read(folder.resolve("standards.yaml"));
        text = text.replaceFirst("(id: emergency-calls-answered-within-10-seconds\\n\\s+value:) 90", "$1 ninety")
                .replaceFirst("(id: non-emergency-call-abandonment\\n\\s+value: 10\\n\\s+unit:) percent", "$1 [percent]")
                .replaceFirst("(id: calls-answered-within-force-target\\n)(\\s+)value: 80", "$1$2vaule: 80\n$2value: 80")
                .replaceFirst("(id: stop-search-reasonable-grounds\\n\\s+value: 90\\n\\s+unit: percent\\n\\s+source:) "
                        + "\"[^\"]*\"", "$1 \"\"");
        RuleFolders.write(folder, "standards.yaml", text);

        RuleSetException refused = catchThrowableOfType(() -> RuleSet.load(folder), RuleSetException.class);

        assertThat(refused.problems()).extracting(Problem::toString).containsExactly(
                "standards.yaml:11:12: \"ninety\" is not a number (at /standards/0/value)",
                "standards.yaml:18:11: a list is not text (at /standards/1/unit)",
                "standards.yaml:23:5: unknown field \"vaule\" (did you mean \"value\"?) (at /standards/2/vaule)",
                "standards.yaml:33:13: must not be empty (at /standards/3/source)");
    }

    @Test
    void aMissingFieldAndAMisspeltKindAreNamedInThePolicyTeamsWords(@TempDir Path tmp) {
        Path folder = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("rules"));
        String file = "catalogue/managing-offenders.yaml";
        String text = RuleFolders.read(folder.resolve(file));
        text = text.replaceFirst("kind: graded", "kind: graed").replaceFirst("\\n(\\s+)improvement: >", "\n$1improvment: >");
        RuleFolders.write(folder, file, text);

        RuleSetException refused = catchThrowableOfType(() -> RuleSet.load(folder), RuleSetException.class);

        assertThat(refused.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).matches(file + ":\\d+:9: \"graed\" is not one of: graded, graded-when-inspected, "
                        + "not-graded, reported-separately \\(did you mean \"graded\"\\?\\) \\(at /area/kind\\)"),
                p -> assertThat(p).matches(file + ":\\d+:\\d+: unknown field \"improvment\" \\(did you mean "
                        + "\"improvement\"\\?\\) \\(at /topics/0/characteristics/0/improvment\\)"));
    }

    @Test
    void theManifestMayCarryAVersion(@TempDir Path tmp) {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"));
        RuleFolders.write(folder, "ruleset.yaml", RuleFolders.read(folder.resolve("ruleset.yaml"))
                + "version: 2021.22.1\n");
        byte[] bytes = RuleFolders.read(folder.resolve("ruleset.yaml")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(YamlSchemas.validate(YamlSchemas.RULESET, "ruleset.yaml", bytes, tree(bytes))).isEmpty();
        byte[] numbered = (RuleFolders.read(folder.resolve("ruleset.yaml")) + "verison: 2\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(YamlSchemas.validate(YamlSchemas.RULESET, "ruleset.yaml", numbered, tree(numbered)))
                .extracting(Problem::message).containsExactly(
                        "unknown field \"verison\" (did you mean \"version\"?) (at /verison)");
    }

    @Test
    void schemasAndAcknowledgementsChangeNeitherTheRulesNorTheHash(@TempDir Path tmp) {
        Path folder = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("rules"));
        String before = RuleSet.load(folder).hash();
        RuleFolders.write(folder, "schemas/standards.schema.json", "{}");
        RuleFolders.write(folder, RuleSetCheck.ACKNOWLEDGED, "acknowledged: []\n");
        assertThat(RuleSet.load(folder).hash()).isEqualTo(before).isEqualTo(TestRules.ruleSet().hash());
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return Json.yaml().readTree(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(TestRules.FOLDER)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
