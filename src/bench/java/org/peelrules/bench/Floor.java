package org.peelrules.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.peelrules.RuleSet;
import org.peelrules.evidence.Bound;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.Emphasis;
import org.peelrules.evidence.EvidenceItem;
import org.peelrules.evidence.Metric;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.evidence.Submission;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.CharacteristicAssessment;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.Status;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;
import org.peelrules.rules.Standard;

/**
 * The floor: the rule set's three stages written by hand in plain Java, for the benchmark to compare the
 * library with. Evidence gives weighed signals on characteristics; each characteristic's signals are weighed
 * into its status and tested for a systemic shortfall; statuses and shortfalls give findings; and the tally of
 * each area gives its grade, or the grade its evidence points to so far. It reads the same catalogue and the
 * same standards values as the rules, and builds findings with their evidence as the library does; it does
 * not trace, explain or check anything, which the library also does.
 *
 * <p>Benchmark code only, never shipped: it restates the DRL of {@code rules/peel-2021-22} at the time it
 * was written (the weighed evidence, serious shortfalls, crime recording bands and provisional grades), rule
 * by rule, and {@link #agreement} says whether it still decides as the rules do.
 */
public final class Floor {
    private static final Grade[] BEST_FIRST = Grade.values();
    /** FI-11's order: the earliest known year first, an item without a year after every dated one, then by id. */
    private static final Comparator<PriorItem> EARLIEST = Comparator
            .comparing(PriorItem::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PriorItem::id);

    /** One piece of evidence's verdict on one characteristic, with its weight (the library's {@code Signal}). */
    record Signal(String characteristic, Status status, double weight, boolean decisive, boolean atSystemicRate,
                  boolean standard, EvidenceItem item) {

        boolean positive() {
            return status == Status.EXCEEDED || status == Status.MET || status == Status.MOSTLY_MET;
        }
    }

    /**
     * A finding: kind (cause, improvement, noted, national, innovative), what it is on (a topic for a cause, else
     * a characteristic), and the evidence behind it.
     */
    record Finding(String kind, String area, String on, List<String> evidence, List<String> recommendations) {
    }

    /** An area's tally (the library's {@code AreaTally}); {@code counting} is what every share is of. */
    record Tally(int counting, int exceeded, int met, int mostlyMet, int partlyMet, int notMet, int causes,
                 int topics, int national) {

        double share(int count) {
            return counting == 0 ? 0 : (double) count / counting;
        }
    }

    /**
     * The judgment on one area.
     *
     * @param provisional for an area with too little evidence to grade, the grade its evidence points to, or null
     */
    public record Judgment(String area, Outcome outcome, Grade grade, Grade provisional, List<Finding> findings,
                           Map<String, Status> statuses) {
    }

    private final List<Characteristic> characteristics;
    private final Map<String, Characteristic> characteristicById = new HashMap<>();
    /** Each topic's characteristics, in catalogue order; a topic lies in the area of its characteristics. */
    private final Map<String, List<Characteristic>> byTopic = new LinkedHashMap<>();
    private final Map<String, Measure> measures = new HashMap<>();
    private final List<Area> areas;
    private final Map<String, Area> areaById = new HashMap<>();
    /** GP-01's count from the catalogue: each area's own characteristics (those fed to it count when assessed). */
    private final Map<String, Integer> catalogued = new HashMap<>();
    private final double weightObservation;
    private final double weightHeadline;
    private final double weightMeasured;
    private final double weightEarlier;
    private final double systemicRate;
    private final double materialRate;
    private final double minimumSample;
    private final double corroboratingTests;
    private final double topicMinimumShort;
    private final double months;
    private final double minimumCoverage;
    private final double minimumAssessed;
    private final double outstandingExceeded;
    private final double outstandingMaximumCauses;
    private final double outstandingMaximumShortfalls;
    private final double outstandingMaximumNational;
    private final double goodMaximumCauses;
    private final double goodMaximumNational;
    private final double adequateMaximumCauses;
    private final double goodDemonstrated;
    private final double goodInFull;
    private final double goodMaximumNotMet;
    private final double adequateDemonstrated;
    private final double adequateMaximumNotMet;
    private final double adequateMaximumShortfalls;
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
        characteristics = rules.characteristics();
        for (Characteristic c : characteristics) {
            characteristicById.put(c.id(), c);
            byTopic.computeIfAbsent(c.topic(), k -> new ArrayList<>()).add(c);
            catalogued.merge(c.area(), 1, Integer::sum);
        }
        rules.measures().forEach(m -> measures.put(m.id(), m));
        areas = rules.areas();
        areas.forEach(a -> areaById.put(a.id(), a));
        Map<String, Double> standards = new HashMap<>();
        for (Standard s : rules.standards()) {
            standards.put(s.id(), s.value());
        }
        weightObservation = standard(standards, "weight-observation");
        weightHeadline = standard(standards, "weight-headline");
        weightMeasured = standard(standards, "weight-measured");
        weightEarlier = standard(standards, "weight-earlier-inspection");
        systemicRate = standard(standards, "audit-systemic-failure-rate");
        materialRate = standard(standards, "audit-material-failure-rate");
        minimumSample = standard(standards, "audit-minimum-sample");
        corroboratingTests = standard(standards, "systemic-corroborating-tests");
        topicMinimumShort = standard(standards, "systemic-topic-minimum-short");
        months = standard(standards, "cause-of-concern-deadline-months");
        minimumCoverage = standard(standards, "grading-minimum-coverage");
        minimumAssessed = standard(standards, "grading-minimum-assessed");
        outstandingExceeded = standard(standards, "outstanding-minimum-exceeded-share");
        outstandingMaximumCauses = standard(standards, "outstanding-maximum-causes-of-concern");
        outstandingMaximumShortfalls = standard(standards, "outstanding-maximum-shortfalls");
        outstandingMaximumNational = standard(standards, "outstanding-maximum-national-recommendations-not-met");
        goodMaximumCauses = standard(standards, "good-maximum-causes-of-concern");
        goodMaximumNational = standard(standards, "good-maximum-national-recommendations-not-met");
        adequateMaximumCauses = standard(standards, "adequate-maximum-causes-of-concern");
        goodDemonstrated = standard(standards, "good-minimum-demonstrated-share");
        goodInFull = standard(standards, "good-minimum-demonstrated-in-full-share");
        goodMaximumNotMet = standard(standards, "good-maximum-not-met");
        adequateDemonstrated = standard(standards, "adequate-minimum-demonstrated-share");
        adequateMaximumNotMet = standard(standards, "adequate-maximum-not-met");
        adequateMaximumShortfalls = standard(standards, "adequate-maximum-shortfall-share");
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
        // Stage one: evidence -> weighed signals (evidence.drl and the area files).
        Map<String, List<Signal>> signals = new HashMap<>();
        Set<String> seriousOn = new HashSet<>();
        Map<String, Set<String>> headlineNotMet = new HashMap<>();
        Map<String, Set<String>> earlierConcerns = new HashMap<>();
        Map<String, PriorItem> earliestImprovement = new HashMap<>();
        for (Metric m : submission.metrics()) {
            metric(m, signals);
        }
        for (CaseAudit a : submission.caseAudits()) {
            caseAudit(a, signals);
        }
        for (Observation o : submission.observations()) {
            observation(o, signals);
            if (o.serious()) {
                seriousOn.add(o.characteristic()); // AS-12 asks for the observation itself, whatever it raised
            }
            if (o.rating() == Rating.DOES_NOT_MEET && o.emphasis() == Emphasis.HEADLINE) {
                headlineNotMet.computeIfAbsent(o.characteristic(), k -> new TreeSet<>()).add(o.id()); // AS-13
            }
        }
        for (PriorItem p : submission.priorItems()) {
            prior(p, signals);
            if (p.outstanding() && p.kind() == PriorItem.Kind.CAUSE_OF_CONCERN) {
                earlierConcerns.computeIfAbsent(p.characteristic(), k -> new TreeSet<>()).add(p.id());
            } else if (p.outstanding() && (p.kind() == PriorItem.Kind.AREA_FOR_IMPROVEMENT
                    || p.kind() == PriorItem.Kind.RECOMMENDATION)) {
                earliestImprovement.merge(p.characteristic(), p, (a, b) -> EARLIEST.compare(b, a) < 0 ? b : a);
            }
        }
        for (Practice p : submission.practices()) {
            add(signals, new Signal(p.characteristic(), newAndForceWide(p) ? Status.EXCEEDED : Status.MET,
                    weightObservation, false, false, false, p)); // EV-30, EV-31
        }

        // The assessment (assessment.drl): each characteristic's status, and its systemic shortfall if any.
        Map<String, Status> status = new HashMap<>();
        Map<String, List<String>> evidence = new HashMap<>();
        Map<String, List<String>> systemic = new LinkedHashMap<>();
        Set<String> topicsWithShortfall = new HashSet<>();
        for (Characteristic c : characteristics) {
            List<Signal> on = signals.get(c.id());
            if (on == null) {
                status.put(c.id(), Status.INSUFFICIENT_EVIDENCE); // AS-08
                evidence.put(c.id(), List.of());
            } else {
                status.put(c.id(), weigh(on));
                List<String> ids = new ArrayList<>(on.size());
                for (Signal s : on) {
                    ids.add(s.item().id());
                }
                evidence.put(c.id(), ids);
            }
            List<String> shortfall = systemic(on == null ? List.of() : on,
                    earlierConcerns.getOrDefault(c.id(), Set.of()), seriousOn.contains(c.id()));
            if (shortfall != null) {
                systemic.put(c.id(), shortfall);
                topicsWithShortfall.add(c.topic());
            }
        }

        // AS-13: a topic short on every characteristic with evidence, a headline finding one of them not met.
        for (List<Characteristic> topic : byTopic.values()) {
            int withEvidence = 0;
            boolean anyPositive = false;
            for (Characteristic c : topic) {
                List<Signal> on = signals.get(c.id());
                if (on != null) {
                    withEvidence++;
                    for (Signal s : on) {
                        anyPositive |= s.positive();
                    }
                }
            }
            if (withEvidence < topicMinimumShort || anyPositive) {
                continue;
            }
            for (Characteristic c : topic) {
                Set<String> headlines = headlineNotMet.get(c.id());
                if (headlines != null && !systemic.containsKey(c.id())) { // not already systemic by AS-10 to AS-12
                    systemic.put(c.id(), List.copyOf(headlines));
                    topicsWithShortfall.add(c.topic());
                }
            }
        }

        // Stage two: statuses -> findings (findings.drl).
        Map<String, List<Finding>> findings = new HashMap<>();
        for (Map.Entry<String, List<Characteristic>> topic : byTopic.entrySet()) {
            String area = topic.getValue().get(0).area();
            if (topicsWithShortfall.contains(topic.getKey()) && areaById.get(area).graded()) {
                add(findings, causeOfConcern(topic.getKey(), area, topic.getValue(), systemic, status, evidence));
            }
        }
        for (Characteristic c : characteristics) {
            Status s = status.get(c.id());
            if (c.feeds() != null || !areaById.get(c.area()).graded()) {
                continue;
            }
            PriorItem earlier = earliestImprovement.get(c.id());
            boolean shortfall = s == Status.PARTLY_MET || s == Status.NOT_MET
                    || (s == Status.MOSTLY_MET && earlier != null); // FI-11 restates even beside stronger success
            if (shortfall && !topicsWithShortfall.contains(c.topic())) {
                // FI-10, or FI-11 restating the earliest earlier item still outstanding.
                List<String> grounds = new ArrayList<>(evidence.get(c.id()));
                if (earlier != null) {
                    grounds.add(earlier.id());
                }
                add(findings, new Finding("improvement", c.area(), c.id(), grounds, List.of(c.improvement())));
            } else if (s == Status.MOSTLY_MET && earlier == null && anyShortfall(signals.get(c.id()))) {
                add(findings, new Finding("noted", c.area(), c.id(), evidence.get(c.id()),
                        List.of(c.improvement()))); // FI-12
            }
        }
        for (PriorItem p : submission.priorItems()) {
            Characteristic c = characteristicById.get(p.characteristic());
            if (c != null && p.kind() == PriorItem.Kind.NATIONAL_RECOMMENDATION && p.outstanding()) {
                add(findings, new Finding("national", c.area(), c.id(), List.of(p.id()), List.of(p.text()))); // FI-20
            }
        }
        for (Practice p : submission.practices()) {
            Characteristic c = characteristicById.get(p.characteristic());
            if (c != null && newAndForceWide(p) && status.get(c.id()) == Status.EXCEEDED && c.feeds() == null
                    && areaById.get(c.area()).graded()) {
                List<String> grounds = new ArrayList<>(evidence.get(c.id()));
                grounds.add(p.id());
                add(findings, new Finding("innovative", c.area(), c.id(), grounds, List.of(p.title()))); // FI-30
            }
        }

        // Stage three: the tally of each area -> its grade (grading-policy.drl).
        List<Judgment> judgments = new ArrayList<>();
        for (Area area : areas) {
            List<Finding> inArea = findings.getOrDefault(area.id(), List.of());
            Map<String, Status> own = new LinkedHashMap<>();
            for (Characteristic c : characteristics) {
                if (c.area().equals(area.id())) {
                    own.put(c.id(), status.get(c.id()));
                }
            }
            judgments.add(switch (area.kind()) {
                case NOT_GRADED -> new Judgment(area.id(), Outcome.NOT_GRADED, null, null, inArea, own); // GP-23
                case REPORTED_SEPARATELY ->
                        new Judgment(area.id(), Outcome.REPORTED_SEPARATELY, null, null, inArea, own); // GP-24
                case GRADED, GRADED_WHEN_INSPECTED -> grade(area, status, inArea, own);
            });
        }
        return judgments;
    }

    /** AS-00 and AS-01 to AS-07: only the heaviest evidence on each side counts, never how many pieces. */
    private static Status weigh(List<Signal> signals) {
        double heaviestFor = 0;
        double heaviestAgainst = 0;
        boolean decisive = false;
        boolean anyNotMet = false;
        Status best = null;
        for (Signal s : signals) {
            decisive |= s.decisive();
            if (s.positive()) {
                heaviestFor = Math.max(heaviestFor, s.weight());
                best = best == null || s.status().ordinal() < best.ordinal() ? s.status() : best;
            } else {
                heaviestAgainst = Math.max(heaviestAgainst, s.weight());
                anyNotMet |= s.status() == Status.NOT_MET;
            }
        }
        boolean notMetAtHeaviest = false;
        for (Signal s : signals) {
            notMetAtHeaviest |= !s.positive() && s.status() == Status.NOT_MET && s.weight() == heaviestAgainst;
        }
        boolean anyFor = heaviestFor > 0;
        boolean anyAgainst = heaviestAgainst > 0;
        if (decisive) {
            return Status.NOT_MET; // AS-01
        } else if (!anyFor) {
            return anyNotMet ? Status.NOT_MET : Status.PARTLY_MET; // AS-02, AS-03
        } else if (!anyAgainst) {
            return best; // AS-07
        } else if (heaviestAgainst > heaviestFor) {
            return notMetAtHeaviest ? Status.NOT_MET : Status.PARTLY_MET; // AS-04, AS-05
        } else if (heaviestAgainst == heaviestFor && notMetAtHeaviest) {
            return Status.PARTLY_MET; // AS-05
        }
        return Status.MOSTLY_MET; // AS-06
    }

    /**
     * AS-10 to AS-12: the evidence of a characteristic's systemic shortfall, or null if it has none. Tests are
     * counted by what they say ({@link #testOf}), so a copy of a figure never corroborates it.
     */
    private List<String> systemic(List<Signal> signals, Set<String> earlier, boolean serious) {
        Set<String> tests = new HashSet<>();
        TreeSet<String> grounds = new TreeSet<>();
        boolean standardMissed = false;
        for (Signal s : signals) {
            if (s.atSystemicRate()) {
                tests.add(testOf(s.item()));
                grounds.add(s.item().id());
                standardMissed |= s.standard();
            }
        }
        if (tests.size() >= corroboratingTests || !earlier.isEmpty()) { // AS-10, AS-11
            grounds.addAll(earlier);
            return List.copyOf(grounds);
        }
        if (!tests.isEmpty() && (standardMissed || serious)) { // AS-12
            return List.copyOf(grounds);
        }
        return null;
    }

    /** The library's {@code Signal.testOf}: what an item tested, told by what it says rather than by its id. */
    private static String testOf(EvidenceItem item) {
        if (item instanceof Metric m) {
            return "metric " + m.measure() + " " + m.value() + " " + m.bound() + " from " + m.source();
        } else if (item instanceof CaseAudit a) {
            return "case audit " + a.measure() + " " + a.failing() + " of " + a.sampled() + " " + a.failureRate()
                    + " " + a.bound() + " from " + a.source();
        } else if (item instanceof Observation o) {
            return "observation " + o.characteristic() + " " + o.rating() + " " + o.text() + " from " + o.source();
        }
        return item.id(); // no other kind raises a signal at the systemic rate; surveys raise none
    }

    /**
     * FI-01: a recommendation for each characteristic of the topic failing systemically, then for each other one
     * partly met or not met, in catalogue order.
     */
    private Finding causeOfConcern(String topic, String area, List<Characteristic> inTopic,
                                   Map<String, List<String>> systemic, Map<String, Status> status,
                                   Map<String, List<String>> evidence) {
        List<String> grounds = new ArrayList<>();
        List<String> recommendations = new ArrayList<>();
        for (Characteristic c : inTopic) {
            List<String> shortfall = systemic.get(c.id());
            if (shortfall != null) {
                grounds.addAll(shortfall);
                recommendations.add(c.id() + " within " + (int) months + " months: " + c.recommendation());
            }
        }
        for (Characteristic c : inTopic) {
            Status s = status.get(c.id());
            if (!systemic.containsKey(c.id()) && (s == Status.PARTLY_MET || s == Status.NOT_MET)) {
                grounds.addAll(evidence.get(c.id()));
                recommendations.add(c.id() + " within " + (int) months + " months: " + c.recommendation());
            }
        }
        return new Finding("cause", area, topic, grounds, recommendations);
    }

    /** GP-01, GP-02 and the judgment rules GP-20 to GP-26 for a graded area. */
    private Judgment grade(Area area, Map<String, Status> status, List<Finding> findings, Map<String, Status> own) {
        int exceeded = 0;
        int met = 0;
        int mostly = 0;
        int partly = 0;
        int notMet = 0;
        int covered = 0;
        int fedAndAssessed = 0;
        for (Characteristic c : characteristics) {
            if (!c.countsTowards().equals(area.id())) {
                continue;
            }
            Status s = status.get(c.id());
            switch (s) {
                case EXCEEDED -> exceeded++;
                case MET -> met++;
                case MOSTLY_MET -> mostly++;
                case PARTLY_MET -> partly++;
                case NOT_MET -> notMet++;
                case INSUFFICIENT_EVIDENCE -> {
                }
            }
            covered += c.area().equals(area.id()) && s != Status.INSUFFICIENT_EVIDENCE ? 1 : 0;
            fedAndAssessed += !c.area().equals(area.id()) && s != Status.INSUFFICIENT_EVIDENCE ? 1 : 0;
        }
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
        int ownCount = catalogued.getOrDefault(area.id(), 0);
        double coverage = ownCount == 0 ? 0 : (double) covered / ownCount;
        int assessed = exceeded + met + mostly + partly + notMet;
        if (coverage >= minimumCoverage && covered >= minimumAssessed) { // GP-20
            Tally t = new Tally(ownCount + fedAndAssessed, exceeded, met, mostly, partly, notMet, causes,
                    topics.size(), national);
            return new Judgment(area.id(), Outcome.GRADED, best(t), null, findings, own);
        }
        Outcome why = area.kind() == Area.Kind.GRADED ? Outcome.INSUFFICIENT_EVIDENCE : Outcome.NOT_INSPECTED;
        if (covered == 0) {
            return new Judgment(area.id(), why, null, null, findings, own); // GP-25, GP-22
        }
        // GP-02 with GP-21, GP-26: the same descriptors read over the characteristics assessed so far.
        Tally t = new Tally(assessed, exceeded, met, mostly, partly, notMet, causes, topics.size(), national);
        return new Judgment(area.id(), why, null, best(t), findings, own);
    }

    /** GP-10 to GP-14: the highest grade whose descriptor the tally meets. */
    private Grade best(Tally t) {
        int demonstrated = t.exceeded() + t.met() + t.mostlyMet();
        int shortfalls = t.partlyMet() + t.notMet();
        boolean[] meets = new boolean[BEST_FIRST.length];
        meets[Grade.OUTSTANDING.ordinal()] = t.causes() <= outstandingMaximumCauses
                && shortfalls <= outstandingMaximumShortfalls && t.national() <= outstandingMaximumNational
                && t.share(demonstrated) >= goodDemonstrated && t.share(t.exceeded() + t.met()) >= goodInFull
                && t.share(t.exceeded()) >= outstandingExceeded;
        meets[Grade.GOOD.ordinal()] = t.causes() <= goodMaximumCauses && t.notMet() <= goodMaximumNotMet
                && t.national() <= goodMaximumNational
                && t.share(demonstrated) >= goodDemonstrated && t.share(t.exceeded() + t.met()) >= goodInFull;
        meets[Grade.ADEQUATE.ordinal()] = t.causes() <= adequateMaximumCauses && t.notMet() <= adequateMaximumNotMet
                && t.share(demonstrated) >= adequateDemonstrated && t.share(shortfalls) <= adequateMaximumShortfalls;
        meets[Grade.REQUIRES_IMPROVEMENT.ordinal()] = t.causes() == 0
                || (t.topics() < inadequateTopics && t.share(demonstrated) >= adequateDemonstrated);
        meets[Grade.INADEQUATE.ordinal()] = t.causes() > 0;
        for (Grade g : BEST_FIRST) {
            if (meets[g.ordinal()]) {
                return g;
            }
        }
        return null;
    }

    private static void add(Map<String, List<Signal>> signals, Signal s) {
        signals.computeIfAbsent(s.characteristic(), k -> new ArrayList<>()).add(s);
    }

    private static void add(Map<String, List<Finding>> findings, Finding f) {
        findings.computeIfAbsent(f.area(), k -> new ArrayList<>()).add(f);
    }

    /** FI-12's test: some of the evidence shows a shortfall. */
    private static boolean anyShortfall(List<Signal> signals) {
        for (Signal s : signals) {
            if (!s.positive()) {
                return true;
            }
        }
        return false;
    }

    private static boolean newAndForceWide(Practice p) {
        return p.novelty() == Practice.Novelty.NEW_TO_POLICING && p.reach() == Practice.Reach.FORCE_WIDE;
    }

    /** EV-01 to EV-06: an observation weighs more when the source gives it as its headline finding. */
    private void observation(Observation o, Map<String, List<Signal>> out) {
        double w = o.emphasis() == Emphasis.HEADLINE ? weightHeadline : weightObservation;
        String c = o.characteristic();
        switch (o.rating()) {
            case EXCEEDS -> add(out, new Signal(c, Status.EXCEEDED, w, false, false, false, o));
            case MEETS -> add(out, new Signal(c, Status.MET, w, false, false, false, o));
            case MOSTLY_MEETS -> add(out, new Signal(c, Status.MOSTLY_MET, w, false, false, false, o));
            // A shortfall the source calls serious is decisive and at the systemic rate (EV-06).
            case PARTLY_MEETS -> add(out, new Signal(c, Status.PARTLY_MET, w, o.serious(), o.serious(), false, o));
            case DOES_NOT_MEET -> add(out, new Signal(c, Status.NOT_MET, w, o.serious(), o.serious(), false, o));
            case NEUTRAL -> {
                // a description, read as nothing either way
            }
        }
    }

    /** EV-10 to EV-13: a failure rate counts towards a systemic failure only from a sample large enough. */
    private void caseAudit(CaseAudit a, Map<String, List<Signal>> out) {
        Measure m = measures.get(a.measure());
        if (m == null) {
            return;
        }
        double rate = a.failurePercent();
        if (rate >= systemicRate && (a.sampled() == null || a.sampled() >= minimumSample)) {
            add(out, new Signal(m.characteristic(), Status.NOT_MET, weightMeasured, true, true, false, a));
        }
        if (rate >= systemicRate && a.sampled() != null && a.sampled() < minimumSample) {
            add(out, new Signal(m.characteristic(), Status.NOT_MET, weightMeasured, false, false, false, a));
        }
        if (rate >= materialRate && rate < systemicRate) {
            add(out, new Signal(m.characteristic(), Status.PARTLY_MET, weightMeasured, false, false, false, a));
        }
        if (rate < materialRate) {
            add(out, new Signal(m.characteristic(), Status.MET, weightMeasured, false, false, false, a));
        }
    }

    /** EV-20 to EV-22: an item whose progress is not stated says nothing. */
    private void prior(PriorItem p, Map<String, List<Signal>> out) {
        String c = p.characteristic();
        if (p.progress() == PriorItem.Progress.RESOLVED) {
            add(out, new Signal(c, Status.MET, weightEarlier, false, false, false, p));
        } else if (p.outstanding()) {
            boolean concern = p.kind() == PriorItem.Kind.CAUSE_OF_CONCERN;
            add(out, new Signal(c, concern ? Status.NOT_MET : Status.PARTLY_MET, weightEarlier, concern, false,
                    false, p));
        }
    }

    /** EV-14 to EV-16 for failure rates, then the area files' measures judged against a named standard. */
    private void metric(Metric v, Map<String, List<Signal>> out) {
        Measure m = measures.get(v.measure());
        double x = v.value();
        if (m != null && m.kind() == Measure.Kind.FAILURE_RATE) {
            boolean systemicFailure = x >= systemicRate;
            add(out, new Signal(m.characteristic(), systemicFailure ? Status.NOT_MET
                    : x >= materialRate ? Status.PARTLY_MET : Status.MET, weightMeasured, systemicFailure,
                    systemicFailure, false, v));
        }
        switch (v.measure()) {
            case "emergency-calls-answered-within-10-seconds" -> {
                if (x <= 100 - systemicRate && v.bound() != Bound.OVER) {
                    add(out, missedAtSystemicRate("4.1.1", v)); // RP-07
                } else if (x < emergencyAnswered) {
                    add(out, againstStandard("4.1.1", Status.NOT_MET, v)); // RP-01
                }
                if (x >= emergencyAnswered) {
                    add(out, againstStandard("4.1.1", Status.MET, v)); // RP-02
                }
            }
            case "non-emergency-calls-abandoned" -> {
                if (v.atLeast(systemicRate)) {
                    add(out, missedAtSystemicRate("4.1.1", v)); // RP-08
                } else if (x > abandonment) {
                    add(out, againstStandard("4.1.1", Status.NOT_MET, v)); // RP-03
                }
                if (x <= abandonment) {
                    add(out, againstStandard("4.1.1", Status.MET, v)); // RP-04
                }
            }
            // RP-05, RP-06: the force's own target, not a national standard.
            case "non-emergency-calls-answered-within-force-target" -> add(out, new Signal("4.1.1",
                    x < forceTarget ? Status.PARTLY_MET : Status.MET, weightMeasured, false, false, false, v));
            case "stop-search-reasonable-grounds" -> {
                // TP-01 to TP-03: read with its margin of error; none given is an interval of no width.
                Double margin = v.marginOfError();
                if (margin == null ? x < reasonableGrounds : x + margin < reasonableGrounds) {
                    add(out, againstStandard("2.2.3", Status.NOT_MET, v));
                } else if (x < reasonableGrounds) {
                    add(out, againstStandard("2.2.3", Status.PARTLY_MET, v));
                } else {
                    add(out, againstStandard("2.2.3", Status.MET, v));
                }
            }
            case "crimes-recorded-accurately" -> {
                // CD-01 to CD-05: the rubric's bands, compared with the estimate as published.
                if (x >= recordingMajority) {
                    add(out, againstStandard("12.1.1", Status.EXCEEDED, v));
                } else if (x >= recordingSubstantial) {
                    add(out, againstStandard("12.1.1", Status.MET, v));
                } else if (x >= recordingHigh) {
                    add(out, againstStandard("12.1.1", Status.PARTLY_MET, v));
                } else if (x >= recordingInadequate) {
                    add(out, againstStandard("12.1.1", Status.NOT_MET, v));
                } else {
                    add(out, missedAtSystemicRate("12.1.1", v));
                }
            }
            default -> {
            }
        }
    }

    private Signal againstStandard(String characteristic, Status status, Metric v) {
        return new Signal(characteristic, status, weightMeasured, false, false, true, v);
    }

    /** A national standard missed at the systemic rate: decisive, and systemic on its own (AS-12). */
    private Signal missedAtSystemicRate(String characteristic, Metric v) {
        return new Signal(characteristic, Status.NOT_MET, weightMeasured, true, true, true, v);
    }

    /**
     * How far the floor decides as the library does on one submission: for each area, the outcome, the grade,
     * the provisional grade, the findings of each kind (how many, and on which topics or characteristics) and the
     * status of each of its characteristics. Empty when they agree on everything; otherwise one line per
     * difference.
     */
    public static List<String> agreement(List<Judgment> floor, Assessment library) {
        List<String> differences = new ArrayList<>();
        for (Judgment f : floor) {
            AreaJudgment l = library.judgment(f.area()).orElse(null);
            if (l == null) {
                differences.add(f.area() + ": not in the library's assessment");
                continue;
            }
            Grade provisional = l.provisional() == null ? null : l.provisional().grade();
            String mine = f.outcome() + " " + f.grade() + " " + f.provisional() + " " + count(f, "cause") + "/"
                    + count(f, "improvement") + "/" + count(f, "noted") + "/" + count(f, "national") + "/"
                    + count(f, "innovative");
            String theirs = l.outcome() + " " + l.grade() + " " + provisional + " " + l.causesOfConcern().size()
                    + "/" + l.areasForImprovement().size() + "/" + l.otherShortfalls().size() + "/"
                    + l.nationalRecommendationsNotMet().size() + "/" + l.innovativePractice().size();
            if (!mine.equals(theirs)) {
                differences.add(f.area() + ": floor " + mine + ", library " + theirs
                        + " (outcome grade provisional causes/improvements/noted/national/innovative)");
            }
            Map<String, List<String>> onMine = new TreeMap<>();
            for (String kind : List.of("cause", "improvement", "noted", "national", "innovative")) {
                onMine.put(kind, f.findings().stream().filter(x -> x.kind().equals(kind)).map(Finding::on)
                        .sorted().toList());
            }
            Map<String, List<String>> onTheirs = new TreeMap<>();
            onTheirs.put("cause", l.causesOfConcern().stream().map(x -> x.topic()).sorted().toList());
            onTheirs.put("improvement", l.areasForImprovement().stream().map(x -> x.characteristic()).sorted()
                    .toList());
            onTheirs.put("noted", l.otherShortfalls().stream().map(x -> x.characteristic()).sorted().toList());
            onTheirs.put("national", l.nationalRecommendationsNotMet().stream().map(x -> x.characteristic())
                    .sorted().toList());
            onTheirs.put("innovative", l.innovativePractice().stream().map(x -> x.characteristic()).sorted()
                    .toList());
            if (mine.equals(theirs) && !onMine.equals(onTheirs)) {
                differences.add(f.area() + ": findings are on other topics or characteristics: floor " + onMine
                        + ", library " + onTheirs);
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
