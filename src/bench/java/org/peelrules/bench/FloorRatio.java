package org.peelrules.bench;

import java.util.Locale;
import java.util.function.IntSupplier;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.evidence.Submission;

/**
 * The evaluation against the plain-Java floor, in one JVM, in alternating rounds: each pair of rounds sees the
 * machine in much the same state, which JMH forks run minutes apart do not (the floor's median has moved from
 * 36 to 58 µs between two runs of the same code on this shared machine, and the ratio with it). Prints the median
 * of the pairs' ratios, and the median time per evaluation of each.
 *
 * <p>Arguments: pairs of rounds, seconds per round, seconds of warm-up.
 */
public final class FloorRatio {
    private FloorRatio() {
    }

    public static void main(String[] args) throws InterruptedException {
        int pairs = Integer.parseInt(args[0]);
        double seconds = Double.parseDouble(args[1]);
        double warmUp = Double.parseDouble(args[2]);
        RuleSet rules = RuleSet.bundled();
        Evaluator evaluator = Evaluator.of(rules);
        Floor floor = new Floor(rules);
        Submission submission = BenchInputs.westMercia();
        IntSupplier library = () -> evaluator.evaluate(submission).judgments().size();
        IntSupplier plain = () -> floor.evaluate(submission).size();
        perEvaluation(library, warmUp / 2);
        perEvaluation(plain, warmUp / 2);
        AlternatingRounds r = AlternatingRounds.of(pairs, () -> perEvaluation(library, seconds),
                () -> perEvaluation(plain, seconds));
        System.out.printf(Locale.ROOT, "floor ratio=%.4f library=%.2f floor=%.2f%n", r.ratio(), r.first(), r.second());
    }

    /** Kept, so that no evaluation's result is unused and the JIT cannot drop the work. */
    private static long judged;

    /** Microseconds per evaluation, running {@code work} over and over for about {@code seconds}. */
    static double perEvaluation(IntSupplier work, double seconds) {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long n = 0;
        while (System.nanoTime() < end) {
            judged += work.getAsInt();
            n++;
        }
        if (judged == 0) {
            throw new IllegalStateException("no evaluation judged an area");
        }
        return (System.nanoTime() - start) / 1e3 / n;
    }
}
