package org.peelrules.judgment;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Why a judgment is what it is: how the rules reached it ({@link #trace()}) and what keeps the area from the next
 * tier up ({@link #whyNotHigher()}). An evaluation works these out from its facts when they are first asked for,
 * not while it evaluates: most callers want the grades and findings, and "why not higher" asks the grading
 * policy again for every area. Immutable once worked out and safe to share between threads.
 *
 * <p>Every explanation equals every other. An explanation follows from the judgment it explains and the rule set
 * that made it, so two judgments are equal when what they say is equal; and comparing or hashing judgments, as
 * replay and change impact do, must never pay for working an explanation out.
 */
public final class Explanation {
    private final Once<Trace> trace;
    private final Once<WhyNotHigher> whyNotHigher;

    private Explanation(Once<Trace> trace, Once<WhyNotHigher> whyNotHigher) {
        this.trace = trace;
        this.whyNotHigher = whyNotHigher;
    }

    /**
     * An explanation already worked out.
     *
     * @param trace        how the rules reached the judgment
     * @param whyNotHigher what keeps the area from the next tier up, or {@code null}
     * @return the explanation
     */
    public static Explanation of(Trace trace, WhyNotHigher whyNotHigher) {
        return new Explanation(Once.given(Objects.requireNonNull(trace, "trace")), Once.given(whyNotHigher));
    }

    /**
     * An explanation worked out when it is first asked for: each supplier is asked once, by whichever thread
     * first asks for its part, and its answer kept; threads asking meanwhile wait for it. A supplier that throws
     * is asked again the next time.
     *
     * @param trace        works out how the rules reached the judgment
     * @param whyNotHigher works out what keeps the area from the next tier up, or gives {@code null}
     * @return the explanation
     */
    public static Explanation whenAskedFor(Supplier<Trace> trace, Supplier<WhyNotHigher> whyNotHigher) {
        return new Explanation(Once.of(Objects.requireNonNull(trace, "trace")),
                Once.of(Objects.requireNonNull(whyNotHigher, "whyNotHigher")));
    }

    /**
     * How the rules reached the judgment, step by step, with the rule behind each step.
     *
     * @return the trace
     * @throws org.peelrules.errors.RuleSetFaultException if working it out passes the evaluation's budget: the
     *     evaluation is run again recording every derivation, under the same budget; with the same rules and
     *     evidence, only its wall time can differ from the evaluation's
     */
    public Trace trace() {
        return trace.get();
    }

    /**
     * What keeps the area from the next tier up (or from a grade at all, when it has none); {@code null} for an
     * outstanding area, one the framework does not grade here, or one the grading policy cannot be asked about
     * faithfully.
     *
     * @return what keeps the area from the next tier up, or {@code null}
     * @throws org.peelrules.errors.RuleSetFaultException if working it out passes the evaluation's budget: the
     *     evaluation is run again recording every derivation, and the grading policy is asked about the next
     *     tiers, each under the same budget
     */
    public WhyNotHigher whyNotHigher() {
        return whyNotHigher.get();
    }

    /**
     * Every explanation equals every other, so that a judgment's equality is what the judgment says, and working
     * out equality never works an explanation out.
     *
     * @param o the object to compare with
     * @return whether {@code o} is an explanation
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation;
    }

    /**
     * The same for every explanation, as {@link #equals} needs.
     *
     * @return 0, always
     */
    @Override
    public int hashCode() {
        return 0;
    }

    /** Says whether each part is worked out yet, and never works it out. */
    @Override
    public String toString() {
        return "Explanation[trace " + trace.state() + ", whyNotHigher " + whyNotHigher.state() + "]";
    }

    /** A value worked out by its first reader, then kept; the source is let go so what it holds can be too. */
    private static final class Once<T> {
        private Supplier<? extends T> source;
        private T value;
        /** Written after {@link #value}, read before it: a reader that sees it set sees the value too. */
        private volatile boolean done;

        private Once(Supplier<? extends T> source, T value, boolean done) {
            this.source = source;
            this.value = value;
            this.done = done;
        }

        static <T> Once<T> given(T value) {
            return new Once<>(null, value, true);
        }

        static <T> Once<T> of(Supplier<? extends T> source) {
            return new Once<>(source, null, false);
        }

        T get() {
            if (!done) {
                synchronized (this) {
                    if (!done) {
                        value = source.get();
                        source = null;
                        done = true;
                    }
                }
            }
            return value;
        }

        String state() {
            return done ? "worked out" : "not yet worked out";
        }
    }
}
