package org.peelrules.archfixture.internal.engine;

/** A second public class beside the engine, which the loader then uses: breaks "only Engine is used outside". */
public final class Session {
    public static int facts() {
        return 0;
    }
}
