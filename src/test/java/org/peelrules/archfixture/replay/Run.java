package org.peelrules.archfixture.replay;

import org.peelrules.archfixture.report.Page;

/** The other half of the package cycle. */
public final class Run {
    public String page() {
        return Page.of(this);
    }
}
