package org.peelrules.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.peelrules.AreaJudgment;

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

    static List<FindingMatch> findings(Expected.Area published, AreaJudgment derived) {
        List<FindingMatch> out = new ArrayList<>();
        // A partial list says nothing of the findings it leaves out.
        boolean extra = !published.partial();
        if (published.causesOfConcern() != null) {
            score(out, CAUSE, published.causesOfConcern().stream().map(Expected.Cause::topic)
                    .filter(Objects::nonNull).map(Published::exactly).toList(),
                    keys(derived.causesOfConcern().stream().map(c -> c.topic())), extra);
            score(out, RECOMMENDATION, published.causesOfConcern().stream()
                            .flatMap(c -> c.recommendations().stream()).map(Expected.Recommendation::characteristic)
                            .filter(Objects::nonNull).map(Published::exactly).toList(),
                    keys(derived.causesOfConcern().stream().flatMap(c -> c.recommendations().stream())
                            .map(r -> r.characteristic())), extra);
        }
        if (published.areasForImprovement() != null) {
            score(out, IMPROVEMENT, published.areasForImprovement().stream().map(Expected.Item::characteristic)
                            .filter(Objects::nonNull).map(Published::exactly).toList(),
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
                    keys(derived.nationalRecommendationsNotMet().stream()
                            .map(n -> n.characteristic() + "/" + n.year())), extra);
        }
        return out;
    }

    /**
     * Scores one kind: each published finding matched when a derived one is among those it accepts, missing
     * otherwise; each derived one no published finding accepts, extra when {@code extra} says to count it.
     */
    private static void score(List<FindingMatch> out, String kind, List<Published> published, Set<String> derived,
                              boolean extra) {
        List<FindingMatch> rows = new ArrayList<>();
        Set<String> counted = new HashSet<>();
        for (Published p : published) {
            List<String> found = derived.stream().filter(p.accepts()).toList();
            int first = (int) found.stream().filter(counted::add).count();
            rows.add(found.isEmpty() ? new FindingMatch(kind, p.key(), FindingMatch.Verdict.MISSING, null, 0)
                    : new FindingMatch(kind, p.key(), FindingMatch.Verdict.MATCHED, p.note(), first));
        }
        derived.stream().filter(d -> extra && !counted.contains(d))
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
