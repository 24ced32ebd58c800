package org.peelrules.cli;

import org.peelrules.Evaluator;
import picocli.CommandLine;

final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"peel-rules " + Evaluator.libraryVersion()};
    }
}
