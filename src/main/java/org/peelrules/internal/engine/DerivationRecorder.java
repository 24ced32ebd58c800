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
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.peelrules.internal.run.Derivations;
import org.peelrules.internal.run.Firing;

/**
 * Records, while a session runs, which rule inserted each derived fact and which facts that firing matched.
 * Facts are keyed by identity: records that are equal in value are still distinct derivations. The record is
 * read only for facts that survive to the end of the session, so the order in which rules fired never shows.
 * One instance serves one session, on that session's thread.
 */
final class DerivationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener,
        Derivations {

    /** Sized for a full submission's derived facts (several hundred), so that it seldom grows while rules fire. */
    private final Map<Object, Firing> byFact = new IdentityHashMap<>(1024);
    /** Every rule that fired, by name, whether or not what it inserted survived: what scenario coverage counts. */
    private final Set<String> fired = new HashSet<>();
    private Match firing;
    private Firing current;

    static DerivationRecorder watch(KieSession session) {
        DerivationRecorder d = new DerivationRecorder();
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) d);
        session.addEventListener((RuleRuntimeEventListener) d);
        return d;
    }

    /** Stops recording; the session keeps no reference to this record. */
    void unwatch(KieSession session) {
        session.removeEventListener((org.kie.api.event.rule.AgendaEventListener) this);
        session.removeEventListener((RuleRuntimeEventListener) this);
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
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
        fired.add(firing.getRule().getName());
        current = null;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() == null) {
            return;
        }
        if (current == null) {
            // Copied now: a gathered collection is the engine's own and may change after the firing.
            List<Object> matched = new ArrayList<>();
            if (firing != null) {
                for (Object o : firing.getObjects()) {
                    if (o instanceof Collection<?> c) {
                        matched.add(copy(c));
                    } else if (o != null) {
                        matched.add(o);
                    }
                }
            }
            current = new Firing(event.getRule().getName(), Collections.unmodifiableList(matched));
        }
        byFact.put(event.getObject(), current);
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

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Derived facts are never modified by these rule sets; an update keeps the inserting firing.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        byFact.remove(event.getOldObject());
    }
}
