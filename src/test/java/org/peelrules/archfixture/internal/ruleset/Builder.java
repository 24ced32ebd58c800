package org.peelrules.archfixture.internal.ruleset;

import org.kie.api.KieBase;

/** A loader class that uses Drools itself instead of asking the engine: breaks "only the engine uses Drools". */
public final class Builder {
    public KieBase kieBase() {
        return null;
    }
}
