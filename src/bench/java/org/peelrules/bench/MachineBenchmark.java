package org.peelrules.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * What the machine itself gives two threads at the time of the run: a loop that only computes (no allocation,
 * nothing shared), on one thread and on two. On a quiet two-core machine two threads do twice the work; less
 * means other work holds a processor, and no evaluator can scale better than this.
 */
@State(Scope.Thread)
public class MachineBenchmark {
    private long seed = 42;

    private long spin() {
        long x = seed;
        for (int i = 0; i < 10_000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        seed = x;
        return x;
    }

    @Benchmark
    @Threads(1)
    public long computeOneThread() {
        return spin();
    }

    @Benchmark
    @Threads(2)
    public long computeTwoThreads() {
        return spin();
    }
}
