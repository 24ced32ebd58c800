package org.peelrules.evidence;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything submitted about one force for one inspection: who, under which framework, and the evidence.
 * A submission never holds a grade or a finding; those are what the rules derive.
 */
public record Submission(
        String framework,
        String force,
        Period inspectionPeriod,
        List<Metric> metrics,
        List<CaseAudit> caseAudits,
        List<SurveyResult> surveys,
        List<Observation> observations,
        List<PriorItem> priorItems,
        List<Practice> practices) {

    public Submission {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(force, "force");
        metrics = List.copyOf(orEmpty(metrics));
        caseAudits = List.copyOf(orEmpty(caseAudits));
        surveys = List.copyOf(orEmpty(surveys));
        observations = List.copyOf(orEmpty(observations));
        priorItems = List.copyOf(orEmpty(priorItems));
        practices = List.copyOf(orEmpty(practices));
    }

    /** Every evidence item, in the order of the kinds above. */
    public Stream<EvidenceItem> items() {
        return Stream.of(metrics, caseAudits, surveys, observations, priorItems, practices)
                .flatMap(List::stream);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
