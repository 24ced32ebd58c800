package org.peelrules.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/**
 * A Drools session as the helpers see it: a {@link RulesSession} of plain facts, stage names and rule names.
 *
 * @param kie the Drools session
 */
record DroolsSession(KieSession kie) implements RulesSession {
    @Override
    public void insert(Object fact) {
        kie.insert(fact);
    }

    @Override
    public void fireAllRules() {
        kie.fireAllRules();
    }

    @Override
    public void focus(String stage) {
        // A stage is an agenda group in the rule files.
        kie.getAgenda().getAgendaGroup(stage).setFocus();
    }

    @Override
    public void halt() {
        kie.halt();
    }

    @Override
    public List<Object> facts() {
        return new ArrayList<>(kie.getObjects());
    }

    @Override
    public <T> Stream<T> facts(Class<T> type) {
        return kie.getObjects(new ClassObjectFilter(type)).stream().map(type::cast);
    }

    @Override
    public Runnable watch(SessionWatcher watcher) {
        Watching listener = new Watching(watcher);
        kie.addEventListener((AgendaEventListener) listener);
        kie.addEventListener((RuleRuntimeEventListener) listener);
        return () -> {
            kie.removeEventListener((AgendaEventListener) listener);
            kie.removeEventListener((RuleRuntimeEventListener) listener);
        };
    }

    @Override
    public String ruleThatThrew(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException c && c.getMatch() != null) {
                return c.getMatch().getRule().getName();
            }
        }
        return null;
    }

    @Override
    public boolean wraps(Throwable thrown) {
        String name = thrown.getClass().getName();
        return thrown instanceof ConsequenceException || name.startsWith("org.drools.")
                || name.startsWith("org.kie.");
    }

    /** Tells a watcher what the session's events say, in names and facts. */
    private static final class Watching extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        private final SessionWatcher watcher;

        Watching(SessionWatcher watcher) {
            this.watcher = watcher;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Match match = event.getMatch();
            watcher.beforeFiring(match.getRule().getName(), match::getObjects);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            watcher.afterFiring(event.getMatch().getRule().getName());
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            watcher.inserted(event.getObject(), event.getRule() == null ? null : event.getRule().getName());
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            watcher.updated(event.getObject());
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            watcher.deleted(event.getOldObject());
        }
    }
}
