package org.peelrules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.peelrules.Evaluator;
import org.peelrules.errors.InvalidSubmissionException;
import org.peelrules.errors.PeelRulesException;
import org.peelrules.errors.Problem;
import org.peelrules.RuleSet;
import org.peelrules.errors.RuleSetFaultException;
import org.peelrules.SubmissionReader;
import org.peelrules.judgment.Assessment;
import org.peelrules.replay.Replay;
import org.peelrules.report.Detail;
import org.peelrules.report.JsonReport;
import org.peelrules.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Evaluates many submissions with one rule set. A submission that cannot be read, or is invalid, is reported
 * with its file name and every problem in it; the others are still evaluated and reported. The exit code is 0
 * when every submission was evaluated and 1 when any was not.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Evaluates many submissions with one rule set and prints the judgments for each.",
                "A submission that cannot be read or is invalid is reported with its file name; "
                        + "the others are still evaluated. Exit code 1 if any submission could not be evaluated."})
final class BatchCommand implements Callable<Integer>, TerminalProgress.Shown {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Submission files (evidence.json), replay case folders (their evidence.json only), or folders "
                    + "whose *.json files are each a submission.")
    List<Path> paths;

    @Option(names = "--rules", paramLabel = "DIR", description = "A rule set folder (default: the bundled rule set).")
    Path rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    BudgetOptions budget;

    @Mixin
    DetailOption detail;

    /**
     * The outcome for one file: an assessment, or the problems that kept it from being evaluated.
     *
     * @param error a one-line summary of why the file was not evaluated, or {@code null}
     */
    record Entry(String file, Assessment assessment, String error, List<Problem> problems) {
        boolean evaluated() {
            return assessment != null;
        }
    }

    /** The whole batch as the JSON format writes it. */
    record Report(int evaluated, int failed, List<Entry> submissions) {
    }

    /** Where progress is shown; {@code null} when stderr is not a terminal. */
    private PrintWriter terminal;

    @Override
    public void showProgressOn(PrintWriter terminal) {
        this.terminal = terminal;
    }

    /** A place in the report: a file to evaluate, or an entry already made (a folder that could not be listed). */
    private record Slot(Path file, Entry entry) {
    }

    @Override
    public Integer call() {
        Evaluator evaluator = Evaluator.of(Inputs.ruleSet(rules)).withBudget(budget.budget());
        // Every file is listed before the first is evaluated, so that progress can say "of how many".
        List<Slot> slots = new ArrayList<>();
        for (Path path : paths) {
            List<Entry> listing = new ArrayList<>();
            submissionsIn(path, listing).forEach(file -> slots.add(new Slot(file, null)));
            listing.forEach(e -> slots.add(new Slot(null, e)));
        }
        int total = (int) slots.stream().filter(s -> s.file() != null).count();
        TerminalProgress progress = new TerminalProgress(terminal, "submissions");
        List<Entry> entries = new ArrayList<>();
        int done = 0;
        try {
            progress.update(0, total);
            for (Slot slot : slots) {
                if (slot.file() == null) {
                    entries.add(slot.entry());
                } else {
                    entries.add(evaluate(evaluator, slot.file()));
                    progress.update(++done, total);
                }
            }
        } finally {
            progress.clear();
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long failed = entries.stream().filter(e -> !e.evaluated()).count();
        switch (format) {
            case text -> printText(entries, out, err);
            case json -> out.print(json(new Report((int) (entries.size() - failed), (int) failed, entries),
                    detail.detail()));
        }
        out.flush();
        err.println("peel: " + (entries.size() - failed) + " of " + entries.size() + " submission"
                + (entries.size() == 1 ? "" : "s") + " evaluated" + (failed == 0 ? "" : "; " + failed + " could not be"));
        err.flush();
        return failed == 0 ? 0 : ExitCode.ERROR;
    }

    /**
     * The submission files a path names: itself; a replay case folder's evidence.json alone (its expected.json is
     * a published outcome, not a submission); or a folder's *.json files in name order. Anything listed that is
     * not a regular file is left for the reader to refuse by name, rather than skipped without a word.
     */
    private static List<Path> submissionsIn(Path path, List<Entry> entries) {
        if (!Files.isDirectory(path)) {
            return List.of(path); // a missing or unreadable file is reported when it is read
        }
        Path evidence = path.resolve(Replay.EVIDENCE);
        if (Files.exists(evidence) || Files.exists(path.resolve(Replay.EXPECTED))) {
            return List.of(evidence);
        }
        try (Stream<Path> children = Files.list(path)) {
            List<Path> files = children.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !Files.isDirectory(p)).sorted().toList();
            if (files.isEmpty()) {
                entries.add(new Entry(path.toString(), null, "the folder holds no .json files", List.of()));
            }
            return files;
        } catch (IOException e) {
            entries.add(new Entry(path.toString(), null, "the folder cannot be listed: " + e.getMessage(), List.of()));
            return List.of();
        }
    }

    private static Entry evaluate(Evaluator evaluator, Path file) {
        String name = file.toString();
        try {
            RuleSet ruleSet = evaluator.ruleSet();
            Assessment assessment = evaluator.evaluate(SubmissionReader.read(file, ruleSet));
            return new Entry(name, assessment, null, List.of());
        } catch (PeelRulesException e) {
            String what = e instanceof InvalidSubmissionException ? "invalid submission"
                    // A fault says what the rules did wrong (which budget they passed, or what they threw).
                    : e instanceof RuleSetFaultException ? e.getMessage().lines().findFirst().orElse("")
                    : "rule set error";
            int n = e.problems().size();
            return new Entry(name, null, what + " (" + n + " problem" + (n == 1 ? "" : "s") + ")", e.problems());
        } catch (RuntimeException e) {
            // A fault in one evaluation (a rule set that leaves an area without a judgment, say) must not lose the
            // others: it is reported against its file, and the batch goes on.
            return new Entry(name, null, "internal error: " + e, List.of());
        }
    }

    private static void printText(List<Entry> entries, PrintWriter out, PrintWriter err) {
        for (Entry e : entries) {
            if (e.evaluated()) {
                out.println("== " + e.file() + " ==");
                out.println();
                out.print(TextReport.render(e.assessment()));
                out.println();
            } else {
                err.println("peel: " + e.file() + ": " + e.error());
                Problem.listing(e.problems()).forEach(line -> err.println("  " + line));
            }
        }
    }

    private static String json(Report report, Detail detail) {
        try {
            if (detail == Detail.FULL) {
                return JsonReport.write(report);
            }
            // Each assessment at the detail asked for, in the place the full report gives it.
            ObjectNode tree = JsonReport.toTree(report);
            for (int i = 0; i < report.submissions().size(); i++) {
                Entry e = report.submissions().get(i);
                if (e.evaluated()) {
                    ((ObjectNode) tree.path("submissions").get(i))
                            .set("assessment", JsonReport.tree(e.assessment(), detail));
                }
            }
            return JsonReport.write(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a batch report always serialises", e);
        }
    }
}
