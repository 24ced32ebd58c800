package org.peelrules.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peelrules.SubmissionReader;
import org.peelrules.TestRules;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.CharacteristicAssessment;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.Status;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;

/**
 * The replay corpus as a whole reaches everything the rules can conclude: some example is given each grade
 * and each non-grade outcome, and every characteristic of every graded area is assessed from the evidence of
 * at least one example. The last shows that each catalogued characteristic can be reached by evidence and
 * rules, rather than sitting in the catalogue where nothing ever assesses it.
 * The examples are found by walking examples/, and the grades and outcomes come from their enums, so a new
 * tier, outcome, area or characteristic needs an example that produces it before this passes.
 */
class ExampleCoverageTest {
    /** Each example's derived assessment, by folder name. */
    private static Map<String, Assessment> assessments;

    @BeforeAll
    static void evaluateEveryExample() {
        assessments = new TreeMap<>();
        for (Path folder : Replay.cases(TestRules.EXAMPLES)) {
            Assessment assessment = TestRules.evaluator().evaluate(
                    SubmissionReader.read(folder.resolve(Replay.EVIDENCE)));
            assessments.put(folder.getFileName().toString(), assessment);
        }
    }

    @Test
    void thereAreExamplesToCover() {
        assertThat(assessments).as("cases under %s", TestRules.EXAMPLES).isNotEmpty();
    }

    @ParameterizedTest(name = "some example is graded {0}")
    @EnumSource(Grade.class)
    void someExampleIsGiven(Grade grade) {
        assertThat(examplesWhere(j -> j.grade() == grade))
                .as("examples with an area graded %s; grades each example gives: %s", grade.label(),
                        summary(j -> j.grade() == null ? null : j.grade().label()))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "some example has the outcome {0}")
    @EnumSource(Outcome.class)
    void someExampleHas(Outcome outcome) {
        assertThat(examplesWhere(j -> j.outcome() == outcome))
                .as("examples with an area whose outcome is \"%s\"; outcomes each example gives: %s",
                        outcome.label(), summary(j -> j.outcome().label()))
                .isNotEmpty();
    }

    @Test
    void everyCharacteristicOfEveryGradedAreaIsAssessedBySomeExample() {
        Set<String> gradedAreas = TestRules.ruleSet().areas().stream().filter(Area::graded).map(Area::id)
                .collect(Collectors.toSet());
        List<String> catalogued = TestRules.ruleSet().characteristics().stream()
                .filter(c -> gradedAreas.contains(c.area())).map(Characteristic::id).toList();
        Set<String> assessed = judgments()
                .flatMap(j -> j.characteristics().stream())
                .filter(c -> c.status() != Status.INSUFFICIENT_EVIDENCE)
                .map(CharacteristicAssessment::characteristic)
                .collect(Collectors.toSet());

        assertThat(catalogued).as("characteristics of the graded areas %s", gradedAreas).isNotEmpty();
        assertThat(catalogued.stream().filter(id -> !assessed.contains(id)).toList())
                .as("characteristics of graded areas that no example's evidence assesses")
                .isEmpty();
    }

    private static Stream<AreaJudgment> judgments() {
        return assessments.values().stream().flatMap(a -> a.judgments().stream());
    }

    /** The examples with at least one judgment that passes the test. */
    private static Set<String> examplesWhere(Predicate<AreaJudgment> test) {
        return assessments.entrySet().stream()
                .filter(e -> e.getValue().judgments().stream().anyMatch(test))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** For a failure message: what each example's judgments come to, distinct values only. */
    private static Map<String, Set<String>> summary(Function<AreaJudgment, String> value) {
        Map<String, Set<String>> out = new TreeMap<>();
        assessments.forEach((name, a) -> out.put(name, a.judgments().stream().map(value)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new))));
        return out;
    }
}
