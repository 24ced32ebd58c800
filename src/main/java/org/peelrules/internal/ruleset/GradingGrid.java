package org.peelrules.internal.ruleset;

import org.peelrules.internal.run.Firing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.peelrules.internal.engine.Engine;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.run.Limits;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.CharacteristicAssessment;
import org.peelrules.judgment.NationalRecommendationNotMet;
import org.peelrules.judgment.Recommendation;
import org.peelrules.judgment.Status;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Judgment;

/**
 * Asks a rule set's own grading policy about every small pattern of findings an area can show, and
 * reports each pattern that gets no judgment or more than one. The grading and judgment stages run as they
 * do in an evaluation, on the facts the earlier stages would have left: characteristic assessments, causes
 * of concern and national recommendations not met, for made-up areas of each kind.
 *
 * <p>The grid covers areas of 1 to {@value #MAX_CHARACTERISTICS} characteristics, every way of giving
 * them the five statuses, with 0, 1 or 2 causes of concern in 1 or 2 topics and 0 or 1 national
 * recommendations not met, leaving out patterns the earlier stages cannot produce: a cause of concern
 * always rests on a characteristic not met in its topic, and a national recommendation not complied with
 * always leaves its characteristic short.
 */
public final class GradingGrid {
    static final int MAX_CHARACTERISTICS = 5;
    private static final int AREAS_PER_SESSION = 300;

    private GradingGrid() {
    }

    /** One pattern of findings in a made-up area. */
    public record Pattern(Area.Kind kind, int exceeded, int met, int partlyMet, int notMet, int insufficient,
                   int causes, int topics, int national) {

        int characteristics() {
            return exceeded + met + partlyMet + notMet + insufficient;
        }

        @Override
        public String toString() {
            String s = "an area (" + Json.kebab(kind) + ")";
            if (kind == Area.Kind.NOT_GRADED || kind == Area.Kind.REPORTED_SEPARATELY) {
                return s;
            }
            return s + " of " + characteristics() + " characteristic" + (characteristics() == 1 ? "" : "s") + ": "
                    + exceeded + " exceeded, " + met + " met, " + partlyMet + " partly met, " + notMet + " not met, "
                    + insufficient + " without evidence; " + causes + " cause" + (causes == 1 ? "" : "s")
                    + " of concern" + (causes > 0 ? " in " + topics + " topic" + (topics == 1 ? "" : "s") : "")
                    + "; " + national + " national recommendation" + (national == 1 ? "" : "s") + " not met";
        }
    }

    /** A pattern and the rules that judged it: none (a gap) or several (an overlap). */
    public record Result(Pattern pattern, List<String> judgedBy) {
    }

    /** Every pattern of the grid, in a fixed order. */
    public static List<Pattern> patterns() {
        List<Pattern> patterns = new ArrayList<>();
        patterns.add(new Pattern(Area.Kind.NOT_GRADED, 0, 0, 0, 0, 0, 0, 0, 0));
        patterns.add(new Pattern(Area.Kind.REPORTED_SEPARATELY, 0, 0, 0, 0, 0, 0, 0, 0));
        int[][] concerns = {{0, 0}, {1, 1}, {2, 1}, {2, 2}};
        for (Area.Kind kind : List.of(Area.Kind.GRADED, Area.Kind.GRADED_WHEN_INSPECTED)) {
            for (int n = 1; n <= MAX_CHARACTERISTICS; n++) {
                for (int e = 0; e <= n; e++) {
                    for (int m = 0; e + m <= n; m++) {
                        for (int p = 0; e + m + p <= n; p++) {
                            for (int x = 0; e + m + p + x <= n; x++) {
                                int i = n - e - m - p - x;
                                for (int[] c : concerns) {
                                    for (int national = 0; national <= 1; national++) {
                                        if (x >= c[1] && (national == 0 || p + x > 0)) {
                                            patterns.add(new Pattern(kind, e, m, p, x, i, c[0], c[1], national));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return patterns;
    }

    /**
     * The patterns the rule set's grading policy gives no judgment or several judgments. Each session runs under
     * {@code budget}, so a grading policy that loops is reported as a fault rather than hanging the check.
     *
     * @throws RuleSetFaultException if a session passed the budget or failed in a rule
     */
    public static List<Result> check(LoadedRules ruleSet, Limits budget) {
        List<Pattern> patterns = patterns();
        List<Result> results = new ArrayList<>();
        for (int from = 0; from < patterns.size(); from += AREAS_PER_SESSION) {
            results.addAll(run(ruleSet, budget, patterns.subList(from, Math.min(patterns.size(),
                    from + AREAS_PER_SESSION)), from));
        }
        return results;
    }

    private static List<Result> run(LoadedRules ruleSet, Limits budget, List<Pattern> patterns, int offset) {
        List<String> stages = ruleSet.wording().stages();
        // Made as the session takes them, on its worker: the standards, then each made-up area in turn.
        Stream<Object> facts = Stream.concat(ruleSet.catalogue().standards().stream(), IntStream.range(0,
                patterns.size()).boxed().flatMap(k -> facts("grading-grid-" + (offset + k), patterns.get(k)).stream()));
        Engine.Run run = ruleSet.engine().runStages(budget, ruleSet.places(), facts,
                stages.subList(stages.indexOf(Engine.GRADING), stages.size()));
        Map<String, List<Judgment>> judgments = new HashMap<>();
        for (Object fact : run.facts()) {
            if (fact instanceof Judgment j) {
                judgments.computeIfAbsent(j.area(), a -> new ArrayList<>()).add(j);
            }
        }
        List<Result> results = new ArrayList<>();
        for (int k = 0; k < patterns.size(); k++) {
            List<Judgment> found = judgments.getOrDefault("grading-grid-" + (offset + k), List.of());
            if (found.size() != 1) {
                TreeSet<String> rules = new TreeSet<>();
                found.forEach(j -> rules.add(ruleSet.rule(run.derivations().of(j).map(Firing::rule).orElse(""))
                        .map(RuleInfo::id).orElse("?")));
                results.add(new Result(patterns.get(k), List.copyOf(rules)));
            }
        }
        return results;
    }

    /** A made-up area of this pattern: the facts the earlier stages would have left, in the order they go in. */
    private static List<Object> facts(String area, Pattern p) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Area(area, 0, area, area, p.kind()));
        List<Status> statuses = new ArrayList<>();
        add(statuses, Status.NOT_MET, p.notMet());
        add(statuses, Status.PARTLY_MET, p.partlyMet());
        add(statuses, Status.MET, p.met());
        add(statuses, Status.EXCEEDED, p.exceeded());
        add(statuses, Status.INSUFFICIENT_EVIDENCE, p.insufficient());
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < statuses.size(); c++) {
            // Characteristics not met come first, spread over the topics of concern: the causes rest on them.
            String topic = area + "/" + (c < p.topics() ? c + 1 : 1);
            String id = topic + "." + (c + 1);
            ids.add(id);
            facts.add(new Characteristic(id, area, topic, "", "", "", "", null));
            facts.add(new CharacteristicAssessment(id, area, topic, area, statuses.get(c),
                    List.of()));
        }
        for (int c = 0; c < p.causes(); c++) {
            int topic = c < p.topics() ? c + 1 : 1;
            String characteristic = ids.get(Math.min(c, ids.size() - 1));
            facts.add(new CauseOfConcern(area, area + "/" + topic, "", List.of(new Recommendation(characteristic,
                    "", 3)), List.of(characteristic), List.of()));
        }
        for (int c = 0; c < p.national(); c++) {
            // The characteristic left short: the first one not met or partly met.
            facts.add(new NationalRecommendationNotMet(area, ids.get(0), 2020, "", List.of()));
        }
        return facts;
    }

    private static void add(List<Status> statuses, Status status, int count) {
        for (int i = 0; i < count; i++) {
            statuses.add(status);
        }
    }
}
