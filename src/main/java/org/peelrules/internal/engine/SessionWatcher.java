package org.peelrules.internal.engine;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a helper is told while a session runs: a rule about to fire and done firing, a fact put in, changed or
 * taken out. Plain names and facts, so that the helpers that count and record ({@link SessionMeter},
 * {@link DerivationRecorder}) never see an engine event. Each call is made on the session's thread, inside the
 * engine: an exception thrown from one reaches whatever made the session act (an insert fails with it). A watcher
 * takes only what it needs; everything else is ignored.
 */
interface SessionWatcher {
    /**
     * A rule is about to fire.
     *
     * @param rule         its name
     * @param matchedFacts the facts its conditions matched, read only when asked: most firings never need them
     */
    default void beforeFiring(String rule, Supplier<List<?>> matchedFacts) {
    }

    /**
     * A rule has fired.
     *
     * @param rule its name
     */
    default void afterFiring(String rule) {
    }

    /**
     * A fact went in.
     *
     * @param fact the fact
     * @param rule the rule whose consequence inserted it, or null when it was put in from outside the rules
     */
    default void inserted(Object fact, String rule) {
    }

    /**
     * A fact was changed in place.
     *
     * @param fact the fact
     */
    default void updated(Object fact) {
    }

    /**
     * A fact was taken out.
     *
     * @param fact the fact as it was
     */
    default void deleted(Object fact) {
    }
}
