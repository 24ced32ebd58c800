package org.peelrules.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.peelrules.evidence.EvidenceItem;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.judgment.AreaForImprovement;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.CharacteristicAssessment;
import org.peelrules.judgment.InnovativePractice;
import org.peelrules.judgment.NationalRecommendationNotMet;
import org.peelrules.judgment.Recommendation;
import org.peelrules.judgment.ShortfallNoted;
import org.peelrules.judgment.Status;

/** Builders the rule files call to make derived facts, so that rule consequences stay one line long. */
public final class Findings {
    private Findings() {
    }

    public static CharacteristicAssessment assessment(Characteristic c, Status status, Balance balance) {
        return assessment(c, status, balance.signals());
    }

    public static CharacteristicAssessment assessment(Characteristic c, Status status, Collection<Signal> signals) {
        List<String> evidence = new ArrayList<>(signals.size());
        for (Signal signal : signals) {
            evidence.add(signal.evidence());
        }
        return new CharacteristicAssessment(c.id(), c.area(), c.topic(), c.countsTowards(), status, evidence);
    }

    /** A systemic shortfall resting on failures at the systemic rate and on earlier causes of concern. */
    public static SystemicShortfall systemic(Characteristic c, Collection<String> tests, Collection<String> earlier) {
        java.util.TreeSet<String> evidence = new java.util.TreeSet<>(tests);
        evidence.addAll(earlier);
        return new SystemicShortfall(c.id(), c.area(), c.topic(), List.copyOf(evidence));
    }

    public static AreaForImprovement areaForImprovement(Characteristic c, CharacteristicAssessment a) {
        return new AreaForImprovement(c.area(), c.id(), c.improvement(), null, a.evidence());
    }

    /** A shortfall on a characteristic otherwise demonstrated: noted, not published as an area for improvement. */
    public static ShortfallNoted noted(Characteristic c, CharacteristicAssessment a) {
        return new ShortfallNoted(c.area(), c.id(), c.improvement(), a.evidence());
    }

    public static AreaForImprovement restated(Characteristic c, CharacteristicAssessment a, PriorItem earlier) {
        List<String> evidence = new ArrayList<>(a.evidence());
        evidence.add(earlier.id());
        return new AreaForImprovement(c.area(), c.id(), c.improvement(), earlier.year(), evidence);
    }

    /** One cause of concern for a topic, with a recommendation for each characteristic failing systemically. */
    public static CauseOfConcern causeOfConcern(Topic topic, Collection<SystemicShortfall> shortfalls,
                                                Collection<Characteristic> characteristics, double withinMonths) {
        return causeOfConcern(topic, shortfalls, characteristics, List.of(), withinMonths);
    }

    /**
     * A cause of concern in a topic: a recommendation for each characteristic failing systemically, then one for
     * each other characteristic of the topic partly met or not met, in catalogue order. A report's cause of
     * concern recommends action on the shortfalls around it, not only on its core.
     */
    public static CauseOfConcern causeOfConcern(Topic topic, Collection<SystemicShortfall> shortfalls,
                                                Collection<Characteristic> characteristics,
                                                Collection<CharacteristicAssessment> alsoShort, double withinMonths) {
        List<Recommendation> recommendations = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (SystemicShortfall s : shortfalls) {
            Characteristic c = characteristics.stream().filter(x -> x.id().equals(s.characteristic()))
                    .findFirst().orElseThrow();
            recommendations.add(new Recommendation(c.id(), c.recommendation(), (int) withinMonths));
            ids.add(c.id());
            evidence.addAll(s.evidence());
        }
        for (Characteristic c : characteristics) {
            alsoShort.stream().filter(a -> a.characteristic().equals(c.id()) && !ids.contains(c.id())).findFirst()
                    .ifPresent(a -> {
                        recommendations.add(new Recommendation(c.id(), c.recommendation(), (int) withinMonths));
                        ids.add(c.id());
                        evidence.addAll(a.evidence());
                    });
        }
        return new CauseOfConcern(topic.area(), topic.id(), topic.title(), recommendations, ids, evidence);
    }

    public static NationalRecommendationNotMet nationalRecommendation(Characteristic c, PriorItem p) {
        return new NationalRecommendationNotMet(c.area(), c.id(), p.year(), p.text(), List.of(p.id()));
    }

    public static InnovativePractice innovative(Characteristic c, Practice p, CharacteristicAssessment a) {
        List<String> evidence = new ArrayList<>(a.evidence());
        evidence.add(p.id());
        return new InnovativePractice(c.area(), c.id(), p.title(), evidence);
    }

    /** The ids of some evidence items, for rules that combine several. */
    public static List<String> ids(Collection<? extends EvidenceItem> items) {
        return items.stream().map(EvidenceItem::id).toList();
    }
}
