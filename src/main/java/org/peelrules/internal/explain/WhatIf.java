package org.peelrules.internal.explain;

import org.peelrules.internal.engine.Engine;
import org.peelrules.internal.run.Limits;
import org.peelrules.internal.ruleset.LoadedRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.ruleset.Catalogue;
import org.peelrules.judgment.AreaTally;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.CharacteristicAssessment;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.NationalRecommendationNotMet;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.Status;
import org.peelrules.judgment.Trace;
import org.peelrules.judgment.WhyNotHigher;
import org.peelrules.rules.Area;
import org.peelrules.rules.DescriptorMet;
import org.peelrules.rules.Judgment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds what keeps an area from the next tier up by asking the rule set's own grading policy, never by
 * restating it. The policy's descriptor rules read an area's tally and the standards. Here the area's tally is
 * remade, as the tally rule makes it, from the area's characteristic assessments and findings changed by one
 * cause of concern resolved, one national recommendation complied with or one characteristic improved at a
 * time, fewest changes first; the grading stages then run on every changed tally in a session of their own,
 * and the first change under which the target rule fires is the smallest that reaches the target. Java only
 * proposes changes: whether a change is enough is always the rules' decision.
 *
 * <p>The unchanged area is remade and run first: if its tally differs from the one the evaluation made, or
 * the policy decides it differently (because the policy reads more than the tally), no answer is given rather
 * than a wrong one. One instance serves one evaluation, on one thread.
 */
final class WhatIf implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WhatIf.class);
    /** Far above what any area of the framework needs; a guard against a catalogue of hundreds. */
    private static final int MAX_CANDIDATES = 50_000;
    private static final String PREFIX = "what-if#";
    /**
     * Changes asked about at once. The engine's work grows with every changed tally, and a round costs little
     * more: on the West Mercia submission, 8 asked about 87 changed tallies in 12 rounds, against 68 in 22
     * (one cost at a time) and 160 in 10 (64), and was the quickest.
     */
    private static final int ROUND = 8;

    /** The kinds of item a change draws from. Unassessed characteristics of the area itself come before fed ones. */
    private enum Pool {
        CAUSE_OF_CONCERN, NATIONAL_RECOMMENDATION, NOT_MET, PARTLY_MET, MOSTLY_MET, UNASSESSED, UNASSESSED_FED, MET
    }

    /** One kind of change: an item of {@code pool} resolved, or becoming {@code to}. */
    private enum Move {
        RESOLVE(Pool.CAUSE_OF_CONCERN, null),
        COMPLY(Pool.NATIONAL_RECOMMENDATION, null),
        NOT_MET_TO_MET(Pool.NOT_MET, Status.MET),
        PARTLY_MET_TO_MET(Pool.PARTLY_MET, Status.MET),
        MOSTLY_MET_TO_MET(Pool.MOSTLY_MET, Status.MET),
        UNASSESSED_TO_MET(Pool.UNASSESSED, Status.MET),
        FED_TO_MET(Pool.UNASSESSED_FED, Status.MET),
        NOT_MET_TO_EXCEEDED(Pool.NOT_MET, Status.EXCEEDED),
        PARTLY_MET_TO_EXCEEDED(Pool.PARTLY_MET, Status.EXCEEDED),
        MOSTLY_MET_TO_EXCEEDED(Pool.MOSTLY_MET, Status.EXCEEDED),
        UNASSESSED_TO_EXCEEDED(Pool.UNASSESSED, Status.EXCEEDED),
        FED_TO_EXCEEDED(Pool.UNASSESSED_FED, Status.EXCEEDED),
        MET_TO_EXCEEDED(Pool.MET, Status.EXCEEDED);

        final Pool pool;
        final Status to;

        Move(Pool pool, Status to) {
            this.pool = pool;
            this.to = to;
        }
    }

    /** Changes asking no more than "met" are tried first; "exceeded" only when they cannot reach the target. */
    private static final List<List<Move>> TO_A_BETTER_GRADE = List.of(
            Stream.of(Move.values()).filter(m -> m.to != Status.EXCEEDED).toList(),
            List.of(Move.values()));
    /** Without a grade, what is missing is evidence: each change assesses one more characteristic. */
    private static final List<List<Move>> TO_A_GRADE = List.of(List.of(Move.UNASSESSED_TO_MET, Move.FED_TO_MET));

    private final LoadedRules ruleSet;
    private final Limits budget;
    /** The session the copies are asked in, opened at the first question. */
    private Engine.Policy policy;
    private int candidates;
    private final Map<String, AreaTally> tallies = new HashMap<>();

    WhatIf(LoadedRules ruleSet, Limits budget) {
        this.ruleSet = ruleSet;
        this.budget = budget;
    }

    /**
     * An area as the evaluation left it: what is changed, and tallied again, to ask the policy.
     *
     * @param causes   its causes of concern, by topic
     * @param national the national recommendations it has not complied with, by characteristic and year
     */
    record AreaFacts(Area area, AreaTally tally, Set<Grade> descriptors, List<CharacteristicAssessment> counted,
                     List<CauseOfConcern> causes, List<NationalRecommendationNotMet> national) {
        AreaFacts {
            causes = causes.stream().sorted(Comparator.comparing(CauseOfConcern::topic, Catalogue.BY_NUMBERING))
                    .toList();
            national = national.stream().sorted(Comparator.comparing(NationalRecommendationNotMet::characteristic,
                    Catalogue.BY_NUMBERING).thenComparing(NationalRecommendationNotMet::year,
                    Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        }
    }

    /**
     * What keeps an area from the grade above the one it has, or from any grade when it has none.
     *
     * @return nothing for an outstanding area, or when the policy cannot be asked faithfully
     */
    Optional<WhyNotHigher> whyNotHigher(AreaFacts area, Judgment judgment, Tracer tracer) {
        if (judgment.grade() == Grade.values()[0]) {
            return Optional.empty();
        }
        Grade target = judgment.grade() == null ? null : Grade.values()[judgment.grade().ordinal() - 1];
        Map<Pool, List<String>> pools = pools(area);
        // The unchanged area goes in with the first round, and is checked before any answer is read.
        String unchanged = insert(area, pools, new int[Move.values().length]);
        if (!tallyOf(unchanged).withArea(area.area().id()).equals(area.tally())) {
            LOG.warn("Rule set {}: the tally of area {} cannot be remade from its assessments and findings; "
                    + "no 'why not higher' is given for it", ruleSet.name(), area.area().id());
            return Optional.empty();
        }
        boolean checked = false;
        List<List<Move>> phases = target != null ? TO_A_BETTER_GRADE : TO_A_GRADE;
        for (int phase = 0; phase < phases.size(); phase++) {
            List<Move> moves = phases.get(phase);
            int most = moves.stream().map(m -> m.pool).distinct().mapToInt(p -> pools.get(p).size()).sum();
            int cost = 1;
            while (cost <= most) {
                // Several costs go into one round when they are few: the engine is asked once for all of them,
                // and the cheapest change it accepts is taken.
                Map<String, int[]> round = new HashMap<>();
                do {
                    for (int[] v : vectors(moves, pools, cost)) {
                        if (phase > 0 && preference(v)[1] == 0) {
                            continue; // tried in the phase before
                        }
                        if (candidates >= MAX_CANDIDATES) {
                            LOG.warn("Rule set {}: area {} is too large to search for what keeps it from the next "
                                    + "tier", ruleSet.name(), area.area().id());
                            return Optional.empty();
                        }
                        round.put(insert(area, pools, v), v);
                    }
                    cost++;
                } while (cost <= most && round.size() < ROUND);
                fire(target == null);
                Set<String> reached = reached(target);
                if (!checked) {
                    if (!descriptorsOf(unchanged).equals(area.descriptors()) || reached.contains(unchanged)) {
                        LOG.warn("Rule set {}: the grading policy decides area {} differently from its tally alone; "
                                + "no 'why not higher' is given for it", ruleSet.name(), area.area().id());
                        return Optional.empty();
                    }
                    checked = true;
                }
                Optional<Map.Entry<String, int[]>> best = round.entrySet().stream()
                        .filter(e -> reached.contains(e.getKey()))
                        .min(Comparator.comparing((Map.Entry<String, int[]> e) -> preference(e.getValue()),
                                Arrays::compare));
                if (best.isPresent()) {
                    return Optional.of(answer(target, area, pools, best.get().getKey(), best.get().getValue(),
                            tracer));
                }
            }
        }
        if (!checked) {
            // Nothing could be changed; the unchanged area still has to be decided as it was.
            fire(target == null);
            if (!descriptorsOf(unchanged).equals(area.descriptors())) {
                return Optional.empty();
            }
        }
        return Optional.of(new WhyNotHigher(target, null, List.of(), area.tally(), null, List.of()));
    }

    private WhyNotHigher answer(Grade target, AreaFacts area, Map<Pool, List<String>> pools, String id, int[] v,
                                Tracer tracer) {
        Object decided = target != null
                ? facts(DescriptorMet.class).filter(d -> !d.provisional() && d.area().equals(id) && d.grade() == target)
                        .findFirst().orElseThrow()
                : facts(Judgment.class).filter(j -> j.area().equals(id)).findFirst().orElseThrow();
        Trace.Decision decision = policy.derivations().of(decided).map(tracer::decision)
                .orElseThrow(() -> new IllegalStateException("a decision without a rule"));
        AreaTally needed = tallyOf(id).withArea(area.area().id());
        List<WhyNotHigher.Change> changes = new ArrayList<>();
        for (Move m : Move.values()) {
            int n = v[m.ordinal()];
            if (n > 0) {
                changes.add(change(m, n, pools.get(m.pool), target == null));
            }
        }
        return new WhyNotHigher(target, decision.rule(), decision.standards(), area.tally(), needed, changes);
    }

    private static WhyNotHigher.Change change(Move m, int n, List<String> among, boolean assessOnly) {
        return switch (m.pool) {
            case CAUSE_OF_CONCERN -> new WhyNotHigher.Change("cause-of-concern", n, among, "raised", "resolved");
            case NATIONAL_RECOMMENDATION -> new WhyNotHigher.Change("national-recommendation", n, among,
                    "not-complied-with", "complied-with");
            default -> new WhyNotHigher.Change("characteristic", n, among, Json.kebab(from(m.pool)),
                    assessOnly ? "assessed" : Json.kebab(m.to));
        };
    }

    private static Status from(Pool pool) {
        return switch (pool) {
            case NOT_MET -> Status.NOT_MET;
            case PARTLY_MET -> Status.PARTLY_MET;
            case MOSTLY_MET -> Status.MOSTLY_MET;
            case MET -> Status.MET;
            default -> Status.INSUFFICIENT_EVIDENCE;
        };
    }

    /**
     * The order in which changes are preferred: fewest changes first; then fewer "exceeded", fewer new
     * assessments, and findings resolved before characteristics raised.
     */
    private static int[] preference(int[] v) {
        int exceeded = Stream.of(Move.values()).filter(m -> m.to == Status.EXCEEDED).mapToInt(m -> v[m.ordinal()])
                .sum();
        int assessed = Stream.of(Move.values()).filter(m -> m.pool == Pool.UNASSESSED || m.pool == Pool.UNASSESSED_FED)
                .mapToInt(m -> v[m.ordinal()]).sum();
        int[] key = new int[3 + v.length];
        key[0] = Arrays.stream(v).sum();
        key[1] = exceeded;
        key[2] = assessed;
        for (int i = 0; i < v.length; i++) {
            key[3 + i] = -v[i];
        }
        return key;
    }

    // --- Copies of the area, changed -------------------------------------------------------------------------

    private static Map<Pool, List<String>> pools(AreaFacts a) {
        Map<Pool, List<String>> pools = new EnumMap<>(Pool.class);
        pools.put(Pool.CAUSE_OF_CONCERN, a.causes().stream().map(CauseOfConcern::topic).toList());
        pools.put(Pool.NATIONAL_RECOMMENDATION, a.national().stream().map(NationalRecommendationNotMet::characteristic)
                .toList());
        pools.put(Pool.NOT_MET, ids(a, s -> s == Status.NOT_MET, null));
        pools.put(Pool.PARTLY_MET, ids(a, s -> s == Status.PARTLY_MET, null));
        pools.put(Pool.MOSTLY_MET, ids(a, s -> s == Status.MOSTLY_MET, null));
        pools.put(Pool.MET, ids(a, s -> s == Status.MET, null));
        pools.put(Pool.UNASSESSED, ids(a, s -> s == Status.INSUFFICIENT_EVIDENCE, true));
        pools.put(Pool.UNASSESSED_FED, ids(a, s -> s == Status.INSUFFICIENT_EVIDENCE, false));
        return pools;
    }

    private static List<String> ids(AreaFacts a, Predicate<Status> status, Boolean own) {
        return a.counted().stream().filter(x -> status.test(x.status()))
                .filter(x -> own == null || own == x.area().equals(a.area().id()))
                .map(CharacteristicAssessment::characteristic).distinct().sorted(Catalogue.BY_NUMBERING).toList();
    }

    /**
     * Inserts the area's tally as it would be with {@code v[m]} items of each move's pool changed, under a new
     * name; returns the name.
     */
    private String insert(AreaFacts a, Map<Pool, List<String>> pools, int[] v) {
        open();
        String id = PREFIX + (candidates++);
        // Each move takes the next items of its pool, in the pool's order; findings go by position, as two
        // may share a topic or characteristic.
        Map<String, Status> status = new HashMap<>();
        Map<Pool, Integer> used = new EnumMap<>(Pool.class);
        for (Move m : Move.values()) {
            int from = used.getOrDefault(m.pool, 0);
            used.put(m.pool, from + v[m.ordinal()]);
            if (m.to != null) {
                pools.get(m.pool).subList(from, from + v[m.ordinal()]).forEach(c -> status.put(c, m.to));
            }
        }
        List<CharacteristicAssessment> assessments = a.counted().stream()
                .map(x -> status.containsKey(x.characteristic()) ? new CharacteristicAssessment(x.characteristic(),
                        x.area(), x.topic(), x.countsTowards(), status.get(x.characteristic()), x.evidence()) : x)
                .toList();
        List<CauseOfConcern> causes = a.causes().subList(v[Move.RESOLVE.ordinal()], a.causes().size());
        List<NationalRecommendationNotMet> national = a.national().subList(v[Move.COMPLY.ordinal()],
                a.national().size());
        // The tally rule's own arithmetic, on the changed facts; only the name is new.
        AreaTally t = AreaTally.of(a.area().id(), a.tally().catalogued(), a.tally().counting(), assessments, causes,
                national);
        AreaTally candidate = t.withArea(id);
        tallies.put(id, candidate);
        policy.insert(candidate);
        return id;
    }

    private AreaTally tallyOf(String id) {
        return tallies.get(id);
    }

    /** Every way of making exactly {@code cost} moves of the given kinds, within the pools they draw from. */
    private static List<int[]> vectors(List<Move> moves, Map<Pool, List<String>> pools, int cost) {
        List<int[]> out = new ArrayList<>();
        Map<Pool, Integer> left = new EnumMap<>(Pool.class);
        pools.forEach((p, ids) -> left.put(p, ids.size()));
        fill(moves, 0, cost, new int[Move.values().length], left, out);
        return out;
    }

    private static void fill(List<Move> moves, int i, int cost, int[] v, Map<Pool, Integer> left, List<int[]> out) {
        if (i == moves.size()) {
            if (cost == 0) {
                out.add(v.clone());
            }
            return;
        }
        Move m = moves.get(i);
        int most = Math.min(cost, left.get(m.pool));
        for (int n = 0; n <= most; n++) {
            v[m.ordinal()] = n;
            left.merge(m.pool, -n, Integer::sum);
            fill(moves, i + 1, cost - n, v, left, out);
            left.merge(m.pool, n, Integer::sum);
        }
        v[m.ordinal()] = 0;
    }

    // --- Asking the policy ---------------------------------------------------------------------------------------

    private void open() {
        if (policy == null) {
            policy = ruleSet.engine().policy(budget, ruleSet.places(), ruleSet.standards(), ruleSet.wording().stages());
        }
    }

    /** Runs the grading stage, and the judgment stage too when the question is whether a grade is awarded. */
    private void fire(boolean judge) {
        policy.fire(judge);
    }

    private <T> Stream<T> facts(Class<T> type) {
        return policy.facts(type);
    }

    /** The copies that reach the target: meet its descriptor, or, without a target grade, are graded. */
    private Set<String> reached(Grade target) {
        Stream<String> ids = target != null
                ? facts(DescriptorMet.class).filter(d -> !d.provisional() && d.grade() == target).map(DescriptorMet::area)
                : facts(Judgment.class).filter(j -> j.outcome() == Outcome.GRADED).map(Judgment::area);
        return ids.filter(id -> id.startsWith(PREFIX)).collect(java.util.stream.Collectors.toSet());
    }

    private Set<Grade> descriptorsOf(String id) {
        Set<Grade> met = EnumSet.noneOf(Grade.class);
        facts(DescriptorMet.class).filter(d -> !d.provisional() && d.area().equals(id)).forEach(d -> met.add(d.grade()));
        return met;
    }

    @Override
    public void close() {
        if (policy != null) {
            policy.close();
            policy = null;
        }
    }
}
