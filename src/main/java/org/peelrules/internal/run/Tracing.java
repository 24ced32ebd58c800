package org.peelrules.internal.run;

import java.util.function.Predicate;

/**
 * How much a run records.
 *
 * @param facts   the derived facts whose inserting firing is recorded
 * @param firings whether each firing's matched facts, and every rule that fired, are recorded too
 */
public record Tracing(Predicate<Object> facts, boolean firings) {
    /** Every derived fact, with what its firing matched, and every rule that fired: what a trace reads. */
    public static final Tracing EVERY_FACT = new Tracing(fact -> true, true);

    /** Only the rule that inserted each fact of one type. */
    public static Tracing rulesOf(Class<?> type) {
        return new Tracing(type::isInstance, false);
    }
}
