package org.peelrules.internal.engine;

import java.util.concurrent.atomic.AtomicInteger;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/** A rule set's compiled rules and the sessions evaluations borrow from them. */
final class CompiledRules {
    private final KieBase kieBase;
    /** Sessions are reset and reused rather than made afresh: their network memory costs more to build than to clear. */
    private final KieSessionsPool sessions;
    private final AtomicInteger inUse = new AtomicInteger();

    CompiledRules(KieBase kieBase) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(1);
    }

    KieBase kieBase() {
        return kieBase;
    }

    /**
     * A session with nothing in it, for one evaluation on one thread. Give it back with {@link #release}, having
     * removed any listener added to it: it is cleared and reused.
     */
    KieSession newSession() {
        KieSession session = sessions.newKieSession();
        inUse.incrementAndGet();
        return session;
    }

    void release(KieSession session) {
        try {
            session.dispose();
        } finally {
            inUse.decrementAndGet();
        }
    }

    /**
     * Forgets a session that faulted, once no worker is inside it: it is not given back to the pool, whose reset
     * was never meant for a session halted mid-way or left by a stack overflow, only let go by the rule base so
     * that it can be collected.
     */
    void abandon(KieSession session) {
        try {
            if (kieBase instanceof InternalKnowledgeBase internal && session instanceof InternalWorkingMemory memory) {
                internal.disposeStatefulSession(memory);
            }
        } finally {
            inUse.decrementAndGet();
        }
    }

    /** Sessions taken and not yet given back. */
    int sessionsInUse() {
        return inUse.get();
    }
}
