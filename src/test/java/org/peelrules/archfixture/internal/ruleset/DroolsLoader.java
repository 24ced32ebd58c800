package org.peelrules.archfixture.internal.ruleset;

import org.kie.api.KieBase;

/** Named like an engine adapter, but in the loader's package: breaks "only Engine uses Drools". */
final class DroolsLoader {
    private DroolsLoader() {
    }

    static int packages(KieBase base) {
        return base.getKiePackages().size();
    }
}
