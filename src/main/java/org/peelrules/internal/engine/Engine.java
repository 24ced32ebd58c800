package org.peelrules.internal.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.peelrules.evidence.Submission;
import org.peelrules.internal.ruleset.GuardedSession;
import org.peelrules.internal.ruleset.LoadedRules;
import org.peelrules.internal.ruleset.Limits;

/**
 * Runs a rule set over one submission: the catalogue and the evidence go into a session, the rules fire stage
 * by stage in the order the rule set declares, and every fact the session ends with comes back, with which rule
 * derived which. The API's evaluator assembles judgments from what this returns and never touches the engine.
 */
public final class Engine {
    private Engine() {
    }

    /**
     * What one run left: every fact in the session, and the derivations recorded as the rules fired.
     *
     * @param facts       every fact the session held at the end, the catalogue and the evidence among them
     * @param derivations which rule inserted each fact, and what it matched
     */
    public record Run(List<Object> facts, Derivations derivations) {
        /**
         * Copies the facts, so that a run cannot change after it is made.
         *
         * @param facts       every fact the session held at the end
         * @param derivations which rule inserted each fact, and what it matched
         */
        public Run {
            facts = List.copyOf(facts);
        }
    }

    /**
     * Runs the rules over a submission on a pooled session, within the limits.
     *
     * @param rules      the loaded rule set
     * @param limits     what the run may spend
     * @param submission the submission, already checked against the rule set
     * @return the facts and derivations
     * @throws org.peelrules.errors.RuleSetFaultException if the rules passed the limits or failed in a rule
     */
    public static Run run(LoadedRules rules, Limits limits, Submission submission) {
        try (GuardedSession guarded = GuardedSession.pooled(rules, limits)) {
            KieSession session = guarded.session();
            // Which rule inserted each fact, and what it matched: the trace every judgment carries.
            Derivations derivations = Derivations.watch(session);
            List<Object> facts = guarded.run(() -> fire(rules, guarded, submission));
            // Not reached when the session faulted: a worker may still be inside it.
            derivations.unwatch(session);
            return new Run(facts, derivations);
        }
    }

    private static List<Object> fire(LoadedRules rules, GuardedSession guarded, Submission submission) {
        KieSession session = guarded.session();
        rules.catalogue().facts().forEach(session::insert);
        submission.items().forEach(session::insert);
        guarded.fireAllRules();
        for (String stage : rules.wording().stages()) {
            session.getAgenda().getAgendaGroup(stage).setFocus();
            guarded.fireAllRules();
        }
        return new ArrayList<>(session.getObjects());
    }
}
