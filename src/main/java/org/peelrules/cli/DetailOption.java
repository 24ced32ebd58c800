package org.peelrules.cli;

import org.peelrules.report.Detail;
import picocli.CommandLine.Option;

/** {@code --detail summary|full}, shared by the commands that write reports. */
final class DetailOption {
    /** As the command line spells the levels: lower case, like the formats. */
    enum Level { summary, full }

    @Option(names = "--detail", paramLabel = "LEVEL", defaultValue = "full",
            description = "How much of the derivation JSON and HTML carry: ${COMPLETION-CANDIDATES} (default: "
                    + "${DEFAULT-VALUE}). summary leaves out the trace: the rules (ids, file:line) and the evidence "
                    + "ids behind each judgment.")
    Level level = Level.full;

    Detail detail() {
        return level == Level.summary ? Detail.SUMMARY : Detail.FULL;
    }
}
