package org.peelrules;

import java.util.List;

/**
 * The judgment on one area: its grade (or why there is none), the descriptor it meets, the findings that
 * justify it and the characteristic assessments beneath them.
 *
 * @param grade      the grade, or {@code null} unless the outcome is {@link Outcome#GRADED}
 * @param descriptor the descriptor of the grade, or a sentence saying why there is no grade
 * @param decidedBy  the id of the rule that decided the outcome
 * @param trace      how the rules reached the judgment, step by step, with the rule behind each step
 * @param whyNotHigher what keeps the area from the next tier up (or from a grade at all, when it has none);
 *                   {@code null} for an outstanding area, one the framework does not grade here, or one the
 *                   grading policy cannot be asked about faithfully
 */
public record AreaJudgment(
        String area,
        String title,
        String shortName,
        Outcome outcome,
        Grade grade,
        String descriptor,
        String decidedBy,
        List<CauseOfConcern> causesOfConcern,
        List<AreaForImprovement> areasForImprovement,
        List<NationalRecommendationNotMet> nationalRecommendationsNotMet,
        List<InnovativePractice> innovativePractice,
        List<CharacteristicAssessment> characteristics,
        Trace trace,
        WhyNotHigher whyNotHigher) {

    public AreaJudgment {
        causesOfConcern = List.copyOf(causesOfConcern);
        areasForImprovement = List.copyOf(areasForImprovement);
        nationalRecommendationsNotMet = List.copyOf(nationalRecommendationsNotMet);
        innovativePractice = List.copyOf(innovativePractice);
        characteristics = List.copyOf(characteristics);
        if ((outcome == Outcome.GRADED) != (grade != null)) {
            throw new IllegalArgumentException("a grade goes with the graded outcome, and only with it");
        }
    }

    /** Every finding of the area: causes of concern, areas for improvement, national recommendations, practice. */
    public List<Finding> findings() {
        return java.util.stream.Stream.of(causesOfConcern, areasForImprovement, nationalRecommendationsNotMet,
                innovativePractice).flatMap(List::stream).map(Finding.class::cast).toList();
    }
}
