package org.peelrules.internal.engine;

import org.kie.api.KieBase;

/** For tests that look behind the engine: its compiled rule base, which the library itself never hands out. */
public final class EngineInternals {
    private EngineInternals() {
    }

    /**
     * The engine's rule base.
     *
     * @param engine the engine
     * @return its compiled rules as Drools holds them
     */
    public static KieBase kieBase(Engine engine) {
        return engine.kieBase();
    }
}
