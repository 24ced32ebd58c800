package org.peelrules.internal.explain;

import org.peelrules.internal.run.Derivations;
import org.peelrules.internal.run.Limits;
import org.peelrules.internal.ruleset.LoadedRules;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.peelrules.evidence.Submission;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.NationalRecommendationNotMet;
import org.peelrules.judgment.Trace;
import org.peelrules.judgment.WhyNotHigher;
import org.peelrules.rules.Area;
import org.peelrules.rules.DescriptorMet;
import org.peelrules.rules.Judgment;

/**
 * The explanations of one evaluation's judgments, worked out from a traced run of it when first asked for: every
 * area's trace at the first request for a trace, every area's "why not higher" at the first request for one. Safe
 * for concurrent use; once both are worked out, the run is let go.
 */
public final class Explanations {
    /** What an evaluation decided about one area, as "why not higher" starts from. */
    public record Decided(Area area, Judgment judgment, List<CauseOfConcern> causes,
                   List<NationalRecommendationNotMet> national) {
    }

    /**
     * A run of the evaluation traced in full: what it decided of each area, which rule derived each of its facts
     * and what that firing matched, and the facts. The same evidence and rules always give the same run.
     *
     * @param areas       what the run decided of each area, its judgment one of the facts
     * @param derivations which rule inserted each fact, and what it matched
     * @param facts       every fact the run ended with
     */
    public record Traced(List<Decided> areas, Derivations derivations, List<Object> facts) {
        public Traced {
            areas = List.copyOf(areas);
        }
    }

    private final LoadedRules ruleSet;
    /** The evaluation's budget, which the questions "why not higher" asks of the grading policy run under too. */
    private final Limits budget;
    /** The traced run, made when an explanation is first asked for. */
    private Supplier<Traced> tracing;
    private List<Decided> areas;
    private Derivations derivations;
    private List<Object> facts;
    private Submission submission;
    private Tracer tracer;
    private Map<String, Trace> traces;
    private Map<String, WhyNotHigher> whyNotHigher;

    /**
     * @param ruleSet    the rules the evaluation ran
     * @param budget     the evaluation's budget
     * @param traced     makes the traced run, once, when an explanation is first asked for
     * @param submission the evidence evaluated
     */
    public Explanations(LoadedRules ruleSet, Limits budget, Supplier<Traced> traced, Submission submission) {
        this.ruleSet = ruleSet;
        this.budget = budget;
        this.tracing = traced;
        this.submission = submission;
    }

    public synchronized Trace trace(String area) {
        if (traces == null) {
            traced();
            Map<String, Trace> all = new HashMap<>();
            for (Decided d : areas) {
                all.put(d.area().id(), tracer().trace(d.area(), d.judgment()));
            }
            traces = all;
            releaseWhenDone();
        }
        return traces.get(area);
    }

    public synchronized WhyNotHigher whyNotHigher(String area) {
        if (whyNotHigher == null) {
            traced();
            Map<String, WhyNotHigher> all = new HashMap<>();
            Tracer t = tracer();
            try (WhatIf whatIf = new WhatIf(ruleSet, budget)) {
                for (Decided d : areas) {
                    t.tally(d.area()).flatMap(tally -> whatIf.whyNotHigher(new WhatIf.AreaFacts(d.area(), tally,
                                    descriptorsMet(d.area()), t.counted(d.area()), d.causes(), d.national()),
                            d.judgment(), t)).ifPresent(w -> all.put(d.area().id(), w));
                }
            }
            whyNotHigher = all;
            releaseWhenDone();
        }
        return whyNotHigher.get(area);
    }

    /** Makes the traced run, the first time. */
    private void traced() {
        if (tracing != null) {
            Traced run = tracing.get();
            areas = run.areas();
            derivations = run.derivations();
            facts = run.facts();
            tracing = null;
        }
    }

    private Tracer tracer() {
        if (tracer == null) {
            tracer = new Tracer(ruleSet, derivations, facts, submission.items());
        }
        return tracer;
    }

    /** The grades whose descriptors an area met. */
    private Set<Grade> descriptorsMet(Area area) {
        Set<Grade> met = EnumSet.noneOf(Grade.class);
        for (Object fact : facts) {
            if (fact instanceof DescriptorMet d && !d.provisional() && d.area().equals(area.id())) {
                met.add(d.grade());
            }
        }
        return met;
    }

    private void releaseWhenDone() {
        if (traces != null && whyNotHigher != null) {
            derivations = null;
            facts = null;
            submission = null;
            tracer = null;
        }
    }
}
