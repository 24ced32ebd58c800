package org.peelrules.judgment;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The judgment on one area: its grade (or why there is none), the descriptor it meets, the findings that
 * justify it and the characteristic assessments beneath them. Immutable and safe to share between threads.
 *
 * <p>The explanations, {@link #trace()} and {@link #whyNotHigher()}, are worked out from the evaluation's
 * facts when first asked for (once, whichever thread asks), not during the evaluation: most callers want the
 * grades and findings, and "why not higher" asks the grading policy again for every area. They follow from the
 * other components and the rule set, so {@link #equals} compares the judgment itself and never works them out.
 */
public final class AreaJudgment {
    private final String area;
    private final String title;
    private final String shortName;
    private final Outcome outcome;
    private final Grade grade;
    private final String descriptor;
    private final String decidedBy;
    private final List<CauseOfConcern> causesOfConcern;
    private final List<AreaForImprovement> areasForImprovement;
    private final List<NationalRecommendationNotMet> nationalRecommendationsNotMet;
    private final List<InnovativePractice> innovativePractice;
    private final List<ShortfallNoted> otherShortfalls;
    private final List<CharacteristicAssessment> characteristics;
    private final ProvisionalGrade provisional;
    private final Supplier<Trace> trace;
    private final Supplier<WhyNotHigher> whyNotHigher;

    /**
     * A judgment with its explanations given, without a provisional grade or other shortfalls noted. The lists
     * are copied as they are given: the caller sorts them.
     *
     * @param area                          the area's id, e.g. {@code investigating-crime}
     * @param title                         the area's title, as a report heads it
     * @param shortName                     the area's name in the judgments table
     * @param outcome                       what the judgment is: a grade, or why there is none
     * @param grade                         the grade, or {@code null} unless the outcome is {@link Outcome#GRADED}
     * @param descriptor                    the descriptor of the grade, or a sentence saying why there is no grade
     * @param decidedBy                     the id of the rule that decided the outcome
     * @param causesOfConcern               the area's causes of concern
     * @param areasForImprovement           the area's areas for improvement
     * @param nationalRecommendationsNotMet the national recommendations on the area not complied with
     * @param innovativePractice            the area's innovative practice
     * @param characteristics               the area's own characteristic assessments
     * @param trace                         how the rules reached the judgment
     * @param whyNotHigher                  what keeps the area from the next tier up, or {@code null}
     * @throws IllegalArgumentException when a grade is given with an outcome other than {@link Outcome#GRADED},
     *                                  or none with it
     */
    public AreaJudgment(String area, String title, String shortName, Outcome outcome, Grade grade, String descriptor,
                        String decidedBy, List<CauseOfConcern> causesOfConcern,
                        List<AreaForImprovement> areasForImprovement,
                        List<NationalRecommendationNotMet> nationalRecommendationsNotMet,
                        List<InnovativePractice> innovativePractice, List<CharacteristicAssessment> characteristics,
                        Trace trace, WhyNotHigher whyNotHigher) {
        this(area, title, shortName, outcome, grade, null, descriptor, decidedBy, causesOfConcern,
                areasForImprovement, nationalRecommendationsNotMet, innovativePractice, List.of(), characteristics,
                () -> trace, () -> whyNotHigher);
    }

    /**
     * A judgment whose explanations are worked out on first use; the suppliers must be thread-safe. The lists are
     * copied as they are given: the caller sorts them.
     *
     * @param area                          the area's id, e.g. {@code investigating-crime}
     * @param title                         the area's title, as a report heads it
     * @param shortName                     the area's name in the judgments table
     * @param outcome                       what the judgment is: a grade, or why there is none
     * @param grade                         the grade, or {@code null} unless the outcome is {@link Outcome#GRADED}
     * @param provisional                   for an area with too little evidence to grade, the grade its evidence
     *                                      points to so far; otherwise {@code null}
     * @param descriptor                    the descriptor of the grade, or a sentence saying why there is no grade
     * @param decidedBy                     the id of the rule that decided the outcome
     * @param causesOfConcern               the area's causes of concern
     * @param areasForImprovement           the area's areas for improvement
     * @param nationalRecommendationsNotMet the national recommendations on the area not complied with
     * @param innovativePractice            the area's innovative practice
     * @param otherShortfalls               shortfalls noted on characteristics otherwise demonstrated, which a
     *                                      report would not publish as areas for improvement
     * @param characteristics               the area's own characteristic assessments
     * @param trace                         works out how the rules reached the judgment; asked whenever
     *                                      {@link #trace()} is, so it should work the trace out once and keep it
     * @param whyNotHigher                  works out what keeps the area from the next tier up, or gives
     *                                      {@code null}; asked whenever {@link #whyNotHigher()} is, so it should
     *                                      work the answer out once and keep it
     * @throws IllegalArgumentException when a grade is given with an outcome other than {@link Outcome#GRADED},
     *                                  or none with it
     */
    public AreaJudgment(String area, String title, String shortName, Outcome outcome, Grade grade,
                 ProvisionalGrade provisional, String descriptor,
                 String decidedBy, List<CauseOfConcern> causesOfConcern, List<AreaForImprovement> areasForImprovement,
                 List<NationalRecommendationNotMet> nationalRecommendationsNotMet,
                 List<InnovativePractice> innovativePractice, List<ShortfallNoted> otherShortfalls,
                 List<CharacteristicAssessment> characteristics, Supplier<Trace> trace, Supplier<WhyNotHigher> whyNotHigher) {
        if ((outcome == Outcome.GRADED) != (grade != null)) {
            throw new IllegalArgumentException("a grade goes with the graded outcome, and only with it");
        }
        this.area = area;
        this.title = title;
        this.shortName = shortName;
        this.outcome = outcome;
        this.grade = grade;
        this.provisional = provisional;
        this.descriptor = descriptor;
        this.decidedBy = decidedBy;
        this.causesOfConcern = List.copyOf(causesOfConcern);
        this.areasForImprovement = List.copyOf(areasForImprovement);
        this.nationalRecommendationsNotMet = List.copyOf(nationalRecommendationsNotMet);
        this.innovativePractice = List.copyOf(innovativePractice);
        this.otherShortfalls = List.copyOf(otherShortfalls);
        this.characteristics = List.copyOf(characteristics);
        this.trace = trace;
        this.whyNotHigher = whyNotHigher;
    }

    /**
     * The area judged.
     *
     * @return the area's id, e.g. {@code investigating-crime}
     */
    public String area() {
        return area;
    }

    /**
     * The area's title.
     *
     * @return the title as a report heads the area
     */
    public String title() {
        return title;
    }

    /**
     * The area's short name.
     *
     * @return the name the judgments table shows under the area's grade
     */
    public String shortName() {
        return shortName;
    }

    /**
     * What the judgment is: a grade, or why there is none.
     *
     * @return the outcome; {@link Outcome#GRADED} exactly when {@link #grade()} is set
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * The grade.
     *
     * @return the grade, or {@code null} unless the outcome is {@link Outcome#GRADED}
     */
    public Grade grade() {
        return grade;
    }

    /**
     * For an area with too little evidence to grade, the grade its evidence points to so far, with its coverage.
     *
     * @return the provisional grade; {@code null} unless the outcome is {@link Outcome#INSUFFICIENT_EVIDENCE} and
     *         the evidence so far meets a descriptor
     */
    public ProvisionalGrade provisional() {
        return provisional;
    }

    /**
     * What the judgment says of the force.
     *
     * @return the descriptor of the grade, or a sentence saying why there is no grade
     */
    public String descriptor() {
        return descriptor;
    }

    /**
     * The rule that decided the outcome.
     *
     * @return the rule's stable id, e.g. {@code GP-12}; empty when no rule can be named
     */
    public String decidedBy() {
        return decidedBy;
    }

    /**
     * The area's causes of concern.
     *
     * @return an unmodifiable list, by topic
     */
    public List<CauseOfConcern> causesOfConcern() {
        return causesOfConcern;
    }

    /**
     * The area's areas for improvement, new and restated.
     *
     * @return an unmodifiable list, by characteristic
     */
    public List<AreaForImprovement> areasForImprovement() {
        return areasForImprovement;
    }

    /**
     * The national recommendations on the area that the force has not complied with.
     *
     * @return an unmodifiable list, by characteristic, then year
     */
    public List<NationalRecommendationNotMet> nationalRecommendationsNotMet() {
        return nationalRecommendationsNotMet;
    }

    /**
     * The area's innovative practice.
     *
     * @return an unmodifiable list, by characteristic
     */
    public List<InnovativePractice> innovativePractice() {
        return innovativePractice;
    }

    /**
     * Shortfalls noted on characteristics otherwise demonstrated (mostly met): found, but not among the areas for
     * improvement a report would publish.
     *
     * @return an unmodifiable list, by characteristic; not among {@link #findings()}
     */
    public List<ShortfallNoted> otherShortfalls() {
        return otherShortfalls;
    }

    /**
     * The area's own characteristic assessments: the status of each of its characteristics and the evidence
     * that decided it. Those of the victim service assessment that feed the area are under their own area, and
     * in the {@link #trace()}.
     *
     * @return an unmodifiable list, by characteristic
     */
    public List<CharacteristicAssessment> characteristics() {
        return characteristics;
    }

    /**
     * How the rules reached the judgment, step by step, with the rule behind each step.
     *
     * @return the trace
     */
    public Trace trace() {
        return trace.get();
    }

    /**
     * What keeps the area from the next tier up (or from a grade at all, when it has none); {@code null} for an
     * outstanding area, one the framework does not grade here, or one the grading policy cannot be asked about
     * faithfully.
     *
     * @return what keeps the area from the next tier up, or {@code null}
     */
    public WhyNotHigher whyNotHigher() {
        return whyNotHigher.get();
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

    /** What the judgment says; the explanations of it are left to be worked out only when asked for. */
    private List<Object> components() {
        return java.util.Arrays.asList(area, title, shortName, outcome, grade, provisional, descriptor, decidedBy,
                causesOfConcern, areasForImprovement, nationalRecommendationsNotMet, innovativePractice,
                otherShortfalls, characteristics);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof AreaJudgment other && components().equals(other.components());
    }

    @Override
    public int hashCode() {
        return components().hashCode();
    }

    @Override
    public String toString() {
        return "AreaJudgment[area=" + area + ", outcome=" + outcome + ", grade=" + grade + ", decidedBy=" + decidedBy
                + "]";
    }
}
