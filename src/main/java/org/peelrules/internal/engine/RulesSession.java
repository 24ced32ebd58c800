package org.peelrules.internal.engine;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the helpers need of a running session, in plain terms: facts go in, rules fire stage by stage, what the
 * session holds is read back, and a {@link SessionWatcher} is told what happens. {@link Engine} alone makes
 * sessions, and alone knows what they are made of; the helpers that guard, count and record (and their tests)
 * see only this.
 */
interface RulesSession {
    /**
     * Puts a fact in; its conditions are matched at once, the rules fire in {@link #fireAllRules}.
     *
     * @param fact the fact
     */
    void insert(Object fact);

    /** Fires every rule that matches in the stage that has the focus (and those without a stage), until none does. */
    void fireAllRules();

    /**
     * Gives a stage the focus: the next {@link #fireAllRules} fires its rules.
     *
     * @param stage the stage's name, as the rule files' {@code agenda-group} says it
     */
    void focus(String stage);

    /** Stops the firing under way, from any thread, at the next rule. */
    void halt();

    /**
     * Every fact the session holds.
     *
     * @return a copy, in the session's order
     */
    List<Object> facts();

    /**
     * The session's facts of one type.
     *
     * @param type the type
     * @param <T>  the type
     * @return the facts, in the session's order
     */
    <T> Stream<T> facts(Class<T> type);

    /**
     * Tells {@code watcher} what happens from now on, after the watchers already told.
     *
     * @param watcher the watcher
     * @return what stops telling it, after which the session keeps no reference to it
     */
    Runnable watch(SessionWatcher watcher);

    /**
     * The rule whose consequence threw, when {@code thrown} is (or wraps) the engine's report of it.
     *
     * @param thrown what a run threw
     * @return the rule's name, or null when no rule is named
     */
    String ruleThatThrew(Throwable thrown);

    /**
     * Whether {@code thrown} is one of the engine's own wrappers around what a rule's code threw.
     *
     * @param thrown a throwable
     * @return whether its cause is the one to report
     */
    boolean wraps(Throwable thrown);
}
