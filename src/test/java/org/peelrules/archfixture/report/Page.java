package org.peelrules.archfixture.report;

import org.peelrules.archfixture.replay.Run;

/** Uses replay, which uses report back: breaks "no package depends on a package that depends on it". */
public final class Page {
    public static String of(Run run) {
        return run.toString();
    }
}
