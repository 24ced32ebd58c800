package org.peelrules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.kie.api.runtime.KieSession;
import org.peelrules.evidence.Submission;
import org.peelrules.rules.Area;
import org.peelrules.rules.DescriptorMet;
import org.peelrules.rules.Judgment;

/**
 * Evaluates submissions against one rule set. Thread-safe: the compiled rules are shared and every
 * evaluation runs in a session of its own, disposed when it ends.
 */
public final class Evaluator {
    /** The stages after evidence, in order; evidence rules (no agenda group) run first. */
    static final List<String> STAGES = List.of("assessment", "findings", "grading", "judgment");
    static final String LIBRARY = "peel-rules";
    static final String VERSION = readVersion();

    /** The version of this library. */
    public static String libraryVersion() {
        return VERSION;
    }

    private final RuleSet ruleSet;

    private Evaluator(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public static Evaluator of(RuleSet ruleSet) {
        return new Evaluator(ruleSet);
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Evaluates one submission.
     *
     * @throws InvalidSubmissionException if the submission names a framework, characteristic or measure the
     *                                    rule set does not know, listing every such problem
     */
    public Assessment evaluate(Submission submission) {
        SubmissionChecks.against(ruleSet, submission);
        KieSession session = ruleSet.kieBase().newKieSession();
        // Which rule inserted each fact, and what it matched: the trace every judgment carries.
        Derivations derivations = Derivations.watch(session);
        List<Object> facts = run(session, submission);
        return assemble(submission, facts, derivations);
    }

    private List<Object> run(KieSession session, Submission submission) {
        try {
            ruleSet.catalogue().facts().forEach(session::insert);
            submission.items().forEach(session::insert);
            session.fireAllRules();
            for (String stage : STAGES) {
                session.getAgenda().getAgendaGroup(stage).setFocus();
                session.fireAllRules();
            }
            return new ArrayList<>(session.getObjects());
        } finally {
            session.dispose();
        }
    }

    private Assessment assemble(Submission submission, List<Object> facts, Derivations derivations) {
        Tracer tracer = new Tracer(ruleSet, derivations, facts, submission.items());
        List<AreaJudgment> judgments = new ArrayList<>();
        try (WhatIf whatIf = new WhatIf(ruleSet)) {
            for (Area area : ruleSet.catalogue().areas()) {
                List<Judgment> outcome = of(facts, Judgment.class).stream().filter(j -> j.area().equals(area.id()))
                        .toList();
                if (outcome.size() != 1) {
                    throw new IllegalStateException("rule set " + ruleSet.name() + " gave area " + area.id() + " "
                            + outcome.size() + " judgments instead of one: its grading policy leaves a gap or "
                            + "overlaps");
                }
                Judgment j = outcome.get(0);
                String rule = derivations.of(j).flatMap(f -> ruleSet.rule(f.rule())).map(RuleInfo::id).orElse("");
                List<CauseOfConcern> causes = inArea(facts, CauseOfConcern.class, area, CauseOfConcern::topic);
                List<AreaForImprovement> improvements = inArea(facts, AreaForImprovement.class, area,
                        AreaForImprovement::characteristic);
                List<NationalRecommendationNotMet> national = inArea(facts, NationalRecommendationNotMet.class, area,
                        n -> n.characteristic() + "/" + n.year());
                List<InnovativePractice> practice = inArea(facts, InnovativePractice.class, area,
                        InnovativePractice::characteristic);
                WhyNotHigher whyNot = tracer.tally(area).flatMap(tally -> whatIf.whyNotHigher(
                        new WhatIf.AreaFacts(area, tally, descriptorsMet(facts, area), tracer.counted(area), causes,
                                national), j, tracer))
                        .orElse(null);
                judgments.add(new AreaJudgment(area.id(), area.title(), area.shortName(), j.outcome(), j.grade(),
                        describe(j), rule, causes, improvements, national, practice,
                        of(facts, CharacteristicAssessment.class).stream()
                                .filter(a -> a.area().equals(area.id()))
                                .sorted(Comparator.comparing(CharacteristicAssessment::characteristic,
                                        Catalogue.BY_NUMBERING))
                                .toList(),
                        tracer.trace(area, j), whyNot));
            }
        }
        return new Assessment(ruleSet.framework(), submission.force(),
                new Assessment.Stamp(ruleSet.name(), ruleSet.hash(), LIBRARY, VERSION), judgments);
    }

    /** The grades whose descriptors an area met. */
    private static Set<Grade> descriptorsMet(List<Object> facts, Area area) {
        Set<Grade> met = EnumSet.noneOf(Grade.class);
        of(facts, DescriptorMet.class).stream().filter(d -> d.area().equals(area.id()))
                .forEach(d -> met.add(d.grade()));
        return met;
    }

    private static String describe(Judgment j) {
        return switch (j.outcome()) {
            case GRADED -> j.grade().descriptor();
            case NOT_GRADED -> "The framework reports on this area without a grade; its findings inform other areas.";
            case REPORTED_SEPARATELY -> "This area is inspected and graded in a separate report.";
            case NOT_INSPECTED -> "The submission holds no evidence for this area, which is graded only when inspected.";
            case INSUFFICIENT_EVIDENCE -> "Too few of the area's characteristics could be assessed from the evidence "
                    + "to grade it.";
        };
    }

    private static <T extends Finding> List<T> inArea(Collection<Object> facts, Class<T> type, Area area,
                                                      Function<T, String> order) {
        return of(facts, type).stream().filter(f -> f.area().equals(area.id()))
                .sorted(Comparator.comparing(order, Catalogue.BY_NUMBERING)).toList();
    }

    private static <T> List<T> of(Collection<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String readVersion() {
        try (InputStream in = Evaluator.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
