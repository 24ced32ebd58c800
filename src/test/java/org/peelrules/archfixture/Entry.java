package org.peelrules.archfixture;

import org.peelrules.archfixture.internal.engine.Engine;

/** An API class that hands itself to the internals, which then call it back: a cycle with the API. */
public final class Entry {
    /**
     * Runs the engine on this entry.
     *
     * @return what the engine gave
     */
    public int run() {
        return Engine.run(this);
    }

    /**
     * What the engine reads back.
     *
     * @return a size
     */
    public int size() {
        return 1;
    }
}
