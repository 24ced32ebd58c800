package org.peelrules.evidence;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything submitted about one force for one inspection: who, under which framework, and the evidence.
 * A submission never holds a grade or a finding; those are what the rules derive. Its lists are unmodifiable and
 * never {@code null}: a kind of evidence not given is an empty list.
 *
 * @param framework        the framework version the evidence was gathered under ({@code peel-2021-22}), never
 *                         {@code null}
 * @param force            the name of the police force, never {@code null}
 * @param inspectionPeriod the dates the inspection covers, or {@code null}
 * @param metrics          measured values
 * @param caseAudits       cases reviewed against a test, counting those that fail it
 * @param surveys          proportions of a surveyed population
 * @param observations     inspectors' findings rated against a characteristic
 * @param priorItems       earlier inspections' recommendations, areas for improvement and causes of concern, and
 *                         national recommendations, with progress since
 * @param practices        practice put forward as innovative or promising
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

    /**
     * A submission, holding unmodifiable copies of the lists; a list given as {@code null} is held empty.
     *
     * @param framework        the framework version the evidence was gathered under, never {@code null}
     * @param force            the name of the police force, never {@code null}
     * @param inspectionPeriod the dates the inspection covers, or {@code null}
     * @param metrics          measured values, or {@code null} for none
     * @param caseAudits       case audits, or {@code null} for none
     * @param surveys          survey results, or {@code null} for none
     * @param observations     observations, or {@code null} for none
     * @param priorItems       items from earlier inspections and national recommendations, or {@code null} for none
     * @param practices        practices, or {@code null} for none
     * @throws NullPointerException when {@code framework} or {@code force} is {@code null}, or a list holds
     *                              {@code null}
     */
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

    /**
     * Every evidence item, in the order of the kinds above.
     *
     * @return the metrics, then the case audits, survey results, observations, prior items and practices, each
     *         in its list's order
     */
    public Stream<EvidenceItem> items() {
        return Stream.of(metrics, caseAudits, surveys, observations, priorItems, practices)
                .flatMap(List::stream);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
