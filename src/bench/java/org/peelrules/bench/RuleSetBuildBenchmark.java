package org.peelrules.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.peelrules.RuleSet;

/**
 * Building the rule set in a warm JVM: from the folder (the classic build, with every check, as a policy team
 * loads a rule set) and from the jar (the bundled rule set, with its precompiled packages).
 */
@State(Scope.Benchmark)
public class RuleSetBuildBenchmark {
    @Benchmark
    public RuleSet fromFolder() {
        return RuleSet.load(BenchInputs.RULES);
    }

    @Benchmark
    public RuleSet fromJar() {
        return RuleSet.bundled();
    }
}
