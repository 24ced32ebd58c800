package org.peelrules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.peelrules.RuleSet;
import org.peelrules.SubmissionReader;
import org.peelrules.evidence.Submission;

/** What the commands share: finding the rule set and the submission a user asked for. */
final class Inputs {
    private Inputs() {
    }

    /** The bundled rule set, when {@link #startLoadingBundled} began loading it. */
    private static volatile FutureTask<RuleSet> bundled;

    /**
     * Begins loading the bundled rule set on a thread of its own, for a command about to use it: loading it is
     * most of a start, and can go on while the command line is parsed and the submission read.
     */
    static void startLoadingBundled() {
        FutureTask<RuleSet> loading = new FutureTask<>(RuleSet::bundled);
        bundled = loading;
        start(loading);
    }

    /** The rule set in {@code folder}, or the bundled one when no folder is given. */
    static RuleSet ruleSet(Path folder) {
        if (folder == null) {
            FutureTask<RuleSet> loading = bundled;
            return loading != null ? loaded(loading) : RuleSet.bundled();
        }
        if (!Files.isDirectory(folder)) {
            throw new UserError("rule set folder not found: " + folder);
        }
        return RuleSet.load(folder);
    }

    /** A submission and the rule set to evaluate it against. */
    record Loaded(Submission submission, RuleSet ruleSet) {
    }

    /**
     * Reads a submission while the rule set loads on a thread of its own: the two are most of a command's start
     * and independent until the submission's names are checked against the rules. A problem with the
     * submission is reported first, as when they were read one after the other. With {@code sample}, the
     * submission is the sample that ships in the jar instead of a file: exactly one of the two must be asked for.
     */
    static Loaded submissionAndRuleSet(Path evidence, boolean sample, Path rulesFolder) {
        if (sample == (evidence != null)) {
            throw new UserError(sample ? "give either an evidence file or --sample, not both"
                    : "an evidence file is needed (or --sample, to try the sample submission that ships with peel)");
        }
        FutureTask<RuleSet> loading = rulesFolder == null ? bundled : null;
        if (loading == null) {
            loading = new FutureTask<>(() -> ruleSet(rulesFolder));
            start(loading);
        }
        FutureTask<RuleSet> rules = loading;
        Submission submission = sample ? SubmissionReader.sample(loaded(rules))
                : SubmissionReader.read(evidence, () -> loaded(rules));
        return new Loaded(submission, loaded(rules));
    }

    private static void start(FutureTask<RuleSet> loading) {
        Thread loader = new Thread(loading, "peel-rule-set-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private static RuleSet loaded(FutureTask<RuleSet> loading) {
        try {
            return loading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while loading the rule set");
        }
    }
}
