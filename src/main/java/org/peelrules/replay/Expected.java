package org.peelrules.replay;

import java.util.List;
import org.peelrules.Grade;
import org.peelrules.Outcome;

/**
 * The published outcome of an inspection, as {@code expected.json} records it. Findings are matched to
 * derived ones by the characteristic (or, for a cause of concern, the topic) they concern.
 */
public record Expected(String source, String note, List<Area> judgments) {

    public Expected {
        judgments = judgments == null ? List.of() : List.copyOf(judgments);
    }

    /** The published judgment on one area. {@code outcome} defaults to graded when a grade is given. */
    public record Area(
            String area,
            Grade grade,
            Outcome outcome,
            List<Cause> causesOfConcern,
            List<Item> areasForImprovement,
            List<Item> innovativePractice,
            List<National> nationalRecommendationsNotMet) {

        public Area {
            causesOfConcern = causesOfConcern == null ? List.of() : List.copyOf(causesOfConcern);
            areasForImprovement = areasForImprovement == null ? List.of() : List.copyOf(areasForImprovement);
            innovativePractice = innovativePractice == null ? List.of() : List.copyOf(innovativePractice);
            nationalRecommendationsNotMet = nationalRecommendationsNotMet == null ? List.of()
                    : List.copyOf(nationalRecommendationsNotMet);
            if (outcome == null) {
                outcome = grade != null ? Outcome.GRADED : null;
            }
        }
    }

    /** A published cause of concern: its topic and the characteristics its recommendations address. */
    public record Cause(String topic, String title, List<Recommendation> recommendations) {
        public Cause {
            recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        }
    }

    public record Recommendation(String characteristic, Integer withinMonths, String text) {
    }

    /** A published area for improvement or innovative practice, with the characteristic it concerns. */
    public record Item(String characteristic, String text, String title) {
    }

    public record National(String characteristic, int year) {
    }
}
