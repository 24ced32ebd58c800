package org.peelrules.archfixture.internal.engine;

import org.kie.api.runtime.KieSession;

/** An adapter beside the engine that turns a Drools session into plain values: may use Drools. */
final class DroolsAdapter {
    private DroolsAdapter() {
    }

    static int facts(KieSession session) {
        return session.getObjects().size();
    }
}
