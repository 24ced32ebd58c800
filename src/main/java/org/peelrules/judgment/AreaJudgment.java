package org.peelrules.judgment;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The judgment on one area: its grade (or why there is none), the descriptor it meets, the findings that
 * justify it and the characteristic assessments beneath them, with the {@link Explanation} of it. Immutable and
 * safe to share between threads.
 *
 * <p>Two judgments are equal when what they say is equal: every explanation equals every other, so comparing
 * judgments never works one out.
 *
 * @param area                          the area's id, e.g. {@code investigating-crime}
 * @param title                         the area's title, as a report heads it
 * @param shortName                     the area's name in the judgments table
 * @param outcome                       what the judgment is: a grade, or why there is none; {@link Outcome#GRADED}
 *                                      exactly when {@code grade} is set
 * @param grade                         the grade, or {@code null} unless the outcome is {@link Outcome#GRADED}
 * @param provisional                   for an area with too little evidence to grade, the grade its evidence
 *                                      points to so far, with its coverage; otherwise {@code null}
 * @param descriptor                    the descriptor of the grade, or a sentence saying why there is no grade
 * @param decidedBy                     the stable id of the rule that decided the outcome, e.g. {@code GP-12};
 *                                      empty when no rule can be named
 * @param causesOfConcern               the area's causes of concern, by topic
 * @param areasForImprovement           the area's areas for improvement, new and restated, by characteristic
 * @param nationalRecommendationsNotMet the national recommendations on the area that the force has not complied
 *                                      with, by characteristic, then year
 * @param innovativePractice            the area's innovative practice, by characteristic
 * @param otherShortfalls               shortfalls noted on characteristics otherwise demonstrated (mostly met):
 *                                      found, but not among the areas for improvement a report would publish, nor
 *                                      among {@link #findings()}; by characteristic
 * @param characteristics               the area's own characteristic assessments, by characteristic: the status of
 *                                      each of its characteristics and the evidence that decided it. Those of the
 *                                      victim service assessment that feed the area are under their own area, and
 *                                      in the {@link #trace()}
 * @param explanation                   how the rules reached the judgment and what keeps the area from the next
 *                                      tier up, worked out when first asked for
 */
public record AreaJudgment(
        String area,
        String title,
        String shortName,
        Outcome outcome,
        Grade grade,
        ProvisionalGrade provisional,
        String descriptor,
        String decidedBy,
        List<CauseOfConcern> causesOfConcern,
        List<AreaForImprovement> areasForImprovement,
        List<NationalRecommendationNotMet> nationalRecommendationsNotMet,
        List<InnovativePractice> innovativePractice,
        List<ShortfallNoted> otherShortfalls,
        List<CharacteristicAssessment> characteristics,
        Explanation explanation) {

    /**
     * Checks that the grade goes with the outcome and copies the lists, so that the judgment cannot change after
     * it is made. The lists are kept in the order given: the caller sorts them.
     *
     * @param area                          the area's id
     * @param title                         the area's title
     * @param shortName                     the area's name in the judgments table
     * @param outcome                       what the judgment is
     * @param grade                         the grade, or {@code null} unless the outcome is {@link Outcome#GRADED}
     * @param provisional                   the grade the evidence points to so far, or {@code null}
     * @param descriptor                    the descriptor of the grade, or why there is none
     * @param decidedBy                     the id of the rule that decided the outcome
     * @param causesOfConcern               the area's causes of concern
     * @param areasForImprovement           the area's areas for improvement
     * @param nationalRecommendationsNotMet the national recommendations on the area not complied with
     * @param innovativePractice            the area's innovative practice
     * @param otherShortfalls               shortfalls noted that a report would not publish
     * @param characteristics               the area's own characteristic assessments
     * @param explanation                   the explanation of the judgment
     * @throws IllegalArgumentException when a grade is given with an outcome other than {@link Outcome#GRADED},
     *                                  or none with it
     */
    public AreaJudgment {
        if ((outcome == Outcome.GRADED) != (grade != null)) {
            throw new IllegalArgumentException("a grade goes with the graded outcome, and only with it");
        }
        causesOfConcern = List.copyOf(causesOfConcern);
        areasForImprovement = List.copyOf(areasForImprovement);
        nationalRecommendationsNotMet = List.copyOf(nationalRecommendationsNotMet);
        innovativePractice = List.copyOf(innovativePractice);
        otherShortfalls = List.copyOf(otherShortfalls);
        characteristics = List.copyOf(characteristics);
        // Without one, trace() would fail far from here, when a report first asks for it.
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * How the rules reached the judgment, step by step, with the rule behind each step; worked out when first
     * asked for.
     *
     * @return the trace
     * @throws org.peelrules.errors.RuleSetFaultException if working it out passes the evaluation's budget: the
     *     evaluation is run again recording every derivation, under the same budget; with the same rules and
     *     evidence, only its wall time can differ from the evaluation's
     */
    public Trace trace() {
        return explanation.trace();
    }

    /**
     * What keeps the area from the next tier up (or from a grade at all, when it has none); worked out when first
     * asked for.
     *
     * @return what keeps the area from the next tier up; {@code null} for an outstanding area, one the framework
     *         does not grade here, or one the grading policy cannot be asked about faithfully
     * @throws org.peelrules.errors.RuleSetFaultException if working it out passes the evaluation's budget: the
     *     evaluation is run again recording every derivation, and the grading policy is asked about the next
     *     tiers, each under the same budget
     */
    public WhyNotHigher whyNotHigher() {
        return explanation.whyNotHigher();
    }

    /**
     * Every finding of the area a report would publish: causes of concern, areas for improvement, national
     * recommendations not complied with, innovative practice.
     *
     * @return an unmodifiable list of them, in that order; other shortfalls noted are left out
     */
    public List<Finding> findings() {
        return Stream.of(causesOfConcern, areasForImprovement, nationalRecommendationsNotMet, innovativePractice)
                .flatMap(List::stream).map(Finding.class::cast).toList();
    }

    /** Names the judgment without its lists, which can run long, or its explanation, which may not be worked out. */
    @Override
    public String toString() {
        return "AreaJudgment[area=" + area + ", outcome=" + outcome + ", grade=" + grade + ", decidedBy=" + decidedBy
                + "]";
    }
}
