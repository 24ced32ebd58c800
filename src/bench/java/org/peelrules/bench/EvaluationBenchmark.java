package org.peelrules.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.evidence.Submission;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;

/**
 * Evaluating the West Mercia submission with the bundled rule set, warm: latency (sample mode), throughput on
 * one and on two threads sharing one evaluator, and the hand-written floor doing the same three stages.
 */
@State(Scope.Benchmark)
public class EvaluationBenchmark {
    private Evaluator evaluator;
    private Submission westMercia;
    private Floor floor;

    @Setup
    public void setUp() {
        RuleSet rules = RuleSet.bundled();
        evaluator = Evaluator.of(rules);
        westMercia = BenchInputs.westMercia();
        floor = new Floor(rules);
    }

    @Benchmark
    public Assessment library() {
        return evaluator.evaluate(westMercia);
    }

    /** What a report costs: the evaluation, and every judgment's explanations, worked out on first use. */
    @Benchmark
    public void explained(Blackhole sink) {
        for (AreaJudgment j : evaluator.evaluate(westMercia).judgments()) {
            sink.consume(j.trace());
            sink.consume(j.whyNotHigher());
        }
    }

    @Benchmark
    public List<Floor.Judgment> floor() {
        return floor.evaluate(westMercia);
    }

    @Benchmark
    @Threads(1)
    public Assessment oneThread() {
        return evaluator.evaluate(westMercia);
    }

    @Benchmark
    @Threads(2)
    public Assessment twoThreads() {
        return evaluator.evaluate(westMercia);
    }
}
