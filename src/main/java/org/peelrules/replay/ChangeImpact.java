package org.peelrules.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.internal.ruleset.RuleInfo;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.CharacteristicAssessment;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.Status;

/**
 * What a change to a rule set does to past cases: the corpus evaluated under a baseline rule set and a
 * changed one, and every case and area whose grade or findings differ, each with what lies behind it on
 * both sides (the rule that decided, the tally the grading policy read, the evidence counted, the
 * characteristics whose status moved) and the rule edits that can reach it.
 *
 * <p>Everything comes from the two assessments and the two folders' text; nothing is looked up.
 *
 * @param rules     what differs between the rule sets' texts
 * @param changes   every case and area whose grade, outcome or findings differ, in case and area order
 * @param failures  cases that could not be evaluated under one rule set or both, each "name: why"
 * @param cases     cases compared, counting failures
 * @param baseline  agreement with the published outcomes under the baseline
 * @param changed   agreement with the published outcomes under the changed rule set
 */
public record ChangeImpact(
        RuleSetDiff rules,
        List<AreaChange> changes,
        List<String> failures,
        int cases,
        Agreement baseline,
        Agreement changed) {

    public ChangeImpact {
        changes = List.copyOf(changes);
        failures = List.copyOf(failures);
    }

    /**
     * One area of one case that the change affects.
     *
     * @param published          the published outcome, when the case's expected.json gives one to score
     * @param outcomeChanged     whether the grade or non-grade outcome differs
     * @param characteristics    characteristics counted towards the area whose status or evidence differs
     * @param findings           findings raised, dropped or resting on other evidence
     * @param rulesReaching      rule edits that reach the area: rules for all characteristics, or for one counted
     *                           towards it
     * @param standardsReaching  changed standards read by a rule that reaches the area
     */
    public record AreaChange(
            String caseName,
            String area,
            Published published,
            boolean outcomeChanged,
            Side baseline,
            Side changed,
            List<CharacteristicChange> characteristics,
            List<FindingChange> findings,
            List<RuleSetDiff.RuleChange> rulesReaching,
            List<RuleSetDiff.StandardChange> standardsReaching) {

        public AreaChange {
            characteristics = List.copyOf(characteristics);
            findings = List.copyOf(findings);
            rulesReaching = List.copyOf(rulesReaching);
            standardsReaching = List.copyOf(standardsReaching);
        }
    }

    /** The published outcome, and the grade when expected.json gives one. */
    public record Published(Outcome outcome, Grade grade) {
    }

    /**
     * The area under one rule set.
     *
     * @param decidedBy the id of the rule that decided the outcome
     * @param tally     what the grading policy counts, recounted from the characteristic assessments
     * @param evidence  the evidence ids under the characteristics counted towards the area
     */
    public record Side(Outcome outcome, Grade grade, String decidedBy, Tally tally, List<String> evidence) {
        public Side {
            evidence = List.copyOf(evidence);
        }
    }

    /** Characteristics counted towards an area, by status, and its causes of concern. */
    public record Tally(int exceeded, int met, int mostlyMet, int partlyMet, int notMet, int insufficientEvidence,
                        int causesOfConcern, int topicsOfConcern) {

        public int assessed() {
            return exceeded + met + mostlyMet + partlyMet + notMet;
        }

        public int demonstrated() {
            return exceeded + met + mostlyMet;
        }
    }

    /** A characteristic whose status or evidence differs between the two rule sets. */
    public record CharacteristicChange(String characteristic, Status before, List<String> evidenceBefore,
                                       Status after, List<String> evidenceAfter) {
    }

    /** How a finding changed: raised, dropped, or resting on other evidence. */
    public enum Change { RAISED, DROPPED, EVIDENCE_CHANGED }

    /**
     * A finding raised or dropped by the change, or resting on other evidence, with its evidence on each side.
     *
     * @param title the finding in words: a cause of concern's topic title, an area for improvement's text
     */
    public record FindingChange(String kind, String key, String title, Change change, List<String> evidenceBefore,
                                List<String> evidenceAfter) {
    }

    /** Whether the change alters no past case. */
    public boolean noChange() {
        return changes.isEmpty();
    }

    /**
     * Evaluates the corpus under both rule sets and compares them.
     *
     * @param roots    case folders, or folders of case folders, as for {@link Replay#replayAll}
     * @param rules    what differs between the rule sets' folders ({@link RuleSetDiff#between})
     */
    public static ChangeImpact of(List<Path> roots, Evaluator baseline, Evaluator changed, RuleSetDiff rules) {
        return of(roots, baseline, new Replay(baseline).runAll(roots), changed, rules);
    }

    /**
     * The same, with the corpus already evaluated under the baseline ({@link Replay#runAll} over the same roots):
     * {@code peel replay --watch --baseline} evaluates the unchanging baseline once, not on every edit.
     */
    public static ChangeImpact of(List<Path> roots, Evaluator baseline, List<Replay.Run> before, Evaluator changed,
                                  RuleSetDiff rules) {
        List<Replay.Run> after = new Replay(changed).runAll(roots);
        List<AreaChange> changes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Replay.Run b = before.get(i);
            Replay.Run a = after.get(i);
            if (b.assessment() == null || a.assessment() == null) {
                String why = b.assessment() == null ? b.error() : "under the changed rule set: " + a.error();
                failures.add(b.name() + ": " + (why == null ? "" : why.lines().findFirst().orElse("")));
                continue;
            }
            changes.addAll(compare(b, a, baseline.ruleSet(), changed.ruleSet(), rules));
        }
        return new ChangeImpact(rules, changes, failures, before.size(),
                Agreement.of(before.stream().map(Replay::result).toList()),
                Agreement.of(after.stream().map(Replay::result).toList()));
    }

    private static List<AreaChange> compare(Replay.Run before, Replay.Run after, RuleSet baseline, RuleSet changed,
                                            RuleSetDiff rules) {
        Set<String> areas = new TreeSet<>();
        before.assessment().judgments().forEach(j -> areas.add(j.area()));
        after.assessment().judgments().forEach(j -> areas.add(j.area()));
        List<AreaChange> changes = new ArrayList<>();
        // Keep the rule set's own order of areas, then any the other side alone has.
        List<String> ordered = new ArrayList<>();
        after.assessment().judgments().forEach(j -> ordered.add(j.area()));
        areas.stream().filter(a -> !ordered.contains(a)).forEach(ordered::add);
        for (String area : ordered) {
            AreaJudgment b = before.assessment().judgment(area).orElse(null);
            AreaJudgment a = after.assessment().judgment(area).orElse(null);
            boolean outcomeChanged = b == null || a == null || b.outcome() != a.outcome() || b.grade() != a.grade();
            List<FindingChange> findings = findingChanges(b, a);
            if (!outcomeChanged && findings.isEmpty()) {
                continue;
            }
            Published published = before.expected() == null ? null : before.expected().judgments().stream()
                    .filter(e -> e.area().equals(area) && e.assertsOutcome()).findFirst()
                    .map(e -> new Published(e.outcome(), e.grade())).orElse(null);
            Set<String> counted = counted(area, baseline, changed);
            changes.add(new AreaChange(before.name(), area, published, outcomeChanged,
                    side(b, before.assessment()), side(a, after.assessment()),
                    characteristicChanges(area, before.assessment(), after.assessment(), changed), findings,
                    rules.rules().stream().filter(r -> reaches(r.characteristics(), counted)).toList(),
                    rules.standards().stream().filter(s -> s.readBy().stream()
                            .anyMatch(id -> reaches(characteristicsOf(id, baseline, changed), counted))).toList()));
        }
        return changes;
    }

    private static Side side(AreaJudgment j, Assessment assessment) {
        if (j == null) {
            return null;
        }
        List<CharacteristicAssessment> counted = countedTowards(j.area(), assessment);
        Set<String> evidence = new TreeSet<>();
        counted.forEach(c -> evidence.addAll(c.evidence()));
        findings(j).values().forEach(evidence::addAll);
        Set<String> topics = new HashSet<>();
        j.causesOfConcern().forEach(c -> topics.add(c.topic()));
        Tally tally = new Tally(count(counted, Status.EXCEEDED), count(counted, Status.MET),
                count(counted, Status.MOSTLY_MET), count(counted, Status.PARTLY_MET), count(counted, Status.NOT_MET),
                count(counted, Status.INSUFFICIENT_EVIDENCE), j.causesOfConcern().size(), topics.size());
        return new Side(j.outcome(), j.grade(), j.decidedBy(), tally, List.copyOf(evidence));
    }

    /** The characteristic assessments that count towards an area: its own and those fed to it. */
    private static List<CharacteristicAssessment> countedTowards(String area, Assessment assessment) {
        return assessment.judgments().stream().flatMap(j -> j.characteristics().stream())
                .filter(c -> area.equals(c.countsTowards())).toList();
    }

    private static int count(List<CharacteristicAssessment> assessments, Status status) {
        return (int) assessments.stream().filter(a -> a.status() == status).count();
    }

    private static List<CharacteristicChange> characteristicChanges(String area, Assessment before, Assessment after,
                                                                    RuleSet order) {
        Map<String, CharacteristicAssessment> b = byId(countedTowards(area, before));
        Map<String, CharacteristicAssessment> a = byId(countedTowards(area, after));
        // The catalogue's framework order, then any the changed rule set no longer has.
        Set<String> ids = new LinkedHashSet<>();
        order.characteristics().stream().map(c -> c.id()).filter(id -> b.containsKey(id) || a.containsKey(id))
                .forEach(ids::add);
        ids.addAll(b.keySet());
        ids.addAll(a.keySet());
        List<CharacteristicChange> changes = new ArrayList<>();
        for (String id : ids) {
            CharacteristicAssessment x = b.get(id);
            CharacteristicAssessment y = a.get(id);
            if (x == null || y == null || x.status() != y.status() || !x.evidence().equals(y.evidence())) {
                changes.add(new CharacteristicChange(id, x == null ? null : x.status(),
                        x == null ? List.of() : x.evidence(), y == null ? null : y.status(),
                        y == null ? List.of() : y.evidence()));
            }
        }
        return changes;
    }

    private static Map<String, CharacteristicAssessment> byId(List<CharacteristicAssessment> list) {
        Map<String, CharacteristicAssessment> map = new TreeMap<>();
        list.forEach(c -> map.put(c.characteristic(), c));
        return map;
    }

    /** Findings keyed as replay matches them: kind, then topic or characteristic. */
    private static Map<String, List<String>> findings(AreaJudgment j) {
        Map<String, List<String>> map = new TreeMap<>();
        if (j == null) {
            return map;
        }
        j.causesOfConcern().forEach(c -> map.put("cause of concern\u0000" + c.topic(), c.evidence()));
        j.areasForImprovement().forEach(f -> map.put("area for improvement\u0000" + f.characteristic(), f.evidence()));
        j.nationalRecommendationsNotMet().forEach(n -> map.put("national recommendation not met\u0000"
                + Scoring.key(n), n.evidence()));
        j.innovativePractice().forEach(p -> map.put("innovative practice\u0000" + p.characteristic(), p.evidence()));
        return map;
    }

    /** The findings' titles, under the same keys. */
    private static Map<String, String> titles(AreaJudgment j) {
        Map<String, String> map = new TreeMap<>();
        if (j == null) {
            return map;
        }
        j.causesOfConcern().forEach(c -> map.put("cause of concern\u0000" + c.topic(), c.title()));
        j.areasForImprovement().forEach(f -> map.put("area for improvement\u0000" + f.characteristic(), f.text()));
        j.nationalRecommendationsNotMet().forEach(n -> map.put("national recommendation not met\u0000"
                + Scoring.key(n), n.text()));
        j.innovativePractice().forEach(p -> map.put("innovative practice\u0000" + p.characteristic(), p.title()));
        return map;
    }


    private static List<FindingChange> findingChanges(AreaJudgment before, AreaJudgment after) {
        Map<String, List<String>> b = findings(before);
        Map<String, List<String>> a = findings(after);
        Map<String, String> titles = titles(before);
        titles.putAll(titles(after));
        Set<String> keys = new TreeSet<>(b.keySet());
        keys.addAll(a.keySet());
        List<FindingChange> changes = new ArrayList<>();
        for (String key : keys) {
            String[] parts = key.split("\u0000", 2);
            List<String> x = b.get(key);
            List<String> y = a.get(key);
            Change change = x == null ? Change.RAISED : y == null ? Change.DROPPED
                    : Objects.equals(x, y) ? null : Change.EVIDENCE_CHANGED;
            if (change != null) {
                changes.add(new FindingChange(parts[0], parts[1], titles.get(key).strip(), change,
                        x == null ? List.of() : x, y == null ? List.of() : y));
            }
        }
        return changes;
    }

    private static Set<String> counted(String area, RuleSet... ruleSets) {
        Set<String> ids = new HashSet<>();
        for (RuleSet r : ruleSets) {
            r.characteristics().stream().filter(c -> area.equals(c.countsTowards()) || area.equals(c.area()))
                    .forEach(c -> ids.add(c.id()));
        }
        return ids;
    }

    private static boolean reaches(List<String> ruleCharacteristics, Set<String> counted) {
        return ruleCharacteristics.contains("*") || ruleCharacteristics.stream().anyMatch(counted::contains);
    }

    private static List<String> characteristicsOf(String ruleId, RuleSet... ruleSets) {
        for (RuleSet r : ruleSets) {
            for (RuleInfo info : r.rules()) {
                if (info.id().equals(ruleId)) {
                    return info.characteristics();
                }
            }
        }
        return List.of("*");
    }
}
