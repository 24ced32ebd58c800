package org.peelrules.evidence;

/** One piece of evidence: a stable id and where it comes from (report section, page or data return). */
public sealed interface EvidenceItem permits Metric, CaseAudit, SurveyResult, Observation, PriorItem, Practice {
    String id();

    String source();
}
