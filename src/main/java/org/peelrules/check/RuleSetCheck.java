package org.peelrules.check;

import org.peelrules.Budget;
import org.peelrules.Evaluator;
import org.peelrules.RuleSetFaultException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.peelrules.Problem;
import org.peelrules.RuleSet;
import org.peelrules.RuleSetException;
import org.peelrules.internal.ruleset.RuleSetLoader;
import org.peelrules.evidence.Submission;

/**
 * Checks a rule set folder the way {@code peel rules check} does: everything {@link RuleSet#load(Path)}
 * checks (reported as errors), then, when it loads, the lint a policy team wants before it commits
 * (see {@code docs/authoring-rules.md}). Every diagnostic names its file, line and column.
 */
public final class RuleSetCheck {
    private RuleSetCheck() {
    }

    /** How much a problem matters: whether the rule set can be used. */
    public enum Severity {
        /** The rule set cannot be used, or an evaluation with it can fail. */
        ERROR,
        /** Something in the rule set has no effect, which is usually a mistake. */
        WARNING,
        /** Worth knowing, often intended. */
        INFO;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One thing found.
     *
     * @param where {@code file:line:column}, the file relative to the rule set folder
     */
    public record Diagnostic(Severity severity, String where, String message) {
        @Override
        public String toString() {
            return where + ": " + severity.label() + ": " + message;
        }
    }

    /** Everything found in one rule set, errors first, then in file, line and column order. */
    public record Result(String ruleSet, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public List<Diagnostic> of(Severity severity) {
            return diagnostics.stream().filter(d -> d.severity() == severity).toList();
        }

        /** Whether the rule set has no errors (warnings and notes allowed). */
        public boolean ok() {
            return of(Severity.ERROR).isEmpty();
        }
    }

    /** As {@link #check(Path, Budget)} with the {@linkplain Budget#DEFAULT default budget}. */
    public static Result check(Path folder) {
        return check(folder, Budget.DEFAULT);
    }

    /**
     * Loads, compiles and lints the rule set in {@code folder}; never throws for a mistake in the folder. What runs
     * the rules (the grading policy asked every pattern of findings, and an evaluation of a submission with no
     * evidence) runs under {@code budget}: a rule set that loops, inserts without end, recurses or throws is
     * reported as an error at the rules concerned, instead of keeping the check.
     */
    public static Result check(Path folder, Budget budget) {
        List<Diagnostic> found = new ArrayList<>();
        try {
            RuleSet ruleSet = RuleSet.load(folder);
            found.addAll(RuleLint.lint(folder, ruleSet, budget));
            found.addAll(withoutEvidence(ruleSet, budget));
        } catch (RuleSetException e) {
            e.problems().forEach(p -> found.add(new Diagnostic(Severity.ERROR, p.where(), p.message())));
        }
        Comparator<Diagnostic> order = Comparator.comparing(Diagnostic::severity)
                .thenComparing((a, b) -> RuleSetLoader.BY_LOCATION.compare(new Problem(a.where(), a.message()),
                        new Problem(b.where(), b.message())));
        return new Result(folder.toString(), found.stream().distinct().sorted(order).toList());
    }

    /**
     * Evaluates a submission with no evidence: the catalogue alone, which a rule that loops or inserts on the
     * catalogue's facts meets. A grading gap found here is the grading grid's to report.
     */
    private static List<Diagnostic> withoutEvidence(RuleSet ruleSet, Budget budget) {
        try {
            Evaluator.of(ruleSet).withBudget(budget).evaluate(new Submission(ruleSet.framework(), "rules check",
                    null, null, null, null, null, null, null));
            return List.of();
        } catch (RuleSetFaultException e) {
            return faulted("evaluating a submission with no evidence", e);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** A fault as errors: the fault at the first rule it names, then each rule it lists at its own place. */
    static List<Diagnostic> faulted(String doing, RuleSetFaultException e) {
        List<Problem> problems = e.problems();
        String first = e.getMessage().lines().findFirst().orElse("");
        List<Diagnostic> found = new ArrayList<>();
        found.add(new Diagnostic(Severity.ERROR, problems.isEmpty() ? RuleSetLoader.MANIFEST : located(problems.get(0)),
                "while " + doing + ", " + first.substring(first.indexOf("faulted: ") + "faulted: ".length())));
        for (Problem p : problems) {
            found.add(new Diagnostic(Severity.ERROR, located(p), p.message()));
        }
        return found;
    }

    /** A rule's {@code file:line} as a diagnostic's {@code file:line:column}. */
    private static String located(Problem p) {
        return p.where().matches(".*:\\d+") ? p.where() + ":1" : p.where();
    }
}
