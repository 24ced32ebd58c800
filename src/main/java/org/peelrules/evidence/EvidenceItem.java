package org.peelrules.evidence;

/** One piece of evidence: a stable id and where it comes from (report section, page or data return). */
public sealed interface EvidenceItem permits Metric, CaseAudit, SurveyResult, Observation, PriorItem, Practice {
    /**
     * The item's id, unique across the whole submission (not just within its list), by which findings cite it.
     *
     * @return the id: letters, digits, dots, underscores or hyphens, starting with a letter or digit
     */
    String id();

    /**
     * Where the item comes from, so that any judgment resting on it can be traced to it.
     *
     * @return the report section, page or data return the item was taken from
     */
    String source();
}
