package org.peelrules.archfixture.internal.ruleset;

import org.peelrules.archfixture.internal.read.Checks;

/** The other half of the internal cycle. */
public final class Loader {
    public static int size() {
        return 1;
    }

    public static int checked() {
        return Checks.count();
    }
}
