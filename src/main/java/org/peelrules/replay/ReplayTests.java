package org.peelrules.replay;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.peelrules.Evaluator;

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
     * down included and named by their path, and one test per area of its expected.json. A case that cannot be replayed, and a corpus with no case, is a failing test: a
     * replay that checks nothing must not pass.
     */
    public static Stream<DynamicNode> of(Path corpus, Evaluator evaluator) {
        Replay replay = new Replay(evaluator);
        return replay.runAll(List.of(corpus)).stream().map(run -> {
            CaseResult result = Replay.result(run);
            if (result.error() != null) {
                return DynamicTest.dynamicTest(result.name(), run.folder().toUri(),
                        () -> Assertions.fail(result.name() + ": " + result.error()));
            }
            return DynamicContainer.dynamicContainer(result.name(), run.folder().toUri(),
                    result.areas().stream().map(area -> DynamicTest.dynamicTest(area.area(),
                            () -> Assertions.assertTrue(area.agrees(), () -> ReplayText.describe(area)))));
        }).map(DynamicNode.class::cast);
    }
}
