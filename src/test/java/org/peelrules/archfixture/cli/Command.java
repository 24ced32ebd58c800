package org.peelrules.archfixture.cli;

import org.peelrules.archfixture.internal.ruleset.Loader;

/** A command that reaches into the internals: breaks "the command line uses only the public packages". */
public final class Command {
    public int run() {
        return Loader.size();
    }
}
