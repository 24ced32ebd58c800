package org.peelrules.internal.engine;

import org.peelrules.errors.RuleSetFaultException;
import org.peelrules.internal.run.Limits;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Counts what one session spends against its {@link Limits}: firings by rule, and facts inserted. Past either
 * limit it halts the session. Written on the session's thread; read from the thread that waits for it, which
 * may give up on the session while it still runs, so what it reads is kept in concurrent structures.
 */
final class SessionMeter implements SessionWatcher {
    /**
     * Thrown from an insert past the facts budget: a consequence inserting in a loop of its own never returns
     * to the engine, where a halt would take effect, so the insert itself must fail.
     */
    static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    private final RulesSession session;
    private final Limits budget;
    /** Stops the session telling this meter, once it is given back. */
    private Runnable unwatch = () -> { };
    private final Map<String, AtomicLong> byRule = new ConcurrentHashMap<>();
    private long firings;
    private long facts;
    /** The rule firing now, if one is: the rule a stack overflow or an exception came from. */
    private volatile String firing;
    private volatile RuleSetFaultException.Fault exceeded;
    private volatile boolean abandoned;

    private SessionMeter(RulesSession session, Limits budget) {
        this.session = session;
        this.budget = budget;
    }

    static SessionMeter watch(RulesSession session, Limits budget) {
        SessionMeter meter = new SessionMeter(session, budget);
        meter.unwatch = session.watch(meter);
        return meter;
    }

    void unwatch() {
        unwatch.run();
    }

    /** The limit the session passed, or null. */
    RuleSetFaultException.Fault exceeded() {
        return exceeded;
    }

    /** Firings so far; read on the session's thread or after its work ended. */
    long firings() {
        return firings;
    }

    /** Facts inserted so far; read on the session's thread or after its work ended. */
    long facts() {
        return facts;
    }

    String firing() {
        return firing;
    }

    /** The waiting thread has given up: the session stops at its next firing or insert. */
    void abandon() {
        abandoned = true;
    }

    /** Fails the work on this session if it passed its budget or was given up; called after each run of rules. */
    void check() {
        if (exceeded != null || abandoned) {
            throw new Exceeded(exceeded == null ? "abandoned" : exceeded.name());
        }
    }

    /** The rules that fired most, most first (ties by name), with their counts. */
    List<Map.Entry<String, Long>> mostFired(int n) {
        return byRule.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().get()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).toList();
    }

    @Override
    public void beforeFiring(String rule, Supplier<List<?>> matchedFacts) {
        firing = rule;
        AtomicLong count = byRule.get(rule);
        if (count == null) {
            count = byRule.computeIfAbsent(rule, r -> new AtomicLong());
        }
        count.incrementAndGet();
        if (++firings > budget.firings() || abandoned) {
            stop(RuleSetFaultException.Fault.FIRINGS);
        }
    }

    @Override
    public void afterFiring(String rule) {
        firing = null;
    }

    @Override
    public void inserted(Object fact, String rule) {
        if (++facts > budget.facts() || abandoned) {
            stop(RuleSetFaultException.Fault.FACTS);
            throw new Exceeded("facts");
        }
    }

    private void stop(RuleSetFaultException.Fault fault) {
        if (exceeded == null && !abandoned) {
            exceeded = fault;
        }
        session.halt();
    }

    @Override
    public void updated(Object fact) {
        if (abandoned) {
            throw new Exceeded("abandoned");
        }
    }
}
