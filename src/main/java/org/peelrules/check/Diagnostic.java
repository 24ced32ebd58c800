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
 * @param code    what kind of thing, stable across releases (see {@link Codes})
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
        found.add(new Diagnostic(Severity.ERROR, Codes.FAULT, "",
                problems.isEmpty() ? RuleSetFiles.MANIFEST : located(problems.get(0)),
                "while " + doing + ", " + first.substring(first.indexOf("faulted: ") + "faulted: ".length())));
        for (Problem p : problems) {
            found.add(new Diagnostic(Severity.ERROR, Codes.FAULT, "", located(p), p.message()));
        }
        return found;
    }

    /** A rule's {@code file:line} as a diagnostic's {@code file:line:column}. */
    private static String located(Problem p) {
        return p.where().matches(".*:\\d+") ? p.where() + ":1" : p.where();
    }

    /** The stable code of each kind of diagnostic: what an acknowledgement names. */
    public static final class Codes {
        /** Anything that stops the rule set loading (its message says what). */
        public static final String DOES_NOT_LOAD = "does-not-load";
        /** A {@code metric} measure no rule reads; the subject is the measure's id. */
        public static final String MEASURE_UNREAD = "measure-read-by-no-rule";
        /** A standard no rule reads; the subject is the standard's id. */
        public static final String STANDARD_UNREAD = "standard-read-by-no-rule";
        /** A measure id the submission schema refuses; the subject is the measure's id. */
        public static final String MEASURE_ID_REFUSED = "measure-id-refused-by-submissions";
        /** A characteristic id the submission schema refuses; the subject is the characteristic's id. */
        public static final String CHARACTERISTIC_ID_REFUSED = "characteristic-id-refused-by-submissions";
        /** A characteristic assessed from observations alone (a note); the subject is its id. */
        public static final String OBSERVED_ONLY = "characteristic-assessed-from-observations-only";
        /** Patterns of findings the grading policy judges not exactly once; the subject is the rules involved. */
        public static final String GRADING_GAP = "grading-policy-gap";
        /** A rule that faulted while the check ran it: passed its budget, overflowed the stack or threw. */
        public static final String FAULT = "rule-set-fault";
        /** An acknowledgement that matches no warning any more; the subject is "code subject". */
        public static final String ACKNOWLEDGEMENT_UNUSED = "acknowledgement-matches-nothing";
        /** The acknowledgements file does not read or has the wrong form. */
        public static final String ACKNOWLEDGEMENTS_UNREADABLE = "acknowledgements-unreadable";

        private Codes() {
        }
    }
}
