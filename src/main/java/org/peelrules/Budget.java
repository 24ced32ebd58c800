package org.peelrules;

import java.time.Duration;
import java.util.Objects;
import org.peelrules.internal.run.Limits;

/**
 * What one evaluation may spend before it is stopped: wall time, rule firings and facts in its session. Past
 * any of them the session is halted and the evaluation fails with a {@link
 * org.peelrules.errors.RuleSetFaultException} naming the rules that fired most; the calling thread is free again at
 * once.
 *
 * <p>The defaults ({@link #DEFAULT}: 60 seconds, 1,000,000 firings, 500,000 facts) are far beyond what a sane
 * rule set uses, so a policy team never meets them. The bundled rule set evaluates its largest example (West
 * Mercia's independent encoding, 492 evidence items) in about a millisecond warm, with 717 firings and 1,426
 * facts (the catalogue's and the submission's own included): about 1.2 firings and 2.2 facts per evidence item
 * above a floor of some 120 and 340. Even a submission at the 8 MiB size limit stays well inside them; only a
 * rule that loops, or inserts without end, comes near. See {@code docs/authoring-rules.md}.
 *
 * @param wallTime the longest an evaluation may take, from the moment its session opens
 * @param firings  the most rule firings one evaluation's session may make
 * @param facts    the most facts one evaluation's session may have inserted, the catalogue and submission included
 */
public record Budget(Duration wallTime, long firings, long facts) {
    /** 60 seconds, 1,000,000 rule firings, 500,000 facts. */
    public static final Budget DEFAULT = new Budget(Duration.ofSeconds(60), 1_000_000, 500_000);

    /**
     * A budget of these limits.
     *
     * @param wallTime the longest an evaluation may take, from the moment its session opens; positive
     * @param firings  the most rule firings one evaluation's session may make; at least 1
     * @param facts    the most facts one evaluation's session may have inserted, the catalogue and submission
     *                 included; at least 1
     * @throws NullPointerException     if {@code wallTime} is null
     * @throws IllegalArgumentException if the wall time is zero or negative, or a count is below 1
     */
    public Budget {
        Objects.requireNonNull(wallTime, "wallTime");
        if (wallTime.isNegative() || wallTime.isZero()) {
            throw new IllegalArgumentException("a budget's wall time must be positive, not " + wallTime);
        }
        if (firings < 1) {
            throw new IllegalArgumentException("a budget's rule firings must be at least 1, not " + firings);
        }
        if (facts < 1) {
            throw new IllegalArgumentException("a budget's facts must be at least 1, not " + facts);
        }
    }

    /**
     * This budget with another wall time.
     *
     * @param wallTime the longest an evaluation may take, from the moment its session opens; positive
     * @return a budget with that wall time and this one's firings and facts
     * @throws IllegalArgumentException if the wall time is zero or negative
     */
    public Budget withWallTime(Duration wallTime) {
        return new Budget(wallTime, firings, facts);
    }

    /**
     * This budget with another limit on rule firings.
     *
     * @param firings the most rule firings one evaluation's session may make; at least 1
     * @return a budget with that limit and this one's wall time and facts
     * @throws IllegalArgumentException if {@code firings} is below 1
     */
    public Budget withFirings(long firings) {
        return new Budget(wallTime, firings, facts);
    }

    /**
     * This budget with another limit on facts.
     *
     * @param facts the most facts one evaluation's session may have inserted, the catalogue and submission
     *              included; at least 1
     * @return a budget with that limit and this one's wall time and firings
     * @throws IllegalArgumentException if {@code facts} is below 1
     */
    public Budget withFacts(long facts) {
        return new Budget(wallTime, firings, facts);
    }

    /**
     * The wall time in words, as messages and the command line show it.
     *
     * @return whole seconds as {@code "60 s"}, other times over a second as {@code "1.5 s"}, and times under a
     *         second as milliseconds, {@code "250 ms"}
     */
    public String wallTimeInWords() {
        return limits().wallTimeInWords();
    }

    /**
     * A count as people read it, the same in every locale.
     *
     * @param n the count
     * @return the count with commas between its thousands, such as {@code 1,000,000}
     */
    public static String count(long n) {
        return Limits.count(n);
    }

    /**
     * For the library's own packages; not part of the API: the same budget as the internals hold it.
     *
     * @return the budget's limits
     */
    public Limits limits() {
        return new Limits(wallTime, firings, facts);
    }

    @Override
    public String toString() {
        return limits().toString();
    }
}
