package org.peelrules.internal.engine;

import java.util.List;
import java.util.stream.Stream;
import org.peelrules.internal.run.Derivations;
import org.peelrules.internal.run.Tracing;

/**
 * A session the grading policy alone is asked in, for "why not higher": the rule set's standards go in once, then
 * changed copies of areas' tallies, and the grading stage (and the judgment stage, when the question is whether a
 * grade is awarded) fires on them within the evaluation's limits, in the order the rule set declares.
 */
final class PolicySession implements AutoCloseable {
    private final GuardedSession guarded;
    private final RulesSession session;
    /** What runs to ask for a tally alone: the grading stage. */
    private final List<String> grading;
    /** What runs to ask whether a grade is awarded: the grading and judgment stages, in the declared order. */
    private final List<String> judging;
    /** Which rule inserted each fact: the trace of the decision the copies reach. */
    private final DerivationRecorder derivations;

    PolicySession(GuardedSession guarded, List<?> standards, List<String> grading, List<String> judging) {
        this.guarded = guarded;
        this.grading = List.copyOf(grading);
        this.judging = List.copyOf(judging);
        session = guarded.session();
        derivations = DerivationRecorder.watch(session, Tracing.EVERY_FACT);
        standards.forEach(guarded::insert);
    }

    void insert(Object fact) {
        guarded.insert(fact);
    }

    /** Runs the grading stage, and the judgment stage too when the question is whether a grade is awarded. */
    void fire(boolean judge) {
        guarded.run(() -> {
            for (String stage : judge ? judging : grading) {
                session.focus(stage);
                guarded.fireAllRules();
            }
            return null;
        });
    }

    <T> Stream<T> facts(Class<T> type) {
        return session.facts(type);
    }

    Derivations derivations() {
        return derivations;
    }

    @Override
    public void close() {
        if (!guarded.faulted()) {
            derivations.unwatch();
        }
        guarded.close();
    }
}
