package org.peelrules.internal.run;

import java.time.Duration;
import java.util.Locale;

/**
 * How much one evaluation may spend before its rule set is stopped as faulty: the internals' copy of
 * the API's {@code Budget}, which checks them when it is made.
 *
 * @param wallTime the longest an evaluation may take
 * @param firings  the most rule firings it may make
 * @param facts    the most facts it may insert
 */
public record Limits(Duration wallTime, long firings, long facts) {

    /**
     * The wall time as a person would write it: "60 s", "1.5 s", "250 ms".
     *
     * @return the wall time in words
     */
    public String wallTimeInWords() {
        long ms = wallTime.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms > 1000 ? ms / 1000.0 + " s" : ms + " ms";
    }

    /**
     * A count with thousands separated by commas, whatever the default locale: "1,000,000".
     *
     * @param n the count
     * @return the count in words
     */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    @Override
    public String toString() {
        return wallTimeInWords() + ", " + count(firings) + " rule firings, " + count(facts) + " facts";
    }
}
