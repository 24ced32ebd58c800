package org.peelrules.archfixture;

import org.kie.api.runtime.KieSession;

/** An API type that hands out an engine type: breaks "no engine type in a public signature". */
public final class Leaky {
    public KieSession session() {
        return null;
    }
}
