package org.peelrules.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.peelrules.Assessment;
import org.peelrules.AreaJudgment;
import org.peelrules.CharacteristicAssessment;
import org.peelrules.Grade;
import org.peelrules.Outcome;
import org.peelrules.RuleSet;
import org.peelrules.Status;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.EvidenceItem;
import org.peelrules.evidence.Metric;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Submission;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;
import org.peelrules.rules.Standard;

/**
 * The floor: the rule set's three stages written by hand in plain Java, for the benchmark to compare the
 * library with. Evidence gives signals on characteristics, signals give each characteristic a status and
 * mark systemic shortfalls, statuses give findings, and the tally of each area gives its grade. It reads
 * the same catalogue and the same standards values as the rules, and builds findings with their evidence
 * as the library does; it does not trace, explain or check anything, which the library also does.
 *
 * <p>Benchmark code only, never shipped: it restates the DRL of {@code rules/peel-2021-22} at the time it
 * was written, and {@link #agreement} says whether it still decides as the rules do.
 */
public final class Floor {
    private static final Grade[] BEST_FIRST = Grade.values();
    /** FI-11's order: the earliest known year first, an item without a year after every dated one, then by id. */
    private static final Comparator<PriorItem> EARLIEST = Comparator
            .comparing(PriorItem::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PriorItem::id);

    /** One piece of evidence's verdict on one characteristic. */
    record Signal(String characteristic, Status status, boolean atSystemicRate, String evidence) {
    }

    /** A finding: kind (cause, improvement, national, innovative), what it is on, and the evidence behind it. */
    record Finding(String kind, String area, String on, List<String> evidence, List<String> recommendations) {
    }

    /** The judgment on one area. */
    public record Judgment(String area, Outcome outcome, Grade grade, List<Finding> findings,
                           Map<String, Status> statuses) {
    }

    private final Map<String, Characteristic> characteristics = new LinkedHashMap<>();
    private final Map<String, Measure> measures = new HashMap<>();
    private final List<Area> areas;
    private final double systemicRate;
    private final double materialRate;
    private final double minimumSample;
    private final double corroboratingTests;
    private final double months;
    private final double minimumCoverage;
    private final double minimumAssessed;
    private final double outstandingExceeded;
    private final double goodDemonstrated;
    private final double adequateDemonstrated;
    private final double adequateMaximumNotMet;
    private final double inadequateNotMetShare;
    private final double inadequateTopics;
    private final double emergencyAnswered;
    private final double abandonment;
    private final double forceTarget;
    private final double reasonableGrounds;
    private final double recordingMajority;
    private final double recordingSubstantial;
    private final double recordingHigh;
    private final double recordingInadequate;

    public Floor(RuleSet rules) {
        rules.characteristics().forEach(c -> characteristics.put(c.id(), c));
        rules.measures().forEach(m -> measures.put(m.id(), m));
        areas = rules.areas();
        Map<String, Double> standards = new HashMap<>();
        for (Standard s : rules.standards()) {
            standards.put(s.id(), s.value());
        }
        systemicRate = standard(standards, "audit-systemic-failure-rate");
        materialRate = standard(standards, "audit-material-failure-rate");
        minimumSample = standard(standards, "audit-minimum-sample");
        corroboratingTests = standard(standards, "systemic-corroborating-tests");
        months = standard(standards, "cause-of-concern-deadline-months");
        minimumCoverage = standard(standards, "grading-minimum-coverage");
        minimumAssessed = standard(standards, "grading-minimum-assessed");
        outstandingExceeded = standard(standards, "outstanding-minimum-exceeded-share");
        goodDemonstrated = standard(standards, "good-minimum-demonstrated-share");
        adequateDemonstrated = standard(standards, "adequate-minimum-demonstrated-share");
        adequateMaximumNotMet = standard(standards, "adequate-maximum-not-met");
        inadequateNotMetShare = standard(standards, "inadequate-not-met-share");
        inadequateTopics = standard(standards, "inadequate-minimum-topics-of-concern");
        emergencyAnswered = standard(standards, "emergency-calls-answered-within-10-seconds");
        abandonment = standard(standards, "non-emergency-call-abandonment");
        forceTarget = standard(standards, "calls-answered-within-force-target");
        reasonableGrounds = standard(standards, "stop-search-reasonable-grounds");
        recordingMajority = standard(standards, "crime-recording-substantial-majority");
        recordingSubstantial = standard(standards, "crime-recording-substantial-proportion");
        recordingHigh = standard(standards, "crime-recording-high-proportion");
        recordingInadequate = standard(standards, "crime-recording-inadequate-below");
    }

    private static double standard(Map<String, Double> standards, String id) {
        Double value = standards.get(id);
        if (value == null) {
            throw new IllegalStateException("the floor reads standard " + id + ", which the rule set no longer has");
        }
        return value;
    }

    /** The three stages for one submission: a judgment per area, in catalogue order. */
    public List<Judgment> evaluate(Submission submission) {
        // Stage one: evidence -> signals -> characteristic statuses and systemic shortfalls.
        Map<String, List<Signal>> signals = new HashMap<>();
        submission.items().forEach(item -> signals(item, s -> signals.computeIfAbsent(s.characteristic(),
                k -> new ArrayList<>()).add(s)));
        Map<String, Status> status = new HashMap<>();
        Map<String, List<String>> evidence = new HashMap<>();
        Map<String, List<String>> systemic = new LinkedHashMap<>();
        for (Characteristic c : characteristics.values()) {
            List<Signal> on = signals.getOrDefault(c.id(), List.of());
            status.put(c.id(), statusOf(on));
            evidence.put(c.id(), on.stream().map(Signal::evidence).toList());
            Set<String> atRate = new LinkedHashSet<>();
            on.stream().filter(Signal::atSystemicRate).forEach(s -> atRate.add(s.evidence()));
            if (atRate.size() >= corroboratingTests) {
                systemic.put(c.id(), List.copyOf(atRate));
            }
        }
        Map<String, PriorItem> priorConcern = new HashMap<>();
        Map<String, PriorItem> earliestImprovement = new HashMap<>();
        for (PriorItem p : submission.priorItems()) {
            if (!p.outstanding()) {
                continue;
            }
            switch (p.kind()) {
                case CAUSE_OF_CONCERN -> priorConcern.putIfAbsent(p.characteristic(), p);
                case AREA_FOR_IMPROVEMENT, RECOMMENDATION -> earliestImprovement.merge(p.characteristic(), p,
                        (a, b) -> EARLIEST.compare(b, a) < 0 ? b : a);
                default -> {
                }
            }
        }
        priorConcern.forEach((c, p) -> {
            if (characteristics.containsKey(c)) {
                systemic.putIfAbsent(c, List.of(p.id()));
            }
        });

        // Stage two: statuses -> findings.
        Map<String, Area> areaById = new HashMap<>();
        areas.forEach(a -> areaById.put(a.id(), a));
        Map<String, List<Finding>> findings = new HashMap<>();
        Map<String, List<String>> systemicByTopic = new TreeMap<>();
        systemic.keySet().forEach(c -> systemicByTopic.computeIfAbsent(characteristics.get(c).topic(),
                k -> new ArrayList<>()).add(c));
        systemicByTopic.forEach((topic, shortfalls) -> {
            Characteristic first = characteristics.get(shortfalls.get(0));
            if (areaById.get(first.area()).graded()) {
                List<String> grounds = new ArrayList<>();
                List<String> recommendations = new ArrayList<>();
                for (String c : shortfalls) {
                    grounds.addAll(systemic.get(c));
                    recommendations.add(c + " within " + (int) months + " months: "
                            + characteristics.get(c).recommendation());
                }
                add(findings, new Finding("cause", first.area(), topic, grounds, recommendations));
            }
        });
        for (Characteristic c : characteristics.values()) {
            Status s = status.get(c.id());
            boolean shortfall = s == Status.PARTLY_MET || s == Status.NOT_MET;
            if (shortfall && c.feeds() == null && areaById.get(c.area()).graded() && !systemic.containsKey(c.id())) {
                List<String> grounds = new ArrayList<>(evidence.get(c.id()));
                PriorItem earlier = earliestImprovement.get(c.id());
                if (earlier != null) {
                    grounds.add(earlier.id());
                }
                add(findings, new Finding("improvement", c.area(), c.id(), grounds, List.of(c.improvement())));
            }
        }
        for (PriorItem p : submission.priorItems()) {
            Characteristic c = characteristics.get(p.characteristic());
            if (c != null && p.kind() == PriorItem.Kind.NATIONAL_RECOMMENDATION && p.outstanding()) {
                add(findings, new Finding("national", c.area(), c.id(), List.of(p.id()), List.of(p.text())));
            }
        }
        for (Practice p : submission.practices()) {
            Characteristic c = characteristics.get(p.characteristic());
            if (c != null && newAndForceWide(p) && status.get(c.id()) == Status.EXCEEDED) {
                List<String> grounds = new ArrayList<>(evidence.get(c.id()));
                grounds.add(p.id());
                add(findings, new Finding("innovative", c.area(), c.id(), grounds, List.of(p.title())));
            }
        }

        // Stage three: the tally of each area -> its grade.
        List<Judgment> judgments = new ArrayList<>();
        for (Area area : areas) {
            List<Finding> inArea = findings.getOrDefault(area.id(), List.of());
            Map<String, Status> own = new LinkedHashMap<>();
            characteristics.values().stream().filter(c -> c.area().equals(area.id()))
                    .forEach(c -> own.put(c.id(), status.get(c.id())));
            judgments.add(switch (area.kind()) {
                case NOT_GRADED -> new Judgment(area.id(), Outcome.NOT_GRADED, null, inArea, own);
                case REPORTED_SEPARATELY -> new Judgment(area.id(), Outcome.REPORTED_SEPARATELY, null, inArea, own);
                case GRADED, GRADED_WHEN_INSPECTED -> grade(area, status, inArea, own);
            });
        }
        return judgments;
    }

    private Judgment grade(Area area, Map<String, Status> status, List<Finding> findings, Map<String, Status> own) {
        EnumMap<Status, Integer> counts = new EnumMap<>(Status.class);
        int catalogued = 0;
        int covered = 0;
        for (Characteristic c : characteristics.values()) {
            Status s = status.get(c.id());
            catalogued += c.area().equals(area.id()) ? 1 : 0;
            if (c.countsTowards().equals(area.id())) {
                counts.merge(s, 1, Integer::sum);
                covered += c.area().equals(area.id()) && s != Status.INSUFFICIENT_EVIDENCE ? 1 : 0;
            }
        }
        int exceeded = counts.getOrDefault(Status.EXCEEDED, 0);
        int met = counts.getOrDefault(Status.MET, 0);
        int partly = counts.getOrDefault(Status.PARTLY_MET, 0);
        int notMet = counts.getOrDefault(Status.NOT_MET, 0);
        int assessed = exceeded + met + partly + notMet;
        Set<String> topics = new HashSet<>();
        int causes = 0;
        int national = 0;
        for (Finding f : findings) {
            if (f.kind().equals("cause")) {
                causes++;
                topics.add(f.on());
            } else if (f.kind().equals("national")) {
                national++;
            }
        }
        double demonstratedShare = assessed == 0 ? 0 : (double) (exceeded + met) / assessed;
        double exceededShare = assessed == 0 ? 0 : (double) exceeded / assessed;
        double notMetShare = assessed == 0 ? 0 : (double) notMet / assessed;
        double coverage = catalogued == 0 ? 0 : (double) covered / catalogued;
        if (coverage < minimumCoverage || covered < minimumAssessed) {
            Outcome why = area.kind() == Area.Kind.GRADED ? Outcome.INSUFFICIENT_EVIDENCE : Outcome.NOT_INSPECTED;
            return new Judgment(area.id(), why, null, findings, own);
        }
        boolean[] met_ = new boolean[BEST_FIRST.length];
        met_[Grade.OUTSTANDING.ordinal()] = causes == 0 && partly + notMet == 0 && exceededShare >= outstandingExceeded;
        met_[Grade.GOOD.ordinal()] = causes == 0 && notMet == 0 && national == 0 && demonstratedShare >= goodDemonstrated;
        met_[Grade.ADEQUATE.ordinal()] = causes == 0 && notMet <= adequateMaximumNotMet
                && demonstratedShare >= adequateDemonstrated;
        met_[Grade.REQUIRES_IMPROVEMENT.ordinal()] = causes == 0
                || (notMetShare <= inadequateNotMetShare && topics.size() < inadequateTopics);
        met_[Grade.INADEQUATE.ordinal()] = causes > 0;
        for (Grade g : BEST_FIRST) {
            if (met_[g.ordinal()]) {
                return new Judgment(area.id(), Outcome.GRADED, g, findings, own);
            }
        }
        return new Judgment(area.id(), Outcome.GRADED, null, findings, own);
    }

    private static void add(Map<String, List<Finding>> findings, Finding f) {
        findings.computeIfAbsent(f.area(), k -> new ArrayList<>()).add(f);
    }

    private static boolean newAndForceWide(Practice p) {
        return p.novelty() == Practice.Novelty.NEW_TO_POLICING && p.reach() == Practice.Reach.FORCE_WIDE;
    }

    private static Status statusOf(List<Signal> signals) {
        if (signals.isEmpty()) {
            return Status.INSUFFICIENT_EVIDENCE;
        }
        boolean exceeded = false;
        boolean partly = false;
        for (Signal s : signals) {
            if (s.status() == Status.NOT_MET) {
                return Status.NOT_MET;
            }
            partly |= s.status() == Status.PARTLY_MET;
            exceeded |= s.status() == Status.EXCEEDED;
        }
        return partly ? Status.PARTLY_MET : exceeded ? Status.EXCEEDED : Status.MET;
    }

    private interface Sink {
        void add(Signal s);
    }

    /** Stage one's rules (evidence.drl and the area files), one kind of evidence at a time. */
    private void signals(EvidenceItem item, Sink out) {
        if (item instanceof Observation o) {
            Status status = switch (o.rating()) {
                case EXCEEDS -> Status.EXCEEDED;
                case MEETS, MOSTLY_MEETS -> Status.MET;
                case PARTLY_MEETS -> Status.PARTLY_MET;
                case DOES_NOT_MEET -> Status.NOT_MET;
                case NEUTRAL -> null; // a description, read as nothing either way
            };
            if (status != null) {
                out.add(new Signal(o.characteristic(), status, false, o.id()));
            }
        } else if (item instanceof CaseAudit a) {
            Measure m = measures.get(a.measure());
            if (m == null) {
                return;
            }
            double rate = a.failurePercent();
            if (rate >= systemicRate) {
                boolean large = a.sampled() == null || a.sampled() >= minimumSample;
                out.add(new Signal(m.characteristic(), Status.NOT_MET, large, a.id()));
            } else {
                out.add(new Signal(m.characteristic(), rate >= materialRate ? Status.PARTLY_MET : Status.MET,
                        false, a.id()));
            }
        } else if (item instanceof Metric v) {
            metric(v, out);
        } else if (item instanceof PriorItem p && p.progress() != PriorItem.Progress.NOT_STATED) {
            out.add(new Signal(p.characteristic(), !p.outstanding() ? Status.MET
                    : p.kind() == PriorItem.Kind.CAUSE_OF_CONCERN ? Status.NOT_MET : Status.PARTLY_MET, false, p.id()));
        } else if (item instanceof Practice p) {
            out.add(new Signal(p.characteristic(), newAndForceWide(p) ? Status.EXCEEDED : Status.MET, false, p.id()));
        }
    }

    private void metric(Metric v, Sink out) {
        Measure m = measures.get(v.measure());
        double x = v.value();
        if (m != null && m.kind() == Measure.Kind.FAILURE_RATE) {
            out.add(new Signal(m.characteristic(), x >= systemicRate ? Status.NOT_MET
                    : x >= materialRate ? Status.PARTLY_MET : Status.MET, x >= systemicRate, v.id()));
        }
        switch (v.measure()) {
            case "emergency-calls-answered-within-10-seconds" ->
                    out.add(new Signal("4.1.1", x < emergencyAnswered ? Status.NOT_MET : Status.MET, false, v.id()));
            case "non-emergency-calls-abandoned" ->
                    out.add(new Signal("4.1.1", x > abandonment ? Status.NOT_MET : Status.MET, false, v.id()));
            case "non-emergency-calls-answered-within-force-target" ->
                    out.add(new Signal("4.1.1", x < forceTarget ? Status.PARTLY_MET : Status.MET, false, v.id()));
            case "stop-search-reasonable-grounds" -> {
                Double margin = v.marginOfError();
                if (margin == null ? x < reasonableGrounds : x + margin < reasonableGrounds) {
                    out.add(new Signal("2.2.3", Status.NOT_MET, false, v.id()));
                } else if (x < reasonableGrounds) {
                    out.add(new Signal("2.2.3", Status.PARTLY_MET, false, v.id()));
                } else {
                    out.add(new Signal("2.2.3", Status.MET, false, v.id()));
                }
            }
            case "crimes-recorded-accurately" -> {
                if (x >= recordingMajority) {
                    out.add(new Signal("12.1.1", Status.EXCEEDED, false, v.id()));
                } else if (x >= recordingSubstantial) {
                    out.add(new Signal("12.1.1", Status.MET, false, v.id()));
                } else if (x >= recordingHigh) {
                    out.add(new Signal("12.1.1", Status.PARTLY_MET, false, v.id()));
                } else {
                    out.add(new Signal("12.1.1", Status.NOT_MET, x < recordingInadequate, v.id()));
                }
            }
            default -> {
            }
        }
    }

    /**
     * How far the floor decides as the library does on one submission: for each area, the outcome, the grade,
     * the number of findings of each kind and the status of each of its characteristics. Empty when they agree
     * on everything; otherwise one line per difference.
     */
    public static List<String> agreement(List<Judgment> floor, Assessment library) {
        List<String> differences = new ArrayList<>();
        for (Judgment f : floor) {
            AreaJudgment l = library.judgment(f.area()).orElse(null);
            if (l == null) {
                differences.add(f.area() + ": not in the library's assessment");
                continue;
            }
            String mine = f.outcome() + " " + f.grade() + " " + count(f, "cause") + "/" + count(f, "improvement")
                    + "/" + count(f, "national") + "/" + count(f, "innovative");
            String theirs = l.outcome() + " " + l.grade() + " " + l.causesOfConcern().size() + "/"
                    + l.areasForImprovement().size() + "/" + l.nationalRecommendationsNotMet().size() + "/"
                    + l.innovativePractice().size();
            if (!mine.equals(theirs)) {
                differences.add(f.area() + ": floor " + mine + ", library " + theirs
                        + " (outcome grade causes/improvements/national/innovative)");
            }
            Map<String, Status> statuses = new TreeMap<>();
            for (CharacteristicAssessment a : l.characteristics()) {
                statuses.put(a.characteristic(), a.status());
            }
            if (!statuses.equals(new TreeMap<>(f.statuses()))) {
                differences.add(f.area() + ": characteristic statuses differ: floor " + new TreeMap<>(f.statuses())
                        + ", library " + statuses);
            }
        }
        return differences;
    }

    private static long count(Judgment j, String kind) {
        return j.findings().stream().filter(f -> f.kind().equals(kind)).count();
    }
}
