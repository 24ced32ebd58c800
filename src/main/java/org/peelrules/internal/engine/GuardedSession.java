package org.peelrules.internal.engine;

import org.peelrules.errors.Problem;
import org.peelrules.errors.RuleSetFaultException;
import org.peelrules.internal.run.Limits;
import org.peelrules.internal.run.SessionWorkers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A session whose rules run under a {@link Limits}, on a {@linkplain SessionWorkers worker thread}, so that no
 * rule set can keep the caller:
 * a consequence that loops in plain Java ({@code while (true)}) never returns to the engine, and only leaving
 * its thread behind frees the caller. Firings and facts are counted by a {@link SessionMeter}; the deadline is
 * the caller's wait. Whatever goes wrong (the budget passed, a stack overflow, memory run out, an exception
 * from a consequence) reaches the caller as a {@link RuleSetFaultException} naming the rules, and the session
 * is abandoned: never given back to the pool, since it may be mid-way through a firing on a thread still
 * running. One instance serves one evaluation; {@link #close} gives the session back exactly once.
 */
final class GuardedSession implements AutoCloseable {
    /** How many rules a fault lists, those that fired most first. */
    static final int MOST_FIRED = 3;

    /** The rule set's name, which a fault names. */
    private final String ruleSetName;
    /** Each rule's {@code file:line}, where a fault points. */
    private final Function<String, Optional<String>> rules;
    private final RulesSession session;
    private final Limits budget;
    private final SessionMeter meter;
    private final Runnable giveBack;
    private final Runnable abandon;
    private final long deadline;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean faulted;
    /** The last work run on the session: done unless a worker is still inside it. */
    private volatile CompletableFuture<?> last = CompletableFuture.completedFuture(null);

    /**
     * Guards a session for one evaluation.
     *
     * @param ruleSetName the rule set's name, which a fault names
     * @param rules       each rule's {@code file:line}, where a fault points
     * @param session     the session, with nothing watching it yet
     * @param budget      what the evaluation may spend
     * @param giveBack    what gives the session back when every run ended well
     * @param abandon     what lets the session go after a fault, once no worker is inside it
     */
    GuardedSession(String ruleSetName, Function<String, Optional<String>> rules, RulesSession session,
                   Limits budget, Runnable giveBack, Runnable abandon) {
        this.ruleSetName = ruleSetName;
        this.rules = rules;
        this.session = session;
        this.budget = budget;
        this.giveBack = giveBack;
        this.abandon = abandon;
        this.meter = SessionMeter.watch(session, budget);
        this.deadline = System.nanoTime() + budget.wallTime().toNanos();
    }

    RulesSession session() {
        return session;
    }

    /** Whether a run faulted: the session is then abandoned and must not be touched. */
    boolean faulted() {
        return faulted;
    }

    /**
     * Inserts a fact from the calling thread, counting it against the budget. An insert only matches conditions;
     * the rules fire in {@link #run}.
     */
    void insert(Object fact) {
        if (faulted) {
            throw new IllegalStateException("a faulted session is not used again");
        }
        try {
            session.insert(fact);
        } catch (RuntimeException | StackOverflowError e) {
            faulted = true;
            meter.abandon();
            throw translate(e);
        }
    }

    /** Fires the rules, and stops the work at once if that passed the budget. Only inside {@link #run}. */
    void fireAllRules() {
        session.fireAllRules();
        meter.check();
    }

    /**
     * Runs {@code work} on a worker thread and waits for it until the deadline, which counts from when the session
     * was opened.
     *
     * @throws RuleSetFaultException if the work passed the budget or failed in a rule; the session is then
     *                               abandoned and may not be used again
     */
    <T> T run(Supplier<T> work) {
        if (faulted) {
            throw new IllegalStateException("a faulted session is not used again");
        }
        SessionWorkers.Job<T> running = SessionWorkers.submit(() -> {
            T result = work.get();
            meter.check();
            return result;
        });
        last = running.result();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return running.result().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    // An interrupt is the caller's to act on, after the evaluation, which the budget bounds: an
                    // evaluation given up on would leave its session to be thrown away.
                    interrupted = true;
                }
            }
        } catch (TimeoutException e) {
            String firing = meter.firing();
            giveUp(running);
            throw fault(RuleSetFaultException.Fault.WALL_TIME, "the evaluation passed its budget of "
                    + budget.wallTimeInWords() + " of wall time", firingAndMostFired(firing, "had not returned"));
        } catch (ExecutionException e) {
            faulted = true;
            throw translate(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Halts the session and abandons its worker, which takes no more work: another is made when needed. */
    private void giveUp(SessionWorkers.Job<?> running) {
        faulted = true;
        meter.abandon();
        session.halt();
        running.abandon();
    }

    private RuleSetFaultException translate(Throwable thrown) {
        RuleSetFaultException.Fault exceeded = meter.exceeded();
        String rule = meter.firing();
        if (exceeded == RuleSetFaultException.Fault.FIRINGS) {
            return fault(exceeded, "the evaluation passed its budget of " + Limits.count(budget.firings())
                    + " rule firings", firingAndMostFired(rule, "was firing"));
        }
        if (exceeded == RuleSetFaultException.Fault.FACTS) {
            return fault(exceeded, "the evaluation passed its budget of " + Limits.count(budget.facts())
                    + " facts", firingAndMostFired(rule, "was inserting"));
        }
        if (rule == null) {
            rule = session.ruleThatThrew(thrown);
        }
        String where = rule == null ? "while matching the rules' conditions" : named(rule);
        Throwable cause = rootOf(thrown);
        List<Problem> problems = new ArrayList<>();
        if (rule != null) {
            problems.add(new Problem(location(rule), "rule \"" + rule + "\" " + said(cause)));
        }
        problems.addAll(mostFired());
        if (cause instanceof StackOverflowError) {
            return fault(RuleSetFaultException.Fault.STACK_OVERFLOW, "the stack overflowed " + where
                    + ": a rule or function recursed without end", problems);
        }
        if (cause instanceof OutOfMemoryError) {
            return fault(RuleSetFaultException.Fault.OUT_OF_MEMORY, "memory ran out " + where + " ("
                    + cause.getMessage() + ")", problems);
        }
        return fault(RuleSetFaultException.Fault.EXCEPTION, cause.getClass().getSimpleName() + " thrown " + where
                + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage())), problems);
    }

    private static String said(Throwable cause) {
        if (cause instanceof StackOverflowError) {
            return "was firing when the stack overflowed";
        }
        if (cause instanceof OutOfMemoryError) {
            return "was firing when memory ran out";
        }
        return "threw " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage()));
    }

    /** The throwable that started it: past the engine's and the worker's wrappers, to what the rule's code threw. */
    private Throwable rootOf(Throwable thrown) {
        Throwable t = thrown;
        while (t.getCause() != null && t.getCause() != t
                && (t instanceof ExecutionException || session.wraps(t))) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    private String named(String rule) {
        return "in rule \"" + rule + "\" (" + location(rule) + ")";
    }

    private String location(String rule) {
        return rules.apply(rule).orElse(ruleSetName);
    }

    /** The rule firing when the budget ran out, if one was, then the rules that fired most. */
    private List<Problem> firingAndMostFired(String rule, String doing) {
        List<Problem> problems = new ArrayList<>();
        if (rule != null) {
            problems.add(new Problem(location(rule), "rule \"" + rule + "\" " + doing + " when the budget ran out"));
        }
        problems.addAll(mostFired());
        return problems;
    }

    /** The rules that fired most, as problems at their file and line. */
    private List<Problem> mostFired() {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Long> e : meter.mostFired(MOST_FIRED)) {
            problems.add(new Problem(location(e.getKey()), "rule \"" + e.getKey() + "\" fired "
                    + Limits.count(e.getValue()) + " time" + (e.getValue() == 1 ? "" : "s")));
        }
        return problems;
    }

    private RuleSetFaultException fault(RuleSetFaultException.Fault fault, String what, List<Problem> problems) {
        return new RuleSetFaultException(ruleSetName, fault, what, problems);
    }

    /**
     * Gives the session back, exactly once: to the pool if every run ended well; otherwise it is abandoned, when
     * the worker that may still be inside it leaves.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (faulted) {
            // Once the worker has left the session, whenever that is (at once, unless it is still in a rule).
            last.whenComplete((result, thrown) -> abandon.run());
        } else {
            meter.unwatch();
            giveBack.run();
        }
    }
}
