package org.peelrules;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Holds the evaluator an application uses and swaps in a new rule set only when it is safe: an application
 * holding a working rule set keeps using it when a reload fails. Thread-safe: {@link #current()} never
 * blocks and always returns a complete evaluator; reloads run one at a time.
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

    public RuleSetHolder(Evaluator initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** The evaluator in use now. */
    public Evaluator current() {
        return current.get();
    }

    /**
     * What a reload did.
     *
     * @param swapped  whether the new rule set is now in use
     * @param inUse    the rule set in use after the reload: the new one if swapped, the old one otherwise
     * @param problems why the new rule set was refused (each with its file and line, or case and area); empty
     *                 when swapped
     */
    public record Reload(boolean swapped, RuleSet inUse, List<Problem> problems) {
        public Reload {
            problems = List.copyOf(problems);
        }
    }

    /** Loads the rule set in {@code folder} and swaps it in if it loads. */
    public Reload reload(Path folder) {
        return reload(folder, evaluator -> List.of());
    }

    /**
     * Loads the rule set in {@code folder} and swaps it in only if it loads and {@code acceptance} finds no
     * problem with it (for instance {@code Replay.acceptance(corpus)}: every past case still agrees). The
     * acceptance check runs before the swap, on the new evaluator, while the old one stays in use.
     */
    public synchronized Reload reload(Path folder, Function<Evaluator, List<Problem>> acceptance) {
        Evaluator candidate;
        try {
            candidate = Evaluator.of(RuleSet.load(folder));
        } catch (RuleSetException e) {
            return new Reload(false, current().ruleSet(), e.problems());
        }
        List<Problem> refused;
        try {
            refused = acceptance.apply(candidate);
        } catch (RuntimeException e) {
            refused = List.of(new Problem(folder.toString(), "the acceptance check failed: " + e));
        }
        if (refused != null && !refused.isEmpty()) {
            return new Reload(false, current().ruleSet(), refused);
        }
        current.set(candidate);
        return new Reload(true, candidate.ruleSet(), List.of());
    }
}
