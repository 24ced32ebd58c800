package org.peelrules.internal.explain;

import org.peelrules.internal.ruleset.LoadedRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.peelrules.evidence.Bound;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.Emphasis;
import org.peelrules.evidence.EvidenceItem;
import org.peelrules.evidence.Metric;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.SurveyResult;
import org.peelrules.internal.run.Derivations;
import org.peelrules.internal.run.Firing;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.ruleset.Catalogue;
import org.peelrules.internal.ruleset.RuleInfo;
import org.peelrules.judgment.AreaForImprovement;
import org.peelrules.judgment.AreaTally;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.CharacteristicAssessment;
import org.peelrules.judgment.Finding;
import org.peelrules.judgment.InnovativePractice;
import org.peelrules.judgment.NationalRecommendationNotMet;
import org.peelrules.judgment.RuleRef;
import org.peelrules.judgment.ShortfallNoted;
import org.peelrules.judgment.StandardValue;
import org.peelrules.judgment.Status;
import org.peelrules.judgment.Trace;
import org.peelrules.rules.Area;
import org.peelrules.rules.Balance;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.DescriptorMet;
import org.peelrules.rules.Judgment;
import org.peelrules.rules.Signal;
import org.peelrules.rules.Standard;
import org.peelrules.rules.SystemicShortfall;

/**
 * Builds each area's {@link Trace} from the facts that survived an evaluation and the firings that inserted
 * them. Nothing is inferred: every step is a fact a rule inserted, named with that rule.
 */
final class Tracer {
    static final Comparator<Trace.EvidenceStep> EVIDENCE_ORDER = Comparator
            .comparing(Trace.EvidenceStep::id)
            .thenComparing(e -> e.rule().id())
            .thenComparing(e -> e.signal() == null ? -1 : e.signal().ordinal())
            .thenComparing(Trace.EvidenceStep::systemic);
    private static final List<String> FINDING_KINDS = List.of("cause-of-concern", "area-for-improvement",
            "national-recommendation-not-met", "innovative-practice", "shortfall-noted");

    private final LoadedRules ruleSet;
    private final Derivations derivations;
    private final List<Object> facts;
    private final Map<String, EvidenceItem> evidence;
    private final Map<String, Characteristic> characteristics;
    private final Map<Class<?>, List<Object>> byType = new HashMap<>();
    /** Signals at the systemic rate by characteristic and evidence id, in fact order; indexed on first use. */
    private Map<SignalKey, List<Signal>> systemicSignals;

    private record SignalKey(String characteristic, String evidence) {
    }

    Tracer(LoadedRules ruleSet, Derivations derivations, List<Object> facts, Stream<EvidenceItem> evidence) {
        this.ruleSet = ruleSet;
        this.derivations = derivations;
        this.facts = facts;
        Map<String, EvidenceItem> byId = new HashMap<>();
        evidence.forEach(e -> byId.putIfAbsent(e.id(), e));
        this.evidence = byId;
        this.characteristics = ruleSet.catalogue().characteristicsById();
    }

    /** The rule with this name, as a trace cites it. */
    RuleRef rule(String name) {
        return ruleSet.rule(name).map(Tracer::ruleRef).orElse(new RuleRef("", name, "", 0));
    }

    /** The tally the grading policy made for an area, if it made one. */
    Optional<AreaTally> tally(Area area) {
        return of(AreaTally.class).filter(t -> !t.provisional() && t.area().equals(area.id())).findFirst();
    }

    /** The characteristic assessments an area's tally counted; without a tally, those of the area itself. */
    List<CharacteristicAssessment> counted(Area area) {
        return tally(area).flatMap(derivations::of).map(f -> f.matched(CharacteristicAssessment.class))
                .orElseGet(() -> of(CharacteristicAssessment.class).filter(a -> a.area().equals(area.id())).toList());
    }

    Trace trace(Area area, Judgment judgment) {
        Optional<Firing> decided = derivations.of(judgment);
        Trace.Decision descriptor = null;
        if (judgment.grade() != null) {
            descriptor = decided.flatMap(f -> f.matched(DescriptorMet.class).stream()
                            .filter(d -> d.grade() == judgment.grade()).findFirst())
                    .flatMap(derivations::of).map(this::decision).orElse(null);
        }
        Optional<AreaTally> tally = tally(area);
        RuleRef talliedBy = tally.flatMap(derivations::of).map(f -> rule(f.rule())).orElse(null);
        List<Trace.CharacteristicStep> steps = counted(area).stream().map(this::step)
                .sorted(Comparator.comparing(Trace.CharacteristicStep::characteristic, Catalogue.BY_NUMBERING))
                .toList();
        List<Trace.FindingStep> findings = of(Finding.class).filter(f -> f.area().equals(area.id()))
                .map(this::finding)
                .sorted(Comparator.comparing((Trace.FindingStep f) -> FINDING_KINDS.indexOf(f.kind()))
                        .thenComparing(Trace.FindingStep::subject, Catalogue.BY_NUMBERING)
                        .thenComparing(Trace.FindingStep::title)
                        // Two findings of a kind can share a subject and words (two national recommendations on
                        // one characteristic): the evidence each rests on keeps them in one order.
                        .thenComparing(f -> f.evidence().stream().map(Trace.EvidenceStep::id).toList().toString()))
                .toList();
        return new Trace(decided.map(this::decision).orElse(null), descriptor, tally.orElse(null), talliedBy,
                findings, steps);
    }

    Trace.Decision decision(Firing f) {
        return new Trace.Decision(rule(f.rule()), f.matched(Standard.class).stream()
                .sorted(Comparator.comparing(Standard::id)).map(Tracer::standardValue).distinct().toList());
    }

    private Trace.CharacteristicStep step(CharacteristicAssessment a) {
        Optional<Firing> f = derivations.of(a);
        // The status rules read the weighed balance of a characteristic's signals; the trace shows the signals.
        List<Trace.EvidenceStep> read = f.map(x -> Stream.concat(x.matched(Signal.class).stream(),
                        x.matched(Balance.class).stream().flatMap(b -> b.signals().stream())).toList())
                .orElse(List.of()).stream().map(this::read).sorted(EVIDENCE_ORDER).toList();
        Characteristic c = characteristics.get(a.characteristic());
        return new Trace.CharacteristicStep(a.characteristic(), a.area(), c == null ? "" : c.text().strip(),
                a.status(), f.map(x -> rule(x.rule())).orElse(null), read);
    }

    /** A signal, as the evidence item behind it and the rule that read the item. */
    private Trace.EvidenceStep read(Signal s) {
        RuleRef by = derivations.of(s).map(f -> rule(f.rule())).orElse(null);
        return evidence(s.evidence(), s.status(), s.atSystemicRate(), by);
    }

    private Trace.EvidenceStep evidence(String id, Status signal, boolean systemic, RuleRef by) {
        EvidenceItem item = evidence.get(id);
        return new Trace.EvidenceStep(id, item == null ? "" : kind(item), item == null ? "" : item.source(),
                item == null ? "" : summary(item), signal, systemic, by);
    }

    private Trace.FindingStep finding(Finding finding) {
        Optional<Firing> f = derivations.of(finding);
        RuleRef by = f.map(x -> rule(x.rule())).orElse(null);
        List<Trace.EvidenceStep> direct = f.map(x -> x.matched(EvidenceItem.class)).orElse(List.of()).stream()
                .map(e -> evidence(e.id(), null, false, by)).sorted(EVIDENCE_ORDER).toList();
        if (finding instanceof CauseOfConcern c) {
            List<Trace.SystemicStep> systemic = f.map(x -> x.matched(SystemicShortfall.class)).orElse(List.of())
                    .stream().map(this::systemic)
                    .sorted(Comparator.comparing(Trace.SystemicStep::characteristic, Catalogue.BY_NUMBERING))
                    .toList();
            return new Trace.FindingStep("cause-of-concern", c.topic(), c.title(), by, c.characteristics(),
                    systemic, direct);
        }
        String kind;
        String subject;
        String title;
        if (finding instanceof AreaForImprovement a) {
            kind = "area-for-improvement";
            subject = a.characteristic();
            title = a.text();
        } else if (finding instanceof ShortfallNoted s) {
            kind = "shortfall-noted";
            subject = s.characteristic();
            title = s.text();
        } else if (finding instanceof NationalRecommendationNotMet n) {
            kind = "national-recommendation-not-met";
            subject = n.characteristic();
            title = n.text();
        } else {
            InnovativePractice p = (InnovativePractice) finding;
            kind = "innovative-practice";
            subject = p.characteristic();
            title = p.title();
        }
        return new Trace.FindingStep(kind, subject, title, by, finding.characteristics(), List.of(), direct);
    }

    /** A systemic shortfall: the signals at the systemic rate it counted, or the item its rule read directly. */
    private Trace.SystemicStep systemic(SystemicShortfall s) {
        Optional<Firing> f = derivations.of(s);
        RuleRef by = f.map(x -> rule(x.rule())).orElse(null);
        List<Trace.EvidenceStep> steps = new ArrayList<>();
        for (String id : s.evidence()) {
            List<Trace.EvidenceStep> signals = systemicSignals(s.characteristic(), id).stream()
                    .map(this::read).toList();
            steps.addAll(signals.isEmpty() ? List.of(evidence(id, null, false, by)) : signals);
        }
        return new Trace.SystemicStep(s.characteristic(), by,
                steps.stream().distinct().sorted(EVIDENCE_ORDER).toList());
    }

    /**
     * The signals at the systemic rate on a characteristic from one evidence item. Indexed once: scanning every
     * signal for every item a shortfall cites grew with the square of the evidence (docs/performance.md).
     */
    private List<Signal> systemicSignals(String characteristic, String evidence) {
        if (systemicSignals == null) {
            systemicSignals = new HashMap<>();
            of(Signal.class).filter(Signal::atSystemicRate).forEach(x -> systemicSignals
                    .computeIfAbsent(new SignalKey(x.characteristic(), x.evidence()), k -> new ArrayList<>()).add(x));
        }
        return systemicSignals.getOrDefault(new SignalKey(characteristic, evidence), List.of());
    }

    /** The facts of a type; each type is looked for once per evaluation. */
    private <T> Stream<T> of(Class<T> type) {
        return byType.computeIfAbsent(type, t -> facts.stream().filter(t::isInstance).toList()).stream()
                .map(type::cast);
    }

    // --- How an evidence item reads in a trace --------------------------------------------------------------

    static String kind(EvidenceItem item) {
        if (item instanceof Metric) {
            return "metric";
        } else if (item instanceof CaseAudit) {
            return "case-audit";
        } else if (item instanceof SurveyResult) {
            return "survey";
        } else if (item instanceof Observation) {
            return "observation";
        } else if (item instanceof PriorItem) {
            return "prior-item";
        }
        return "practice";
    }

    /** The item's figures and words, in one line. */
    static String summary(EvidenceItem item) {
        if (item instanceof Metric m) {
            String value = bound(m.bound()) + number(m.value()) + ("percent".equals(m.unit()) ? "%" : " " + m.unit());
            if (m.marginOfError() != null) {
                value += " ± " + number(m.marginOfError());
            }
            if (m.period() != null) {
                value += ", " + m.period();
            }
            Metric.Comparison c = m.comparison();
            if (c != null) {
                value += " (" + words(c.against()) + ": " + number(c.value())
                        + (c.marginOfError() == null ? "" : " ± " + number(c.marginOfError())) + ")";
            }
            Metric.Rank r = m.rank();
            if (r != null) {
                value += ", position " + r.position() + " of " + r.of() + " " + r.among() + " from the "
                        + words(Json.kebab(r.countedFrom()));
            }
            return withNote(value, m.note());
        } else if (item instanceof CaseAudit a) {
            String figures = bound(a.bound()) + (a.failing() != null && a.sampled() != null
                    ? a.failing() + " of " + a.sampled() + " failing (" + number(round1(a.failurePercent())) + "%)"
                    : number(a.failurePercent()) + "% failing");
            if (a.marginOfError() != null) {
                figures += " ± " + number(a.marginOfError()) + " points";
            }
            return withNote(figures, a.note());
        } else if (item instanceof SurveyResult s) {
            String figures = bound(s.bound()) + number(s.proportion()) + "% of " + s.population()
                    + (s.respondents() == null ? "" : " (" + s.respondents() + " respondents)");
            return withNote(figures, s.note());
        } else if (item instanceof Observation o) {
            return words(Json.kebab(o.rating())) + (o.emphasis() == Emphasis.HEADLINE ? " (headline)" : "") + ": "
                    + o.text().strip();
        } else if (item instanceof PriorItem p) {
            return words(Json.kebab(p.kind())) + (p.year() == null ? "" : " from " + p.year()) + ", "
                    + (p.progress() == PriorItem.Progress.NOT_STATED ? "progress not stated"
                    : words(Json.kebab(p.progress()))) + ": " + p.text().strip();
        }
        Practice p = (Practice) item;
        return p.title() + " (" + words(Json.kebab(p.novelty())) + ", " + words(Json.kebab(p.reach())) + ")"
                + (p.text() == null || p.text().isBlank() ? "" : ": " + p.text().strip());
    }

    /** "over ", "under ", "about ": a figure given roughly is never shown as exact. */
    private static String bound(Bound bound) {
        return bound == null ? "" : Json.kebab(bound) + " ";
    }

    private static String withNote(String figures, String note) {
        return note == null || note.isBlank() ? figures : figures + ": " + note.strip();
    }

    private static String words(String kebab) {
        return kebab == null ? "" : kebab.replace('-', ' ');
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** A number as people write it: no trailing zeros, no exponent, whatever the locale. */
    static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static RuleRef ruleRef(RuleInfo rule) {
        return new RuleRef(rule.id(), rule.name(), rule.file(), rule.line());
    }

    private static StandardValue standardValue(Standard s) {
        return new StandardValue(s.id(), s.value(), s.unit(), s.note() == null ? null : s.note().strip());
    }
}
