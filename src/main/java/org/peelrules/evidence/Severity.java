package org.peelrules.evidence;

/** How grave a shortfall the source reports is, where the source itself says so. */
public enum Severity {
    /**
     * The source calls the shortfall serious, critical, systemic or widespread, says the inspector is seriously
     * or particularly concerned about it, or says it leaves people at risk of harm.
     */
    SERIOUS
}
