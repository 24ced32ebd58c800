package org.peelrules.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peelrules.errors.Problem;
import org.peelrules.errors.RuleSetFaultException;
import org.peelrules.internal.ruleset.RuleSetFiles;

/**
 * One thing a rule set check found.
 *
 * @param code    what kind of thing, stable across releases (see {@link RuleSetCheck.Codes})
 * @param subject the id the diagnostic is about (a measure, a standard, a characteristic), or empty
 * @param where   {@code file:line:column}, the file relative to the rule set folder
 */
public record Diagnostic(Severity severity, String code, String subject, String where, String message) {
    @Override
    public String toString() {
        return where + ": " + severity.label() + ": " + message;
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

    /** A fault as errors: the fault at the first rule it names, then each rule it lists at its own place. */
    static List<Diagnostic> faulted(String doing, RuleSetFaultException e) {
        List<Problem> problems = e.problems();
        String first = e.getMessage().lines().findFirst().orElse("");
        List<Diagnostic> found = new ArrayList<>();
        found.add(new Diagnostic(Severity.ERROR, RuleSetCheck.Codes.FAULT, "",
                problems.isEmpty() ? RuleSetFiles.MANIFEST : located(problems.get(0)),
                "while " + doing + ", " + first.substring(first.indexOf("faulted: ") + "faulted: ".length())));
        for (Problem p : problems) {
            found.add(new Diagnostic(Severity.ERROR, RuleSetCheck.Codes.FAULT, "", located(p), p.message()));
        }
        return found;
    }

    /** A rule's {@code file:line} as a diagnostic's {@code file:line:column}. */
    private static String located(Problem p) {
        return p.where().matches(".*:\\d+") ? p.where() + ":1" : p.where();
    }
}
