package org.peelrules.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.evidence.Submission;
import org.peelrules.judgment.Assessment;

/** Evaluation time against submission size: synthetic submissions drawn from the catalogue. */
@State(Scope.Benchmark)
public class ScalingBenchmark {
    @Param({"100", "1000", "10000"})
    public int items;

    private Evaluator evaluator;
    private Submission submission;

    @Setup
    public void setUp() {
        RuleSet rules = RuleSet.bundled();
        evaluator = Evaluator.of(rules);
        submission = Synthetic.submission(rules, items);
    }

    @Benchmark
    public Assessment evaluate() {
        return evaluator.evaluate(submission);
    }
}
