package org.peelrules.evidence;

/** How the source puts an observation: as its overall finding on the characteristic, or as a particular. */
public enum Emphasis {
    /**
     * The source's own overall finding on the characteristic: a summary sentence, a heading, or a press release
     * or letter stating what the inspection found.
     */
    HEADLINE,
    /** A particular that supports or qualifies the overall finding. */
    DETAIL
}
