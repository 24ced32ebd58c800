package org.peelrules.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.evidence.Submission;

/**
 * Two threads sharing one evaluator against one thread, in one JVM, in alternating rounds: each pair of rounds
 * sees the machine in much the same state, which JMH forks run minutes apart do not (their ratio has swung from
 * 1.7 to 2.9 between runs on this shared machine). Prints the median of the pairs' ratios, and the median rates.
 *
 * <p>Arguments: pairs of rounds, seconds per round, seconds of warm-up.
 */
public final class ThreadScaling {
    private ThreadScaling() {
    }

    public static void main(String[] args) throws InterruptedException {
        int pairs = Integer.parseInt(args[0]);
        double seconds = Double.parseDouble(args[1]);
        double warmUp = Double.parseDouble(args[2]);
        Evaluator evaluator = Evaluator.of(RuleSet.bundled());
        Submission submission = BenchInputs.westMercia();
        rate(evaluator, submission, 2, warmUp / 2);
        rate(evaluator, submission, 1, warmUp / 2);
        AlternatingRounds r = AlternatingRounds.of(pairs, () -> rate(evaluator, submission, 2, seconds),
                () -> rate(evaluator, submission, 1, seconds));
        System.out.printf(Locale.ROOT, "scaling ratio=%.4f one=%.1f two=%.1f%n", r.ratio(), r.second(), r.first());
    }

    /** Evaluations a second on {@code threads} threads sharing one evaluator, over about {@code seconds}. */
    static double rate(Evaluator evaluator, Submission submission, int threads, double seconds)
            throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong judged = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new Thread(() -> {
                long n = 0;
                long areas = 0;
                while (System.nanoTime() < end) {
                    areas += evaluator.evaluate(submission).judgments().size();
                    n++;
                }
                done.addAndGet(n);
                judged.addAndGet(areas);
            }));
        }
        workers.forEach(Thread::start);
        for (Thread w : workers) {
            w.join();
        }
        if (judged.get() == 0) {
            throw new IllegalStateException("no evaluation finished");
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }
}
