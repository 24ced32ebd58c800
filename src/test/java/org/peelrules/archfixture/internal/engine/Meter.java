package org.peelrules.archfixture.internal.engine;

import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * A helper beside the engine that listens to Drools itself instead of being told by the engine: breaks "only
 * Engine uses Drools", though it is in the engine's package.
 */
final class Meter {
    private Meter() {
    }

    static AgendaEventListener listener() {
        return new DefaultAgendaEventListener();
    }
}
