package org.peelrules.readme;

// docs/replay.md:begin
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.replay.ReplayTests;

class PastInspectionsTest {
    // Built once for the class: a rule set and its evaluator are immutable and thread-safe. Replay your own
    // rule set with RuleSet.load(Path.of("rules/peel-2021-22")).
    private static final Evaluator EVALUATOR = Evaluator.of(RuleSet.bundled());

    @TestFactory
    Stream<DynamicNode> pastInspections() {
        return ReplayTests.of(Path.of("examples", "synthetic-mixed-performance-force"), EVALUATOR);
    }
}
// docs/replay.md:end
