package org.peelrules.archfixture.internal.engine;

import org.peelrules.archfixture.Entry;

/** An internal class that uses the API package: the internals must work on values of their own. */
public final class Engine {
    private Engine() {
    }

    /**
     * Reads the API's entry back.
     *
     * @param entry the API class
     * @return its size
     */
    public static int run(Entry entry) {
        return entry.size();
    }
}
