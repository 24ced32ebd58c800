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
     * A judgment with its explanations given.
     *
     * @param grade        the grade, or {@code null} unless the outcome is {@link Outcome#GRADED}
     * @param descriptor   the descriptor of the grade, or a sentence saying why there is no grade
     * @param decidedBy    the id of the rule that decided the outcome
     * @param trace        how the rules reached the judgment
     * @param whyNotHigher what keeps the area from the next tier up, or {@code null}
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

    /** A judgment whose explanations are worked out on first use; the suppliers must be thread-safe. */
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

    public String area() {
        return area;
    }

    public String title() {
        return title;
    }

    public String shortName() {
        return shortName;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The grade, or {@code null} unless the outcome is {@link Outcome#GRADED}. */
    public Grade grade() {
        return grade;
    }

    /**
     * For an area with too little evidence to grade, the grade its evidence points to so far, with its coverage;
     * {@code null} for a graded area or one without any evidence.
     */
    public ProvisionalGrade provisional() {
        return provisional;
    }

    /** The descriptor of the grade, or a sentence saying why there is no grade. */
    public String descriptor() {
        return descriptor;
    }

    /** The id of the rule that decided the outcome. */
    public String decidedBy() {
        return decidedBy;
    }

    public List<CauseOfConcern> causesOfConcern() {
        return causesOfConcern;
    }

    public List<AreaForImprovement> areasForImprovement() {
        return areasForImprovement;
    }

    public List<NationalRecommendationNotMet> nationalRecommendationsNotMet() {
        return nationalRecommendationsNotMet;
    }

    public List<InnovativePractice> innovativePractice() {
        return innovativePractice;
    }

    /**
     * Shortfalls noted on characteristics otherwise demonstrated (mostly met): found, but not among the areas for
     * improvement a report would publish.
     */
    public List<ShortfallNoted> otherShortfalls() {
        return otherShortfalls;
    }

    public List<CharacteristicAssessment> characteristics() {
        return characteristics;
    }

    /** How the rules reached the judgment, step by step, with the rule behind each step. */
    public Trace trace() {
        return trace.get();
    }

    /**
     * What keeps the area from the next tier up (or from a grade at all, when it has none); {@code null} for an
     * outstanding area, one the framework does not grade here, or one the grading policy cannot be asked about
     * faithfully.
     */
    public WhyNotHigher whyNotHigher() {
        return whyNotHigher.get();
    }

    /** Every finding of the area: causes of concern, areas for improvement, national recommendations, practice. */
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
