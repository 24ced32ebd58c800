package org.peelrules.check;

import java.util.List;
import org.peelrules.evidence.Submission;

/**
 * One scenario a policy team wrote beside a rule set: a few evidence items and what the rules must make of
 * them. Read from {@code scenarios/*.yaml} by {@link Scenarios}.
 *
 * @param name     what the scenario shows, as a sentence
 * @param where    {@code file:line:column} of the scenario in its file
 * @param evidence the evidence, read and checked as a submission is
 * @param expected what must come out, each with its own place in the file
 */
public record Scenario(String name, String where, Submission evidence, List<Expectation> expected) {

    public Scenario {
        expected = List.copyOf(expected);
    }

    /** What one scenario line expects, in the words of the file. */
    public enum Kind {
        STATUS("status", "the status of characteristic"),
        CAUSE_OF_CONCERN("causes-of-concern", "a cause of concern on topic"),
        AREA_FOR_IMPROVEMENT("areas-for-improvement", "an area for improvement on"),
        SHORTFALL_NOTED("shortfalls-noted", "a shortfall noted on"),
        INNOVATIVE_PRACTICE("innovative-practice", "innovative practice on"),
        NATIONAL_RECOMMENDATION("national-recommendations", "a national recommendation not complied with on"),
        GRADE("grade", "the grade of"),
        OUTCOME("outcome", "the outcome of"),
        PROVISIONAL_GRADE("provisional-grade", "the provisional grade of"),
        RULE_FIRED("rules-fired", "rule");

        private final String key;
        private final String words;

        Kind(String key, String words) {
            this.key = key;
            this.words = words;
        }

        /** The key under {@code expect:} that introduces it. */
        public String key() {
            return key;
        }

        /** How a report names what is expected, before its subject. */
        public String words() {
            return words;
        }

        /** Whether the file gives a value for each subject (a map) rather than a list of subjects. */
        public boolean valued() {
            return this == STATUS || this == GRADE || this == OUTCOME || this == PROVISIONAL_GRADE;
        }
    }

    /**
     * One thing a scenario expects.
     *
     * @param subject the characteristic, topic, area or rule id it is about
     * @param value   the status, grade or outcome expected (its enum constant's name); {@code null} for a finding
     *                or a rule, which are expected to be there
     * @param where   {@code file:line:column} of the expectation
     */
    public record Expectation(Kind kind, String subject, String value, String where) {
    }
}
