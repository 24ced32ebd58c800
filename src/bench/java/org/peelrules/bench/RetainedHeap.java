package org.peelrules.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.evidence.Submission;

/**
 * Run in a JVM of its own by {@link PerformanceReport}: the heap one loaded rule set keeps, as used heap after
 * a full collection with the rule set held, less the same without it. One rule set is loaded and used first
 * and then dropped, so that classes and the engine's shared caches are in both figures and cancel out.
 * Prints {@code bundled=BYTES folder=BYTES}.
 */
public final class RetainedHeap {
    private RetainedHeap() {
    }

    public static void main(String[] args) throws InterruptedException {
        Submission westMercia = BenchInputs.westMercia();
        RuleSet warm = RuleSet.bundled();
        Evaluator.of(warm).evaluate(westMercia);
        Evaluator.of(RuleSet.load(BenchInputs.RULES)).evaluate(westMercia);
        warm = null;
        long none = usedAfterGc();
        RuleSet bundled = RuleSet.bundled();
        Evaluator.of(bundled).evaluate(westMercia);
        long withBundled = usedAfterGc();
        RuleSet folder = RuleSet.load(BenchInputs.RULES);
        Evaluator.of(folder).evaluate(westMercia);
        long withBoth = usedAfterGc();
        Reference.reachabilityFence(bundled);
        Reference.reachabilityFence(folder);
        System.err.println("bench: library loaded from " + RuleSet.class.getProtectionDomain().getCodeSource()
                .getLocation());
        System.out.println("bundled=" + (withBundled - none) + " folder=" + (withBoth - withBundled));
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
