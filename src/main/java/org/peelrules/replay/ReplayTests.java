package org.peelrules.replay;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.peelrules.Evaluator;
import org.peelrules.errors.PeelRulesException;

/**
 * Replays a corpus of past inspections as JUnit 5 dynamic tests: one container per case, one test per area.
 * A project holding its own corpus replays it against a rule set in a few lines:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> pastInspections() {
 *     return ReplayTests.of(Path.of("corpus"), Evaluator.of(RuleSet.load(Path.of("rules/peel-2021-22"))));
 * }
 * }</pre>
 * JUnit Jupiter must be on the test classpath; this library declares it optional. docs/replay.md describes the
 * corpus and expected.json.
 */
public final class ReplayTests {
    private ReplayTests() {
    }

    /**
     * One container per case under {@code corpus} (or the case {@code corpus} itself), cases grouped one level
     * down included and named by their path, and one test per area of its expected.json. Each case is evaluated
     * when its first test runs, not before the first test of the corpus. A failing area gives the published and
     * the derived outcome and findings as expected and actual values, for an IDE to compare. A case that cannot be
     * replayed, and a corpus with no case, is a failing test: a replay that checks nothing must not pass.
     */
    public static Stream<DynamicNode> of(Path corpus, Evaluator evaluator) {
        Replay replay = new Replay(evaluator);
        return Replay.located(List.of(corpus)).stream().map(located -> {
            if (located.error() != null) {
                return failing(located.name(), located.folder(), located.error());
            }
            Expected expected;
            try {
                expected = Replay.expected(located.folder());
            } catch (PeelRulesException e) {
                return failing(located.name(), located.folder(), e.getMessage());
            }
            Supplier<CaseResult> result = once(() -> Replay.result(replay.run(located.folder(), located.name())));
            return DynamicContainer.dynamicContainer(located.name(), located.folder().toUri(),
                    expected.judgments().stream().map(e -> DynamicTest.dynamicTest(e.area(),
                            () -> check(result.get(), e.area()))));
        }).map(DynamicNode.class::cast);
    }

    private static DynamicNode failing(String name, Path folder, String error) {
        return DynamicTest.dynamicTest(name, folder.toUri(), () -> Assertions.fail(name + ": " + error));
    }

    private static void check(CaseResult result, String area) {
        if (result.error() != null) {
            Assertions.fail(result.name() + ": " + result.error());
        }
        AreaResult a = result.areas().stream().filter(r -> r.area().equals(area)).findFirst()
                .orElseThrow(() -> new AssertionFailedError(result.name() + ": no result for area " + area));
        if (!a.agrees()) {
            throw new AssertionFailedError(ReplayText.describe(a), published(a), derived(a));
        }
    }

    /** What expected.json gives for the area, one line each: the outcome, then each published finding. */
    static String published(AreaResult a) {
        // An area whose outcome is not scored shows the derived one on both sides: only its findings can differ.
        String outcome = a.gradeAsserted() ? ReplayText.outcome(a.expectedOutcome(), a.expectedGrade())
                : ReplayText.outcome(a.derivedOutcome(), a.derivedGrade());
        return lines(outcome, a, FindingMatch.Verdict.EXTRA);
    }

    /** What the rules derived for the area, in the same shape, so that a diff shows only what differs. */
    static String derived(AreaResult a) {
        return lines(ReplayText.outcome(a.derivedOutcome(), a.derivedGrade()), a, FindingMatch.Verdict.MISSING);
    }

    private static String lines(String outcome, AreaResult a, FindingMatch.Verdict leaveOut) {
        return Stream.concat(Stream.of(outcome), a.findings().stream().filter(f -> f.verdict() != leaveOut)
                        .map(f -> f.kind() + " " + f.key()).sorted())
                .collect(Collectors.joining("\n"));
    }

    /** A supplier that computes once, on first use, for every area test of a case. */
    private static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }
}
