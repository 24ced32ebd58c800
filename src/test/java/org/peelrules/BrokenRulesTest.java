package org.peelrules;

import org.peelrules.check.Diagnostic;
import org.peelrules.errors.Problem;
import org.peelrules.errors.RuleSetException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelrules.check.RuleSetCheck;

/**
 * Every folder under src/test/resources/broken-rules, laid over the mini rule set, is refused with the
 * problem its kind of mistake should give, at its exact file, line and column: by loading and by
 * {@code peel rules check} alike. A grading gap is found by the check alone (loading cannot know it).
 */
class BrokenRulesTest {
    private static final Map<String, String[]> EXPECTED = new TreeMap<>(Map.ofEntries(
            // Rule files: syntax and type errors, placed on the rule file, not on generated code
            load("drl-syntax-error", "rules/extra.drl:10:63", "the rule language cannot read \")\" here: check the "
                    + "brackets, commas and quotes before it (in rule \"Calls answered on time above the target\")"),
            load("drl-unknown-field", "rules/extra.drl:10:55", "Metric has no field \"vaule\" (did you mean \"value\"?)"),
            load("drl-unknown-method-in-consequence", "rules/extra.drl:12:20",
                    "Signal has no method \"exceed\" (did you mean \"exceeded\"?)"),
            // Rule metadata
            load("unknown-characteristic-in-metadata", "rules/extra.drl:8:36",
                    "names characteristic 1.1.9, which the catalogue does not have (did you mean \"1.1.1\"?)"),
            load("missing-id", "rules/extra.drl:7:6", "has no @id(...)"),
            load("missing-characteristics", "rules/extra.drl:7:6", "names no characteristic"),
            load("duplicate-id", "rules/extra.drl:8:10", "rule id MI-03 is also used at rules/evidence.drl:24:10"),
            load("unknown-standard-in-rule", "rules/extra.drl:10:22",
                    "standard \"calls-answered-targett\" is not in standards.yaml: the rule can never fire"),
            load("unknown-measure-in-rule", "rules/extra.drl:10:30",
                    "measure \"calls-answerd-on-time\" is in no catalogue's measure register"),
            // The rule language
            load("forbidden-call", "rules/extra.drl:12:5", "\"System\" is not allowed in a rule file"),
            load("forbidden-import", "rules/extra.drl:7:8", "\"java.nio.file.Files\" is outside the rule language"),
            load("forbidden-qualified-name", "rules/extra.drl:12:9", "\"java.io.File\" is outside the rule language"),
            load("forbidden-reflection", "rules/extra.drl:11:14", "\"getClass\" is not allowed in a rule file"),
            load("forbidden-engine-context", "rules/extra.drl:12:5", "\"drools\" is not allowed in a rule file"),
            load("forbidden-global", "rules/extra.drl:7:1", "globals are not allowed in a rule file"),
            load("forbidden-function", "rules/extra.drl:8:5", "\"Runtime\" is not allowed in a rule file"),
            load("unicode-escape", "rules/extra.drl:12:35", "\\u escapes are not allowed in a rule file"),
            // Standards
            load("bad-standard-value", "standards.yaml:4:12", "\"ninety\" is not a number (at /standards/0/value)"),
            load("standard-missing-value", "standards.yaml:3:5",
                    "standard calls-answered-target has no \"value\" (at /standards/0/value)"),
            load("duplicate-standard", "standards.yaml:7:9",
                    "standard calls-answered-target is defined twice (first at standards.yaml:3:9)"),
            // The catalogue
            load("yaml-syntax-error", "catalogue/calls.yaml:6:13", "a colon and a space inside a value: put the value in quotes"),
            load("yaml-unknown-field", "catalogue/calls.yaml:11:5",
                    "unknown field \"titel\" (did you mean \"title\"?) (at /topics/0/titel)"),
            load("characteristic-in-wrong-topic", "catalogue/calls.yaml:18:13",
                    "characteristic 1.2.2 is not numbered under topic 1.1"),
            load("duplicate-characteristic", "catalogue/calls.yaml:18:13",
                    "characteristic 1.1.1 is defined twice (first at catalogue/calls.yaml:13:13)"),
            load("measure-of-unknown-characteristic", "catalogue/calls.yaml:26:21",
                    "measure calls-answered-on-time informs unknown characteristic \"1.1.7\" (did you mean \"1.1.1\"?)"),
            load("missing-characteristic-text", "catalogue/calls.yaml:18:9",
                    "characteristic 1.1.2 has no \"text\" (at /topics/0/characteristics/1/text)"),
            load("feeds-ungraded-area", "catalogue/victims.yaml:17:16",
                    "characteristic 2.1.1 feeds \"calls-handling\", which is not a graded area"),
            // Found by the check only
            check("grading-gap", "rules/grading.drl:10:6", "the grading policy gives no judgment (no tier and no other "
                    + "outcome) for ")));

    private static Map.Entry<String, String[]> load(String kind, String where, String message) {
        return Map.entry(kind, new String[] {"load", where, message});
    }

    private static Map.Entry<String, String[]> check(String kind, String where, String message) {
        return Map.entry(kind, new String[] {"check", where, message});
    }

    static Stream<Arguments> fixtures() {
        return EXPECTED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2]));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("fixtures")
    void aBrokenRuleSetIsRefusedWithItsProblemAtItsPlace(String kind, String stage, String where, String message,
                                                          @TempDir Path tmp) {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"), RuleFolders.BROKEN.resolve(kind));
        String file = where.substring(0, where.indexOf(':'));

        if (stage.equals("load")) {
            RuleSetException refused = catchThrowableOfType(() -> RuleSet.load(folder), RuleSetException.class);
            assertThat(refused).as("loading %s", kind).isNotNull();
            assertThat(refused.problems().get(0)).isEqualTo(new Problem(where, refused.problems().get(0).message()));
            assertThat(refused.problems().get(0).message()).contains(message);
            assertThat(refused.problems()).allSatisfy(p -> assertThat(p.where()).startsWith(file + ":"));
        } else {
            assertThatCode(() -> RuleSet.load(folder)).doesNotThrowAnyException();
        }

        RuleSetCheck.Result checked = RuleSetCheck.check(folder);
        assertThat(checked.ok()).isFalse();
        Diagnostic first = checked.diagnostics().get(0);
        assertThat(first.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        assertThat(first.where()).isEqualTo(where);
        assertThat(first.message()).contains(message);
        assertThat(checked.of(Diagnostic.Severity.ERROR)).allSatisfy(d -> assertThat(d.where()).startsWith(file + ":"));
    }

    @Test
    void everyFixtureHasItsExpectedProblem() throws IOException {
        try (Stream<Path> folders = Files.list(RuleFolders.BROKEN)) {
            List<String> kinds = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toList();
            assertThat(kinds).containsExactlyElementsOf(EXPECTED.keySet());
        }
    }

    @Test
    void theBaseOfTheFixturesIsSound() {
        RuleSetCheck.Result checked = RuleSetCheck.check(RuleFolders.MINI);
        assertThat(checked.ok()).as("%s", checked.diagnostics()).isTrue();
        assertThat(checked.of(Diagnostic.Severity.WARNING)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce(@TempDir Path tmp) {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"),
                RuleFolders.BROKEN.resolve("duplicate-standard"), RuleFolders.BROKEN.resolve("forbidden-import"),
                RuleFolders.BROKEN.resolve("characteristic-in-wrong-topic"));
        // The last overlay's rules/extra.drl replaces nothing the others wrote: three files, three problems.
        RuleSetException refused = catchThrowableOfType(() -> RuleSet.load(folder), RuleSetException.class);
        assertThat(refused.problems()).extracting(Problem::where).containsExactly(
                "catalogue/calls.yaml:18:13", "rules/extra.drl:7:8", "standards.yaml:7:9");
    }
}
