package org.peelrules.internal.engine;

import org.peelrules.errors.RuleSetFaultException;
import org.peelrules.internal.run.Limits;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Counts what one session spends against its {@link Limits}: firings by rule, and facts inserted. Past either
 * limit it halts the session. Written on the session's thread; read from the thread that waits for it, which
 * may give up on the session while it still runs, so what it reads is kept in concurrent structures.
 */
final class SessionMeter extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    /**
     * Thrown from an insert past the facts budget: a consequence inserting in a loop of its own never returns
     * to the engine, where a halt would take effect, so the insert itself must fail.
     */
    static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    private final KieSession session;
    private final Limits budget;
    private final Map<String, AtomicLong> byRule = new ConcurrentHashMap<>();
    private long firings;
    private long facts;
    /** The rule firing now, if one is: the rule a stack overflow or an exception came from. */
    private volatile String firing;
    private volatile RuleSetFaultException.Fault exceeded;
    private volatile boolean abandoned;

    private SessionMeter(KieSession session, Limits budget) {
        this.session = session;
        this.budget = budget;
    }

    static SessionMeter watch(KieSession session, Limits budget) {
        SessionMeter meter = new SessionMeter(session, budget);
        session.addEventListener((AgendaEventListener) meter);
        session.addEventListener((RuleRuntimeEventListener) meter);
        return meter;
    }

    void unwatch() {
        session.removeEventListener((AgendaEventListener) this);
        session.removeEventListener((RuleRuntimeEventListener) this);
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
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
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
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
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
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (abandoned) {
            throw new Exceeded("abandoned");
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
    }
}
