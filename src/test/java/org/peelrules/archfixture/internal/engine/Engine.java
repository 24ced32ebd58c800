package org.peelrules.archfixture.internal.engine;

import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.peelrules.archfixture.Entry;

/**
 * An internal class that uses the API package: the internals must work on values of their own. Its use of Drools,
 * in a class nested in it, is allowed: Engine is the one class that may.
 */
public final class Engine {
    private Engine() {
    }

    /** Drools' events, as the engine alone hears them. */
    private static final class Listening extends DefaultAgendaEventListener {
    }

    /**
     * Reads the API's entry back.
     *
     * @param entry the API class
     * @return its size
     */
    public static int run(Entry entry) {
        return entry.size();
    }
}
