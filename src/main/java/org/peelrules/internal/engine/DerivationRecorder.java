package org.peelrules.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.peelrules.internal.run.Derivations;
import org.peelrules.internal.run.Firing;
import org.peelrules.internal.run.Tracing;

/**
 * Records, while a session runs, which rule inserted each derived fact and which facts that firing matched.
 * Facts are keyed by identity: records that are equal in value are still distinct derivations. The record is
 * read only for facts that survive to the end of the session, so the order in which rules fired never shows.
 * One instance serves one session, on that session's thread.
 *
 * <p>A full record ({@link Tracing#EVERY_FACT}) is what a trace needs, and costs about a tenth of a run: the
 * matched facts are copied at every firing that inserts. A run that needs only the rule that inserted facts of
 * one kind ({@link Tracing#rulesOf}) records just that, and no firings.
 */
final class DerivationRecorder implements SessionWatcher, Derivations {

    /**
     * Sized, for a full record, for a full submission's derived facts (several hundred), so that it seldom grows
     * while rules fire.
     */
    private final Map<Object, Firing> byFact;
    /** Every rule that fired, by name, whether or not what it inserted survived: what scenario coverage counts. */
    private final Set<String> fired = new HashSet<>();
    /** What the rule firing now matched, read only if it inserts: most firings of these rule sets insert nothing. */
    private Supplier<List<?>> firing;
    private Firing current;
    /** Stops the session telling this record. */
    private Runnable unwatch = () -> { };
    private final Tracing tracing;

    private DerivationRecorder(Tracing tracing) {
        this.tracing = tracing;
        this.byFact = new IdentityHashMap<>(tracing.firings() ? 1024 : 32);
    }

    static DerivationRecorder watch(RulesSession session, Tracing tracing) {
        DerivationRecorder d = new DerivationRecorder(tracing);
        d.unwatch = session.watch(d);
        return d;
    }

    /** Stops recording; the session keeps no reference to this record. */
    void unwatch() {
        unwatch.run();
    }

    @Override
    public Optional<Firing> of(Object fact) {
        return Optional.ofNullable(byFact.get(fact));
    }

    @Override
    public Set<String> fired() {
        return Set.copyOf(fired);
    }

    @Override
    public void beforeFiring(String rule, Supplier<List<?>> matchedFacts) {
        firing = matchedFacts;
        if (tracing.firings()) {
            fired.add(rule);
        }
        current = null;
    }

    @Override
    public void afterFiring(String rule) {
        firing = null;
        current = null;
    }

    @Override
    public void inserted(Object fact, String rule) {
        if (rule == null || !tracing.facts().test(fact)) {
            return;
        }
        if (current == null && !tracing.firings()) {
            current = new Firing(rule, List.of());
        } else if (current == null) {
            // Copied now: a gathered collection is the engine's own and may change after the firing.
            List<Object> matched = new ArrayList<>();
            if (firing != null) {
                for (Object o : firing.get()) {
                    if (o instanceof Collection<?> c) {
                        matched.add(copy(c));
                    } else if (o != null) {
                        matched.add(o);
                    }
                }
            }
            current = new Firing(rule, Collections.unmodifiableList(matched));
        }
        byFact.put(fact, current);
    }

    private static List<Object> copy(Collection<?> gathered) {
        List<Object> copy = new ArrayList<>(gathered.size());
        for (Object o : gathered) {
            if (o != null) {
                copy.add(o);
            }
        }
        return Collections.unmodifiableList(copy);
    }

    // Derived facts are never modified by these rule sets: an update keeps the inserting firing, so none is watched.

    @Override
    public void deleted(Object fact) {
        byFact.remove(fact);
    }
}
