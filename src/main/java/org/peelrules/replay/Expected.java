package org.peelrules.replay;

import java.util.List;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;

/**
 * The published outcome of an inspection, as {@code expected.json} records it. It asserts only what it gives:
 * an area it leaves out is not scored, and neither is a grade, outcome or list of findings an area entry leaves
 * out. Findings are matched to derived ones by the characteristic (or, for a cause of concern, the topic) they
 * concern. docs/replay.md describes every field.
 */
public record Expected(String source, String note, List<Area> judgments) {

    public Expected {
        judgments = judgments == null ? List.of() : List.copyOf(judgments);
    }

    /**
     * The published judgment on one area. {@code outcome} defaults to graded when a grade is given. Each list is
     * {@code null} when expected.json leaves it out, and is then not scored; a list given, even empty, is.
     *
     * @param partial whether the lists name published findings but not necessarily all of them: each one listed is
     *                scored, found or missing, but a derived finding not listed is not counted as extra; false
     *                when not given, never {@code null}
     */
    public record Area(
            String area,
            Grade grade,
            Outcome outcome,
            Boolean partial,
            List<Cause> causesOfConcern,
            List<Item> areasForImprovement,
            List<Item> innovativePractice,
            List<National> nationalRecommendationsNotMet) {

        public Area {
            partial = Boolean.TRUE.equals(partial);
            causesOfConcern = copy(causesOfConcern);
            areasForImprovement = copy(areasForImprovement);
            innovativePractice = copy(innovativePractice);
            nationalRecommendationsNotMet = copy(nationalRecommendationsNotMet);
            if (outcome == null) {
                outcome = grade != null ? Outcome.GRADED : null;
            }
        }

        /** Whether the entry gives a grade or an outcome to score. */
        public boolean assertsOutcome() {
            return outcome != null;
        }

        /** Whether the entry asserts anything at all: an outcome, or a list of findings. */
        public boolean assertsAnything() {
            return assertsOutcome() || causesOfConcern != null || areasForImprovement != null
                    || innovativePractice != null || nationalRecommendationsNotMet != null;
        }
    }

    /**
     * A published cause of concern: its topic and the characteristics its recommendations address.
     *
     * @param topic           the topic it concerns, or {@code null} to match any cause of concern derived in the area
     * @param recommendations {@code null} when expected.json leaves them out, and they are then not scored
     */
    public record Cause(String topic, String title, List<Recommendation> recommendations) {
        public Cause {
            recommendations = copy(recommendations);
        }
    }

    /** A published recommendation of a cause of concern, with its deadline in months where stated. */
    public record Recommendation(String characteristic, Integer withinMonths, String text) {
    }

    /**
     * A published area for improvement or innovative practice, with the characteristic it concerns.
     *
     * @param restatedFrom for an area for improvement the report restates, the year it was first raised; else
     *                     {@code null}
     */
    public record Item(String characteristic, String text, String title, Integer restatedFrom) {
    }

    /**
     * Whether the case records which published areas for improvement are restated: once one gives
     * {@code restatedFrom}, those that do not are taken as published new.
     */
    public boolean recordsRestatements() {
        return judgments.stream().filter(a -> a.areasForImprovement() != null)
                .flatMap(a -> a.areasForImprovement().stream()).anyMatch(i -> i.restatedFrom() != null);
    }

    /** A published national recommendation not met, by characteristic and year. */
    public record National(String characteristic, int year) {
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
