package org.peelrules.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.peelrules.judgment.AreaForImprovement;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.NationalRecommendationNotMet;
import org.peelrules.judgment.Recommendation;

/**
 * Scores an area's published findings against the derived ones, kind by kind. Only a list expected.json gives
 * is scored. Each published finding is found or missing; each derived finding no published one accounts for is
 * extra. Rows come in the order of their keys, as a reader looks them up.
 */
final class Scoring {
    static final String CAUSE = "cause of concern";
    static final String RECOMMENDATION = "recommendation";
    static final String IMPROVEMENT = "area for improvement";
    static final String PRACTICE = "innovative practice";
    static final String NATIONAL = "national recommendation not met";
    /** How a published cause of concern that names no topic is shown. */
    static final String ANY_TOPIC = "(any topic)";

    private Scoring() {
    }

    /**
     * One published finding: the key a report shows for it, and the derived keys it accounts for.
     *
     * @param note what to say when it matches, or {@code null}
     */
    private record Published(String key, Predicate<String> accepts, String note) {
        static Published exactly(String key) {
            return new Published(key, key::equals, null);
        }
    }

    /**
     * @param restatements whether the case records which published areas for improvement are restated, so that
     *                     one without {@code restatedFrom} was published new
     */
    static List<FindingMatch> findings(Expected.Area published, AreaJudgment derived, boolean restatements) {
        List<FindingMatch> out = new ArrayList<>();
        // A partial list says nothing of the findings it leaves out.
        Predicate<String> extra = key -> !published.partial();
        if (published.causesOfConcern() != null) {
            causes(out, published.causesOfConcern(), derived.causesOfConcern(), extra);
        }
        if (published.areasForImprovement() != null) {
            Map<String, AreaForImprovement> byCharacteristic = new HashMap<>();
            derived.areasForImprovement().forEach(a -> byCharacteristic.putIfAbsent(a.characteristic(), a));
            score(out, IMPROVEMENT, published.areasForImprovement().stream().filter(i -> i.characteristic() != null)
                            .map(i -> new Published(i.characteristic(), i.characteristic()::equals,
                                    restated(i, byCharacteristic.get(i.characteristic()), restatements))).toList(),
                    keys(derived.areasForImprovement().stream().map(a -> a.characteristic())), extra);
        }
        if (published.innovativePractice() != null) {
            score(out, PRACTICE, published.innovativePractice().stream().map(Expected.Item::characteristic)
                            .filter(Objects::nonNull).map(Published::exactly).toList(),
                    keys(derived.innovativePractice().stream().map(p -> p.characteristic())), extra);
        }
        if (published.nationalRecommendationsNotMet() != null) {
            score(out, NATIONAL, published.nationalRecommendationsNotMet().stream()
                            .filter(n -> n.characteristic() != null)
                            .map(n -> Published.exactly(n.characteristic() + "/" + n.year())).toList(),
                    keys(derived.nationalRecommendationsNotMet().stream().map(Scoring::key)), extra);
        }
        return out;
    }

    /**
     * Causes of concern by topic, or else in the area, a published one without a topic matching any derived one in
     * the area; then their recommendations by characteristic, where a published cause gives them. A derived recommendation is
     * not counted as extra when a published cause it could come under leaves its recommendations out.
     */
    private static void causes(List<FindingMatch> out, List<Expected.Cause> published, List<CauseOfConcern> derived,
                               Predicate<String> extra) {
        Set<String> derivedTopics = keys(derived.stream().map(CauseOfConcern::topic));
        // A report publishes a cause of concern under its area; the topic is the encoder's reading of it. So a
        // published cause the derived ones miss on its topic is found by one derived in the area on a topic no
        // published cause names, and the row says where.
        Iterator<String> elsewhere = derivedTopics.stream().filter(t -> published.stream()
                .noneMatch(c -> t.equals(c.topic()))).iterator();
        Map<Expected.Cause, String> derivedOn = new IdentityHashMap<>();
        List<Published> causes = new ArrayList<>();
        for (Expected.Cause c : published) {
            if (c.topic() == null) {
                causes.add(new Published(ANY_TOPIC, topic -> true, null));
            } else if (derivedTopics.contains(c.topic()) || !elsewhere.hasNext()) {
                derivedOn.put(c, c.topic());
                causes.add(Published.exactly(c.topic()));
            } else {
                String topic = elsewhere.next();
                derivedOn.put(c, topic);
                causes.add(new Published(c.topic(), topic::equals, "derived on topic " + topic));
            }
        }
        score(out, CAUSE, causes, derivedTopics, extra);
        Map<String, Set<String>> topicsOf = new HashMap<>();
        derived.forEach(c -> c.recommendations().forEach(r -> topicsOf
                .computeIfAbsent(r.characteristic(), k -> new HashSet<>()).add(c.topic())));
        Predicate<String> unscored = characteristic -> published.stream().anyMatch(c -> c.recommendations() == null
                && (c.topic() == null || topicsOf.getOrDefault(characteristic, Set.of()).contains(derivedOn.get(c))));
        score(out, RECOMMENDATION, published.stream().filter(c -> c.recommendations() != null)
                        .flatMap(c -> c.recommendations().stream()).map(Expected.Recommendation::characteristic)
                        .filter(Objects::nonNull).map(Published::exactly).toList(),
                keys(derived.stream().flatMap(c -> c.recommendations().stream()).map(Recommendation::characteristic)),
                extra.and(unscored.negate()));
    }

    /**
     * Where a published area for improvement and the derived one on its characteristic differ on whether it is
     * restated, and from when; {@code null} when they agree, or nothing is derived to compare.
     */
    private static String restated(Expected.Item published, AreaForImprovement derived, boolean restatements) {
        if (derived == null || (published.restatedFrom() == null && !restatements)) {
            return null;
        }
        Integer from = derived.restatedFrom();
        if (Objects.equals(published.restatedFrom(), from)) {
            return null;
        }
        return "published as " + (published.restatedFrom() == null ? "new" : "restated from "
                + published.restatedFrom()) + ", derived as " + (from == null ? "new" : "restated from " + from);
    }

    /** A derived national recommendation as published ones name it: characteristic and year, if it has one. */
    static String key(NationalRecommendationNotMet n) {
        return n.year() == null ? n.characteristic() : n.characteristic() + "/" + n.year();
    }

    /**
     * Scores one kind: each published finding matched when a derived one is among those it accepts, missing
     * otherwise; each derived one no published finding accepts, extra when {@code extra} says to count it.
     */
    private static void score(List<FindingMatch> out, String kind, List<Published> published, Set<String> derived,
                              Predicate<String> extra) {
        List<FindingMatch> rows = new ArrayList<>();
        Set<String> counted = new HashSet<>();
        for (Published p : published) {
            List<String> found = derived.stream().filter(p.accepts()).toList();
            int first = (int) found.stream().filter(counted::add).count();
            rows.add(found.isEmpty() ? new FindingMatch(kind, p.key(), FindingMatch.Verdict.MISSING, null, 0)
                    : new FindingMatch(kind, p.key(), FindingMatch.Verdict.MATCHED, p.note(), first));
        }
        derived.stream().filter(d -> !counted.contains(d) && extra.test(d))
                .forEach(d -> rows.add(new FindingMatch(kind, d, FindingMatch.Verdict.EXTRA, null, 1)));
        // Stable: two published findings on one key keep the order expected.json gives them.
        rows.sort(Comparator.comparing(FindingMatch::key));
        out.addAll(rows);
    }

    private static Set<String> keys(Stream<String> values) {
        Set<String> set = new TreeSet<>();
        values.filter(Objects::nonNull).forEach(set::add);
        return set;
    }
}
