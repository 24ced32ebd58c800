package org.peelrules.rules;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.peelrules.CauseOfConcern;
import org.peelrules.CharacteristicAssessment;
import org.peelrules.NationalRecommendationNotMet;
import org.peelrules.Status;

/**
 * The pattern of an area's characteristic assessments and causes of concern, which the grading policy reads.
 * Characteristics of the victim service assessment count towards the area they feed.
 *
 * @param catalogued the area's own characteristics
 * @param assessed   characteristics counting towards the area (its own and those fed to it) that the
 *                   evidence was enough to assess
 * @param covered    of the area's own characteristics, those assessed: how far the evidence covers the area
 * @param nationalRecommendationsNotMet national recommendations on the area the force has not complied with
 */
public record AreaTally(
        String area,
        int catalogued,
        int assessed,
        int exceeded,
        int met,
        int partlyMet,
        int notMet,
        int causesOfConcern,
        int topicsOfConcern,
        int covered,
        int nationalRecommendationsNotMet) {

    public static AreaTally of(String area, int catalogued,
                               Collection<CharacteristicAssessment> assessments,
                               Collection<CauseOfConcern> causes,
                               Collection<NationalRecommendationNotMet> nationalRecommendations) {
        int exceeded = 0;
        int met = 0;
        int partly = 0;
        int notMet = 0;
        int covered = 0;
        for (CharacteristicAssessment a : assessments) {
            switch (a.status()) {
                case EXCEEDED -> exceeded++;
                case MET -> met++;
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
        return new AreaTally(area, catalogued, exceeded + met + partly + notMet,
                exceeded, met, partly, notMet, causes.size(), topics.size(), covered,
                nationalRecommendations.size());
    }

    /** Characteristics met or exceeded. */
    public int demonstrated() {
        return exceeded + met;
    }

    /** Characteristics partly met or not met. */
    public int shortfalls() {
        return partlyMet + notMet;
    }

    /** The share of assessed characteristics met or exceeded, 0 to 1. */
    public double demonstratedShare() {
        return assessed == 0 ? 0 : (double) demonstrated() / assessed;
    }

    /** The share of assessed characteristics not met at all, 0 to 1. */
    public double notMetShare() {
        return assessed == 0 ? 0 : (double) notMet / assessed;
    }

    /** The share of assessed characteristics exceeded, 0 to 1. */
    public double exceededShare() {
        return assessed == 0 ? 0 : (double) exceeded / assessed;
    }

    /** The share of the area's own characteristics with enough evidence to assess, 0 to 1. */
    public double coverage() {
        return catalogued == 0 ? 0 : (double) covered / catalogued;
    }
}
