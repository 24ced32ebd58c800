package org.peelrules;

import org.peelrules.errors.Problem;
import org.peelrules.errors.RuleSetException;
import org.peelrules.errors.RuleSetFaultException;
import org.peelrules.internal.run.SessionWorkers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.peelrules.evidence.Submission;

/**
 * Holds the evaluator an application uses and swaps in a new rule set only when it is safe: an application
 * holding a working rule set keeps using it when a reload fails, and a reload is never worse than no reload.
 * Thread-safe: {@link #current()} never blocks and always returns a complete evaluator; reloads run one at a
 * time, each within a deadline of its own, so one that never ends cannot block the next.
 *
 * <pre>{@code
 * RuleSetHolder rules = new RuleSetHolder(Evaluator.of(RuleSet.bundled()));
 * // on request threads
 * Assessment a = rules.current().evaluate(submission);
 * // when the policy team publishes a change: swap only if it loads and the past cases still agree
 * RuleSetHolder.Reload r = rules.reload(Path.of("/srv/rules/peel-2021-22"), Replay.acceptance(Path.of("/srv/corpus")));
 * if (!r.swapped()) log.warn("kept {}: {}", r.inUse(), r.problems());
 * }</pre>
 */
public final class RuleSetHolder {
    private final AtomicReference<Evaluator> current;
    /** Held by one reload at a time, and never past that reload's deadline. */
    private final Object reloading = new Object();

    /**
     * A holder whose evaluator in use is {@code initial} until a reload swaps another in.
     *
     * @param initial the evaluator to use first; its budget is also the budget a reloaded rule set evaluates under
     * @throws NullPointerException if {@code initial} is null
     */
    public RuleSetHolder(Evaluator initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /**
     * The evaluator in use now; never blocks, even while a reload runs.
     *
     * @return the evaluator in use, complete and never null
     */
    public Evaluator current() {
        return current.get();
    }

    /**
     * What a reload did.
     *
     * @param swapped  whether the new rule set is now in use (it was accepted)
     * @param inUse    the rule set in use after the reload: the new one if swapped, the old one otherwise
     * @param problems why the new rule set was refused (each with its file and line, or case and area, or the
     *                 rules that faulted); empty when swapped
     */
    public record Reload(boolean swapped, RuleSet inUse, List<Problem> problems) {
        /**
         * Copies the problems, so that what a reload did cannot change after it is reported.
         *
         * @param swapped  whether the new rule set is now in use
         * @param inUse    the rule set in use after the reload
         * @param problems why the new rule set was refused; empty when swapped
         */
        public Reload {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Loads the rule set in {@code folder} and swaps it in if it loads and evaluates within the budget, as
     * {@link #reload(Path, Function, Duration)} does with no acceptance check and the budget's wall time as the
     * deadline.
     *
     * @param folder the new rule set's folder, holding its {@code ruleset.yaml}
     * @return what the reload did; never throws for a rule set that fails
     */
    public Reload reload(Path folder) {
        return reload(folder, evaluator -> List.of());
    }

    /**
     * As {@link #reload(Path, Function, Duration)}, with the budget's wall time of the evaluator in use as the
     * deadline.
     *
     * @param folder     the new rule set's folder, holding its {@code ruleset.yaml}
     * @param acceptance given the candidate evaluator, the problems that refuse it (empty or null to accept it),
     *                   such as {@code Replay.acceptance(corpus)}
     * @return what the reload did; never throws for a rule set that fails
     */
    public Reload reload(Path folder, Function<Evaluator, List<Problem>> acceptance) {
        return reload(folder, acceptance, current().budget().wallTime());
    }

    /**
     * Loads the rule set in {@code folder} and swaps it in only if, within {@code deadline}, it loads, evaluates a
     * submission with no evidence, and {@code acceptance} finds no problem with it (for instance {@code
     * Replay.acceptance(corpus)}: every past case still agrees). The candidate evaluates under the budget of the
     * evaluator in use, on a thread of its own, while the old rule set stays in use. Whatever the candidate does
     * (fail to load, loop, recurse, throw, or pass the deadline), this returns a refusal with the problems and
     * never throws; a reload still running at its deadline is abandoned, and can never swap its rule set in.
     *
     * @param folder     the new rule set's folder, holding its {@code ruleset.yaml}
     * @param acceptance given the candidate evaluator, the problems that refuse it (empty or null to accept it);
     *                   an exception it throws refuses the candidate too
     * @param deadline   how long loading, the trial evaluation and the acceptance check may take together
     * @return what the reload did: swapped, or refused with the problems and the old rule set still in use
     * @throws NullPointerException if {@code folder} or {@code acceptance} is null
     */
    public Reload reload(Path folder, Function<Evaluator, List<Problem>> acceptance, Duration deadline) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(acceptance, "acceptance");
        synchronized (reloading) {
            Budget budget = current().budget();
            SessionWorkers.Job<Candidate> job = SessionWorkers.submit(() -> candidate(folder, acceptance, budget));
            Candidate tried;
            try {
                tried = job.result().get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // Interrupted, not stopped: the candidate may be compiling, which fills the engine's shared caches.
                job.abandon(false);
                return refused(new Problem(folder.toString(), "the reload passed its deadline of "
                        + new Budget(deadline, 1, 1).wallTimeInWords() + ": the rule set was not swapped in"));
            } catch (InterruptedException e) {
                job.abandon(false);
                Thread.currentThread().interrupt();
                return refused(new Problem(folder.toString(), "the reload was interrupted"));
            } catch (ExecutionException e) {
                return refused(new Problem(folder.toString(), "the reload failed: " + e.getCause()));
            }
            if (!tried.problems().isEmpty()) {
                return refused(tried.problems());
            }
            current.set(tried.evaluator());
            return new Reload(true, tried.evaluator().ruleSet(), List.of());
        }
    }

    /** A candidate rule set as tried: its evaluator when it loaded, and why it is refused, if it is. */
    private record Candidate(Evaluator evaluator, List<Problem> problems) {
    }

    /** Loads and tries the candidate; runs on a worker, and reports every failure as problems. */
    private static Candidate candidate(Path folder, Function<Evaluator, List<Problem>> acceptance, Budget budget) {
        Evaluator candidate;
        try {
            candidate = Evaluator.of(RuleSet.load(folder)).withBudget(budget);
        } catch (RuleSetException e) {
            return new Candidate(null, e.problems());
        }
        try {
            RuleSet ruleSet = candidate.ruleSet();
            candidate.evaluate(new Submission(ruleSet.framework(), "reload", null, null, null, null, null, null,
                    null));
        } catch (RuleSetFaultException e) {
            return new Candidate(null, faulted(e, "evaluating a submission with no evidence"));
        } catch (RuntimeException e) {
            return new Candidate(null, List.of(new Problem(folder.toString(), "evaluating a submission with no "
                    + "evidence failed: " + e.getMessage())));
        }
        List<Problem> refused;
        try {
            refused = acceptance.apply(candidate);
        } catch (RuleSetFaultException e) {
            return new Candidate(null, faulted(e, "running the acceptance check"));
        } catch (RuntimeException e) {
            refused = List.of(new Problem(folder.toString(), "the acceptance check failed: " + e));
        }
        return new Candidate(candidate, refused == null ? List.of() : refused);
    }

    /** A fault as problems: what the rule set did, then the rules it names. */
    private static List<Problem> faulted(RuleSetFaultException e, String during) {
        List<Problem> problems = new ArrayList<>();
        problems.add(new Problem("", "while " + during + ", " + e.getMessage().lines().findFirst().orElse("")));
        problems.addAll(e.problems());
        return problems;
    }

    private Reload refused(Problem problem) {
        return refused(List.of(problem));
    }

    private Reload refused(List<Problem> problems) {
        return new Reload(false, current().ruleSet(), problems);
    }
}
