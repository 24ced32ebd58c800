package org.peelrules.judgment;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pattern of an area's characteristic assessments and causes of concern, which the grading policy reads.
 * Characteristics of the victim service assessment count towards the area they feed.
 *
 * <p>Every share is of the characteristics counting towards the area ({@code counting}): all its own in the
 * catalogue, not only those the evidence happened to reach, and those fed to it that the evidence assesses
 * (where the victim service assessment is silent, the area's own evidence decides). Evidence on one more of
 * its own characteristics can then only add to what the area is seen to demonstrate, and removing it can
 * never raise a grade. A provisional tally, made
 * for an area with too little evidence to grade, reads the same shares of the characteristics assessed so
 * far: the grade the evidence points to, not a grade.
 *
 * @param area        the id of the area tallied
 * @param provisional whether the shares are of the characteristics assessed so far rather than the catalogue
 * @param catalogued  the area's own characteristics
 * @param counting    the characteristics every share is of: the area's own and those fed to it that are
 *                    assessed, or for a provisional tally those of them assessed
 * @param assessed    characteristics counting towards the area that the evidence was enough to assess
 * @param exceeded    characteristics counting towards the area that are exceeded
 * @param met         characteristics counting towards the area that are met
 * @param mostlyMet   characteristics counting towards the area that are mostly met
 * @param partlyMet   characteristics counting towards the area that are partly met
 * @param notMet      characteristics counting towards the area that are not met
 * @param causesOfConcern the area's causes of concern
 * @param topicsOfConcern the topics of the area with a cause of concern
 * @param covered     of the area's own characteristics, those assessed: how far the evidence covers the area
 * @param nationalRecommendationsNotMet national recommendations on the area the force has not complied with
 * @param concernCounting     of {@code counting}, those in a topic with a cause of concern
 * @param concernAssessed     of {@code assessed}, those in a topic with a cause of concern
 * @param concernDemonstrated of the characteristics demonstrated, those in a topic with a cause of concern
 */
public record AreaTally(
        String area,
        boolean provisional,
        int catalogued,
        int counting,
        int assessed,
        int exceeded,
        int met,
        int mostlyMet,
        int partlyMet,
        int notMet,
        int causesOfConcern,
        int topicsOfConcern,
        int covered,
        int nationalRecommendationsNotMet,
        int concernCounting,
        int concernAssessed,
        int concernDemonstrated) {

    /**
     * The tally over the catalogue.
     *
     * @param area                    the id of the area tallied
     * @param catalogued              the area's own characteristics
     * @param counting                the characteristics counting towards the area: its own and those fed to it that
     *                                the evidence assesses
     * @param assessments             the assessments of the characteristics counting towards the area; any with
     *                                insufficient evidence are not counted as assessed
     * @param causes                  the area's causes of concern
     * @param nationalRecommendations the national recommendations on the area the force has not complied with
     * @return the tally, not provisional
     */
    public static AreaTally of(String area, int catalogued, int counting,
                               Collection<CharacteristicAssessment> assessments,
                               Collection<CauseOfConcern> causes,
                               Collection<NationalRecommendationNotMet> nationalRecommendations) {
        int exceeded = 0;
        int met = 0;
        int mostly = 0;
        int partly = 0;
        int notMet = 0;
        int covered = 0;
        for (CharacteristicAssessment a : assessments) {
            switch (a.status()) {
                case EXCEEDED -> exceeded++;
                case MET -> met++;
                case MOSTLY_MET -> mostly++;
                case PARTLY_MET -> partly++;
                case NOT_MET -> notMet++;
                case INSUFFICIENT_EVIDENCE -> {
                }
            }
            if (a.area().equals(area) && a.status() != Status.INSUFFICIENT_EVIDENCE) {
                covered++;
            }
        }
        Set<String> topics = new TreeSet<>();
        causes.forEach(c -> topics.add(c.topic()));
        // Causes of concern sit on the area's own topics, every characteristic of which counts, assessed or not.
        int concernCounting = 0;
        int concernAssessed = 0;
        int concernDemonstrated = 0;
        for (CharacteristicAssessment a : assessments) {
            if (topics.contains(a.topic()) && a.area().equals(area)) {
                concernCounting++;
                concernAssessed += a.status() == Status.INSUFFICIENT_EVIDENCE ? 0 : 1;
                concernDemonstrated += a.status().demonstrated() ? 1 : 0;
            }
        }
        return new AreaTally(area, false, catalogued, counting, exceeded + met + mostly + partly + notMet,
                exceeded, met, mostly, partly, notMet, causes.size(), topics.size(), covered,
                nationalRecommendations.size(), concernCounting, concernAssessed, concernDemonstrated);
    }

    /**
     * The same tally read over the characteristics assessed so far: what the evidence points to.
     *
     * @return a provisional tally whose shares are of the characteristics assessed
     */
    public AreaTally provisionalReading() {
        return new AreaTally(area, true, catalogued, assessed, assessed, exceeded, met, mostlyMet, partlyMet,
                notMet, causesOfConcern, topicsOfConcern, covered, nationalRecommendationsNotMet, concernAssessed,
                concernAssessed, concernDemonstrated);
    }

    /**
     * The same tally under another area's name: how the grading policy would read this pattern elsewhere.
     *
     * @param otherArea the id to give the tally
     * @return a tally with every count of this one, for {@code otherArea}
     */
    public AreaTally withArea(String otherArea) {
        return new AreaTally(otherArea, provisional, catalogued, counting, assessed, exceeded, met, mostlyMet,
                partlyMet, notMet, causesOfConcern, topicsOfConcern, covered, nationalRecommendationsNotMet,
                concernCounting, concernAssessed, concernDemonstrated);
    }

    /**
     * Characteristics exceeded, met or mostly met.
     *
     * @return how many characteristics counting towards the area are demonstrated
     */
    public int demonstrated() {
        return exceeded + met + mostlyMet;
    }

    /**
     * Characteristics exceeded or met in full, without gaps.
     *
     * @return how many characteristics counting towards the area are demonstrated in full
     */
    public int demonstratedInFull() {
        return exceeded + met;
    }

    /**
     * Characteristics partly met or not met.
     *
     * @return how many characteristics counting towards the area fall short
     */
    public int shortfalls() {
        return partlyMet + notMet;
    }

    /**
     * The share of the counted characteristics demonstrated (with or without gaps).
     *
     * @return {@link #demonstrated()} over {@code counting}, 0 to 1; 0 when nothing counts
     */
    public double demonstratedShare() {
        return share(demonstrated());
    }

    /**
     * The share of the characteristics outside the topics with a cause of concern that are demonstrated: how
     * sound the rest of the area is, by which a cause of concern is contained.
     *
     * @return the characteristics demonstrated outside the topics of concern over those counted there, 0 to 1;
     *         0 when nothing counts there
     */
    public double demonstratedShareOutsideConcern() {
        int rest = counting - concernCounting;
        return rest <= 0 ? 0 : (double) (demonstrated() - concernDemonstrated) / rest;
    }

    /**
     * The share of the counted characteristics demonstrated in full.
     *
     * @return {@link #demonstratedInFull()} over {@code counting}, 0 to 1; 0 when nothing counts
     */
    public double demonstratedInFullShare() {
        return share(demonstratedInFull());
    }

    /**
     * The share of the counted characteristics partly met or not met.
     *
     * @return {@link #shortfalls()} over {@code counting}, 0 to 1; 0 when nothing counts
     */
    public double shortfallShare() {
        return share(shortfalls());
    }

    /**
     * The share of the counted characteristics not met at all.
     *
     * @return {@code notMet} over {@code counting}, 0 to 1; 0 when nothing counts
     */
    public double notMetShare() {
        return share(notMet);
    }

    /**
     * The share of the counted characteristics exceeded.
     *
     * @return {@code exceeded} over {@code counting}, 0 to 1; 0 when nothing counts
     */
    public double exceededShare() {
        return share(exceeded);
    }

    /**
     * The share of the area's own characteristics with enough evidence to assess.
     *
     * @return {@code covered} over {@code catalogued}, 0 to 1; 0 when the area has none of its own
     */
    public double coverage() {
        return catalogued == 0 ? 0 : (double) covered / catalogued;
    }

    private double share(int count) {
        return counting == 0 ? 0 : (double) count / counting;
    }
}
