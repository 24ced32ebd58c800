package org.peelrules.report;

/**
 * How much of the derivation a JSON or HTML report carries. The judgments, findings, characteristic statuses and
 * what keeps an area from the next tier up are in both; the detail is the rest.
 */
public enum Detail {
    /**
     * For readers and dashboards: what was decided, without how the rules decided it. Leaves out each judgment's
     * trace and the rule that decided it, the evidence ids under findings and characteristics, and the rule and
     * standards behind "why not higher". A fraction of the full size.
     */
    SUMMARY,
    /** Everything, the trace included: the default, and the stable schema of docs/output-format.md. */
    FULL
}
