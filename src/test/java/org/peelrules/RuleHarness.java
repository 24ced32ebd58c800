package org.peelrules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.peelrules.evidence.Submission;
import org.peelrules.internal.engine.EngineInternals;
import org.peelrules.internal.ruleset.RuleInfo;
import org.peelrules.judgment.Assessment;
import org.peelrules.rules.Signal;

/**
 * For rule file tests: runs a submission through a rule set's stages, as the evaluator does, and records
 * which rules fired (by id) and the signals they raised, so a test can say "this rule fired and raised that".
 */
public final class RuleHarness {
    /** What one run did: the ids of the rules that fired, in id order with counts, and every signal raised. */
    public record Run(Map<String, Integer> fired, List<Signal> signals, Assessment assessment) {
        public boolean fired(String ruleId) {
            return fired.containsKey(ruleId);
        }

        public List<Signal> signalsOn(String characteristic) {
            return signals.stream().filter(s -> s.characteristic().equals(characteristic)).toList();
        }
    }

    private RuleHarness() {
    }

    public static Run run(RuleSet rules, Submission submission) {
        Map<String, Integer> fired = new TreeMap<>();
        List<Signal> signals = new ArrayList<>();
        KieSession session = EngineInternals.kieBase(rules.loaded().engine()).newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    String id = rules.rule(event.getMatch().getRule().getName()).map(RuleInfo::id).orElse("?");
                    fired.merge(id, 1, Integer::sum);
                }
            });
            rules.catalogue().facts().forEach(session::insert);
            submission.items().forEach(session::insert);
            session.fireAllRules();
            for (String stage : TestRules.ruleSet().wording().stages()) {
                session.getAgenda().getAgendaGroup(stage).setFocus();
                session.fireAllRules();
            }
            session.getObjects(o -> o instanceof Signal).forEach(o -> signals.add((Signal) o));
        } finally {
            session.dispose();
        }
        return new Run(fired, signals, Evaluator.of(rules).evaluate(submission));
    }

    /** A submission holding only the given items, sorted into their lists. */
    public static Submission submission(Object... items) {
        List<org.peelrules.evidence.Metric> metrics = new ArrayList<>();
        List<org.peelrules.evidence.CaseAudit> audits = new ArrayList<>();
        List<org.peelrules.evidence.SurveyResult> surveys = new ArrayList<>();
        List<org.peelrules.evidence.Observation> observations = new ArrayList<>();
        List<org.peelrules.evidence.PriorItem> prior = new ArrayList<>();
        List<org.peelrules.evidence.Practice> practices = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof org.peelrules.evidence.Metric m) {
                metrics.add(m);
            } else if (item instanceof org.peelrules.evidence.CaseAudit a) {
                audits.add(a);
            } else if (item instanceof org.peelrules.evidence.SurveyResult s) {
                surveys.add(s);
            } else if (item instanceof org.peelrules.evidence.Observation o) {
                observations.add(o);
            } else if (item instanceof org.peelrules.evidence.PriorItem p) {
                prior.add(p);
            } else if (item instanceof org.peelrules.evidence.Practice p) {
                practices.add(p);
            } else {
                throw new IllegalArgumentException("not evidence: " + item);
            }
        }
        return new Submission("peel-2021-22", "Test force", null, metrics, audits, surveys, observations, prior,
                practices);
    }
}
