package org.peelrules.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.peelrules.Evaluator;
import org.peelrules.errors.InvalidSubmissionException;
import org.peelrules.errors.PeelRulesException;
import org.peelrules.errors.Problem;
import org.peelrules.SubmissionReader;
import org.peelrules.evidence.Submission;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.Outcome;

/**
 * Replays cases: evaluates each case's evidence and compares it with the published outcome.
 * Thread-safe, like the evaluator it holds.
 */
public final class Replay {
    public static final String EVIDENCE = "evidence.json";
    public static final String EXPECTED = "expected.json";

    private final Evaluator evaluator;

    public Replay(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    /**
     * The case folders under {@code root}, in path order: {@code root} itself when it is a case, otherwise every
     * folder in it holding an evidence.json or an expected.json, and every such folder one level further down, in
     * a folder that is not a case itself ({@code examples/real/<case>}). A case missing either file is replayed
     * as a failed case, so it is reported rather than skipped.
     */
    public static List<Path> cases(Path root) {
        if (isCase(root)) {
            return List.of(root);
        }
        List<Path> cases = new ArrayList<>();
        for (Path child : folders(root)) {
            if (isCase(child)) {
                cases.add(child);
            } else {
                folders(child).stream().filter(Replay::isCase).forEach(cases::add);
            }
        }
        return cases;
    }

    private static List<Path> folders(Path parent) {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new InvalidSubmissionException(parent.toString(), List.of(new Problem("", "cannot list cases: "
                    + e.getMessage())));
        }
    }

    private static boolean isCase(Path folder) {
        return Files.isRegularFile(folder.resolve(EVIDENCE)) || Files.isRegularFile(folder.resolve(EXPECTED));
    }

    /**
     * Reads a case's expected.json; every problem with it (an unknown field, a value of the wrong kind) is reported
     * at once, each at its JSON pointer.
     */
    public static Expected expected(Path caseFolder) {
        Path file = caseFolder.resolve(EXPECTED);
        if (!Files.isRegularFile(file)) {
            throw new InvalidSubmissionException(file.toString(), List.of(new Problem("",
                    "a replay case needs an expected.json: a case that expects nothing proves nothing")));
        }
        return ExpectedReader.read(file);
    }

    /**
     * One case evaluated: its published outcome and the assessment, or why it could not be evaluated.
     *
     * @param expected   the published outcome, or {@code null} when expected.json is missing or unreadable
     * @param assessment the assessment, or {@code null} when the evidence could not be read or evaluated
     * @param error      what went wrong, or {@code null}
     */
    public record Run(String name, Path folder, Expected expected, Assessment assessment, String error) {
    }

    /** Evaluates one case folder without comparing; a case that cannot be read or evaluated carries its error. */
    public Run run(Path caseFolder) {
        return run(caseFolder, name(caseFolder));
    }

    /** As {@link #run(Path)}, naming the case as given: a nested case by its path under the corpus. */
    Run run(Path caseFolder, String name) {
        Expected expected = null;
        List<String> errors = new ArrayList<>();
        try {
            expected = expected(caseFolder);
        } catch (PeelRulesException e) {
            errors.add(e.getMessage());
        }
        Assessment assessment = null;
        try {
            if (!Files.isRegularFile(caseFolder.resolve(EVIDENCE))) {
                errors.add(caseFolder.resolve(EVIDENCE) + ": missing: a replay case needs the evidence it was judged on");
            } else {
                Submission submission = SubmissionReader.read(caseFolder.resolve(EVIDENCE));
                try {
                    assessment = evaluator.evaluate(submission);
                } catch (PeelRulesException e) {
                    // The checks against the rule set do not know which file the submission came from.
                    errors.add(caseFolder.resolve(EVIDENCE) + ": " + e.getMessage());
                }
            }
        } catch (PeelRulesException e) {
            errors.add(e.getMessage());
        } catch (RuntimeException e) {
            // A rule set whose grading policy leaves a gap fails here; the other cases still run.
            errors.add(caseFolder.resolve(EVIDENCE) + ": the evaluation failed: " + e.getMessage());
        }
        return new Run(name, caseFolder, expected, assessment, errors.isEmpty() ? null : String.join("\n", errors));
    }

    /** Replays one case folder; a case that cannot be read gives a result carrying the error. */
    public CaseResult replay(Path caseFolder) {
        return result(run(caseFolder));
    }

    /**
     * Replays every case under each root, in the order given. A root that is not a folder or holds no case
     * is reported as a failed case named after it, and the other roots still run.
     */
    public List<CaseResult> replayAll(List<Path> roots) {
        return replayAll(roots, Progress.NONE);
    }

    /** As {@link #replayAll(List)}, telling {@code progress} as each case is done. */
    public List<CaseResult> replayAll(List<Path> roots, Progress progress) {
        return runAll(roots, progress).stream().map(Replay::result).toList();
    }

    /** Evaluates every case under each root, as {@link #replayAll} does, without comparing. */
    public List<Run> runAll(List<Path> roots) {
        return runAll(roots, Progress.NONE);
    }

    /** As {@link #runAll(List)}, telling {@code progress} as each case is done. */
    public List<Run> runAll(List<Path> roots, Progress progress) {
        List<Run> located = located(roots);
        List<Run> runs = new ArrayList<>(located.size());
        progress.update(0, located.size());
        for (Run c : located) {
            runs.add(c.error() != null ? c : run(c.folder(), c.name()));
            progress.update(runs.size(), located.size());
        }
        return List.copyOf(runs);
    }

    /**
     * Every case under each root, named as a replay names it, not yet evaluated: a run without an assessment, or
     * carrying why a root holds no case.
     */
    static List<Run> located(List<Path> roots) {
        List<Run> located = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                located.add(new Run(root.toString(), root, null, null, root + ": not a folder"));
                continue;
            }
            List<Path> folders = cases(root);
            if (folders.isEmpty()) {
                located.add(new Run(root.toString(), root, null, null, root + ": no replay cases (folders holding "
                        + EVIDENCE + " and " + EXPECTED + ")"));
            }
            // A case is named by its path under the root: rp-good, or real/west-mercia when nested.
            folders.forEach(f -> located.add(new Run(f.equals(root) ? name(f)
                    : root.relativize(f).toString().replace(java.io.File.separatorChar, '/'), f, null, null, null)));
        }
        return located;
    }

    private static String name(Path caseFolder) {
        return caseFolder.getFileName() == null ? caseFolder.toString() : caseFolder.getFileName().toString();
    }

    /**
     * An acceptance check for {@link org.peelrules.RuleSetHolder#reload(Path, Function)}: a rule set is
     * accepted when every case under the roots replays and agrees; otherwise each failed case and each
     * disagreeing area is a problem, named {@code case} or {@code case/area}.
     */
    public static Function<Evaluator, List<Problem>> acceptance(Path... roots) {
        List<Path> corpus = List.of(roots);
        return evaluator -> {
            List<Problem> problems = new ArrayList<>();
            for (CaseResult c : new Replay(evaluator).replayAll(corpus)) {
                if (c.error() != null) {
                    problems.add(new Problem(c.name(), c.error().lines().findFirst().orElse("")));
                }
                c.areas().stream().filter(a -> !a.agrees()).forEach(a ->
                        problems.add(new Problem(c.name() + "/" + a.area(), ReplayText.describe(a))));
            }
            return problems;
        };
    }

    /** The comparison of a run with its published outcome. */
    public static CaseResult result(Run run) {
        if (run.error() != null) {
            return CaseResult.failed(run.name(), run.error());
        }
        if (run.expected().judgments().isEmpty()) {
            return CaseResult.failed(run.name(), run.folder().resolve(EXPECTED) + ": lists no judgments: a case that "
                    + "expects nothing proves nothing");
        }
        return compare(run.name(), run.expected(), run.assessment());
    }

    /**
     * Compares an assessment with a published outcome, area by area, scoring only what expected.json gives: an
     * area entry's grade or outcome if it gives one, and each list of findings it gives.
     */
    public static CaseResult compare(String name, Expected expected, Assessment assessment) {
        List<AreaResult> areas = new ArrayList<>();
        boolean restatements = expected.recordsRestatements();
        for (Expected.Area e : expected.judgments()) {
            AreaJudgment derived = assessment.judgment(e.area()).orElse(null);
            if (derived == null) {
                areas.add(new AreaResult(e.area(), e.grade(), e.outcome(), null, null, List.of(),
                        List.of("area \"" + e.area() + "\" is not in the rule set"), e.partial()));
                continue;
            }
            List<String> errors = new ArrayList<>();
            if (!e.assertsAnything()) {
                // An entry that asserts nothing would agree with any evaluation.
                errors.add("expected.json gives area \"" + e.area() + "\" neither a grade nor an outcome");
            } else if (e.outcome() != null && e.outcome() != Outcome.GRADED && e.grade() != null) {
                errors.add("expected.json gives area \"" + e.area() + "\" the outcome " + e.outcome().label()
                        + " with a grade");
            }
            areas.add(new AreaResult(e.area(), e.grade(), e.outcome(), derived.grade(), derived.outcome(),
                    derived.provisional() == null ? null : derived.provisional().grade(),
                    Scoring.findings(e, derived, restatements), errors, e.partial()));
        }
        return new CaseResult(name, areas, null);
    }
}
