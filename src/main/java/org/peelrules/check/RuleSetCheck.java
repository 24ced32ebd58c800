package org.peelrules.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.peelrules.Problem;
import org.peelrules.RuleSet;
import org.peelrules.RuleSetException;
import org.peelrules.internal.ruleset.RuleSetLoader;

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

    /** Loads, compiles and lints the rule set in {@code folder}; never throws for a mistake in the folder. */
    public static Result check(Path folder) {
        List<Diagnostic> found = new ArrayList<>();
        try {
            RuleSet ruleSet = RuleSet.load(folder);
            found.addAll(RuleLint.lint(folder, ruleSet));
        } catch (RuleSetException e) {
            e.problems().forEach(p -> found.add(new Diagnostic(Severity.ERROR, p.where(), p.message())));
        }
        Comparator<Diagnostic> order = Comparator.comparing(Diagnostic::severity)
                .thenComparing((a, b) -> RuleSetLoader.BY_LOCATION.compare(new Problem(a.where(), a.message()),
                        new Problem(b.where(), b.message())));
        return new Result(folder.toString(), found.stream().distinct().sorted(order).toList());
    }
}
