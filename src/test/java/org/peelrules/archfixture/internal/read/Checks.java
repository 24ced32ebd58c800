package org.peelrules.archfixture.internal.read;

import org.peelrules.archfixture.internal.ruleset.Loader;

/** Uses the loader, which uses it back: breaks "the internal packages have no cycle". */
public final class Checks {
    public static int count() {
        return Loader.size();
    }
}
