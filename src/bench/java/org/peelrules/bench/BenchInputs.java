package org.peelrules.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.peelrules.RuleSet;
import org.peelrules.SubmissionReader;
import org.peelrules.evidence.Submission;

/** What the benchmarks read: the West Mercia submission and the rule set folder, relative to the project. */
public final class BenchInputs {
    /** The replay case the targets are set on; -Dbench.submission=FILE measures another submission instead. */
    public static final Path WEST_MERCIA = Path.of(System.getProperty("bench.submission",
            "examples/west-mercia-2021-22/evidence.json"));
    /** The rule set folder in this checkout: the files the jar bundles. */
    public static final Path RULES = Path.of("rules", RuleSet.BUNDLED);

    private BenchInputs() {
    }

    public static Submission westMercia() {
        if (!Files.isRegularFile(WEST_MERCIA)) {
            throw new IllegalStateException("no submission at " + WEST_MERCIA.toAbsolutePath()
                    + ": run from the project folder, or name one with -Dbench.submission=FILE");
        }
        return SubmissionReader.read(WEST_MERCIA);
    }
}
