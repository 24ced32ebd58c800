package org.peelrules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.EvidenceItem;
import org.peelrules.evidence.Metric;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Submission;
import org.peelrules.evidence.SurveyResult;

/** The checks a submission must pass against the rule set that evaluates it: what it names must exist. */
final class SubmissionChecks {
    private SubmissionChecks() {
    }

    static void against(RuleSet ruleSet, Submission s) {
        List<Problem> problems = new ArrayList<>();
        if (!ruleSet.framework().equals(s.framework())) {
            problems.add(new Problem("/framework", "framework \"" + s.framework() + "\" is not covered by rule set "
                    + ruleSet.name() + ", which encodes \"" + ruleSet.framework() + "\""));
        }
        Set<String> characteristics = ruleSet.catalogue().characteristicsById().keySet();
        Set<String> measures = ruleSet.catalogue().measuresById().keySet();
        Map<String, String> seen = new HashMap<>();
        index(s.metrics(), "metrics", (item, at) -> {
            measure(((Metric) item).measure(), measures, at, problems);
        }, seen, problems);
        index(s.caseAudits(), "caseAudits", (item, at) -> measure(((CaseAudit) item).measure(), measures, at, problems),
                seen, problems);
        index(s.surveys(), "surveys", (item, at) -> measure(((SurveyResult) item).measure(), measures, at, problems),
                seen, problems);
        index(s.observations(), "observations",
                (item, at) -> characteristic(((Observation) item).characteristic(), characteristics, at, problems),
                seen, problems);
        index(s.priorItems(), "priorItems",
                (item, at) -> characteristic(((PriorItem) item).characteristic(), characteristics, at, problems),
                seen, problems);
        index(s.practices(), "practices",
                (item, at) -> characteristic(((Practice) item).characteristic(), characteristics, at, problems),
                seen, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException("for rule set " + ruleSet.name(), problems.stream().sorted().toList());
        }
    }

    private interface ItemCheck {
        void check(EvidenceItem item, String pointer);
    }

    private static void index(List<? extends EvidenceItem> items, String list, ItemCheck check,
                              Map<String, String> seen, List<Problem> problems) {
        for (int i = 0; i < items.size(); i++) {
            EvidenceItem item = items.get(i);
            String at = "/" + list + "/" + i;
            String first = seen.putIfAbsent(item.id(), at);
            if (first != null) {
                problems.add(new Problem(at + "/id", "id \"" + item.id() + "\" is already used at " + first));
            }
            check.check(item, at);
        }
    }

    private static void measure(String measure, Set<String> known, String at, List<Problem> problems) {
        if (!known.contains(measure)) {
            problems.add(new Problem(at + "/measure", "unknown measure \"" + measure + "\"" + Suggest.from(measure, known)));
        }
    }

    private static void characteristic(String id, Set<String> known, String at, List<Problem> problems) {
        if (!known.contains(id)) {
            problems.add(new Problem(at + "/characteristic", "unknown characteristic \"" + id + "\""
                    + Suggest.from(id, known)));
        }
    }
}
