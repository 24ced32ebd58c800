package org.peelrules;

import org.peelrules.internal.run.Derivations;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.peelrules.evidence.Submission;
import org.peelrules.internal.engine.Engine;
import org.peelrules.internal.explain.Explanations;
import org.peelrules.internal.read.SubmissionChecks;
import org.peelrules.internal.ruleset.Catalogue;
import org.peelrules.internal.ruleset.RuleInfo;
import org.peelrules.internal.run.Tracing;
import org.peelrules.judgment.AreaForImprovement;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.CharacteristicAssessment;
import org.peelrules.judgment.Explanation;
import org.peelrules.judgment.Finding;
import org.peelrules.judgment.InnovativePractice;
import org.peelrules.judgment.NationalRecommendationNotMet;
import org.peelrules.judgment.ProvisionalGrade;
import org.peelrules.judgment.ShortfallNoted;
import org.peelrules.judgment.Status;
import org.peelrules.rules.Area;
import org.peelrules.rules.Judgment;
import org.peelrules.rules.Standard;

/**
 * Evaluates submissions against one rule set. Thread-safe: the compiled rules are shared and every
 * evaluation runs in a session of its own, disposed when it ends. Every evaluation runs under a {@link Budget}
 * ({@link Budget#DEFAULT} unless {@link #withBudget} says otherwise): a rule set that loops, inserts without
 * end, recurses or throws fails the evaluation with a {@link org.peelrules.errors.RuleSetFaultException}, and the
 * caller's thread is free again.
 */
public final class Evaluator {
    /** This library's name, which every assessment records beside the rule set that produced it. */
    static final String LIBRARY = "peel-rules";
    static final String VERSION = readVersion();

    /**
     * The version of this library, as every assessment records it beside the rule set that produced it.
     *
     * @return the library's version from its build, such as {@code 0.1.0}, or
     *         {@code unknown} when the jar lacks it
     */
    public static String libraryVersion() {
        return VERSION;
    }

    private final RuleSet ruleSet;
    private final Budget budget;

    private Evaluator(RuleSet ruleSet, Budget budget) {
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /**
     * An evaluator with the {@linkplain Budget#DEFAULT default budget}.
     *
     * @param ruleSet the rule set to evaluate submissions against
     * @return an evaluator of that rule set
     * @throws NullPointerException if {@code ruleSet} is null
     */
    public static Evaluator of(RuleSet ruleSet) {
        return new Evaluator(ruleSet, Budget.DEFAULT);
    }

    /**
     * An evaluator of the same rule set whose every evaluation runs under {@code budget}; this one is unchanged.
     *
     * @param budget what each evaluation may spend before it is stopped
     * @return an evaluator of this rule set with that budget
     * @throws NullPointerException if {@code budget} is null
     */
    public Evaluator withBudget(Budget budget) {
        return new Evaluator(ruleSet, budget);
    }

    /**
     * The rule set this evaluator evaluates against.
     *
     * @return the rule set
     */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * What each evaluation may spend.
     *
     * @return the budget every evaluation runs under
     */
    public Budget budget() {
        return budget;
    }

    /**
     * Evaluates one submission.
     *
     * @param submission the submission, as {@link SubmissionReader} reads it
     * @return the assessment: a judgment on each area, with the findings and characteristic assessments beneath it
     * @throws org.peelrules.errors.InvalidSubmissionException if the submission names a framework, characteristic or
     *     measure the rule set does not know, listing every such problem
     * @throws org.peelrules.errors.RuleSetFaultException if the rule set passed the budget or failed in a rule (a
     *     stack overflow, memory run out, an exception from a consequence), naming the rules
     */
    public Assessment evaluate(Submission submission) {
        SubmissionChecks.against(ruleSet.loaded(), submission);
        // Only which rule decided each area is recorded now; a trace needs every derivation, and recording them
        // costs about a tenth of a run, so the run is traced again only when an explanation is asked for.
        Engine.Run run = ruleSet.loaded().evaluate(budget.limits(), submission, DECIDING_RULES);
        return assemble(submission, run, () -> traced(ruleSet.loaded().evaluate(budget.limits(), submission,
                Tracing.EVERY_FACT)));
    }

    /** What an evaluation records as it runs: the rule that inserted each area's judgment. */
    private static final Tracing DECIDING_RULES = Tracing.rulesOf(Judgment.class);

    /** An assessment and the rules that fired while it was reached (by name), for scenario coverage. */
    public record Recorded(Assessment assessment, Set<String> fired) {
    }

    /**
     * Evaluates one submission as {@link #evaluate} does, and says which rules fired.
     *
     * @param submission the submission, as {@link SubmissionReader} reads it
     * @return the assessment and the names of the rules that fired while it was reached
     * @throws org.peelrules.errors.InvalidSubmissionException if the submission names a framework, characteristic or
     *     measure the rule set does not know, listing every such problem
     * @throws org.peelrules.errors.RuleSetFaultException if the rule set passed the budget or failed in a rule,
     *     naming the rules
     */
    public Recorded evaluateRecording(Submission submission) {
        SubmissionChecks.against(ruleSet.loaded(), submission);
        Engine.Run run = ruleSet.loaded().evaluate(budget.limits(), submission, Tracing.EVERY_FACT);
        return new Recorded(assemble(submission, run, () -> traced(run)), run.derivations().fired());
    }

    /** A run traced in full, as the explanations read it. */
    private Explanations.Traced traced(Engine.Run run) {
        return new Explanations.Traced(decided(reported(run.facts())), run.derivations(), run.facts());
    }

    /** What the run decided of each area: its one judgment, causes of concern and national recommendations. */
    private List<Explanations.Decided> decided(Map<Class<?>, Map<String, List<Object>>> reported) {
        List<Explanations.Decided> decided = new ArrayList<>();
        for (Area area : ruleSet.catalogue().areas()) {
            List<Judgment> outcome = inArea(reported, Judgment.class, area);
            if (outcome.size() != 1) {
                throw new IllegalStateException("rule set " + ruleSet.name() + " gave area " + area.id() + " "
                        + outcome.size() + " judgments instead of one: its grading policy leaves a gap or overlaps");
            }
            decided.add(new Explanations.Decided(area, outcome.get(0),
                    sorted(inArea(reported, CauseOfConcern.class, area), CauseOfConcern::topic),
                    national(inArea(reported, NationalRecommendationNotMet.class, area))));
        }
        return decided;
    }

    private Assessment assemble(Submission submission, Engine.Run run, Supplier<Explanations.Traced> traced) {
        Map<Class<?>, Map<String, List<Object>>> reported = reported(run.facts());
        List<Explanations.Decided> decided = decided(reported);
        Derivations derivations = run.derivations();
        Explanations explanations = new Explanations(ruleSet.loaded(), budget.limits(), traced, submission);
        List<AreaJudgment> judgments = new ArrayList<>();
        for (Explanations.Decided d : decided) {
            Area area = d.area();
            Judgment j = d.judgment();
            String rule = derivations.of(j).flatMap(f -> ruleSet.rule(f.rule())).map(RuleInfo::id).orElse("");
            ProvisionalGrade provisional = provisional(j, area, reported);
            judgments.add(new AreaJudgment(area.id(), area.title(), area.shortName(), j.outcome(), j.grade(),
                    provisional, ruleSet.wording().describe(j.outcome(), j.grade()), rule, d.causes(),
                    sorted(inArea(reported, AreaForImprovement.class, area),
                            AreaForImprovement::characteristic),
                    d.national(),
                    sorted(inArea(reported, InnovativePractice.class, area),
                            InnovativePractice::characteristic),
                    sorted(inArea(reported, ShortfallNoted.class, area), ShortfallNoted::characteristic),
                    sorted(inArea(reported, CharacteristicAssessment.class, area),
                            CharacteristicAssessment::characteristic),
                    Explanation.whenAskedFor(() -> explanations.trace(area.id()),
                            () -> explanations.whyNotHigher(area.id()))));
        }
        return new Assessment(ruleSet.framework(), submission.force(),
                new Assessment.Stamp(ruleSet.name(), ruleSet.version(), ruleSet.hash(), LIBRARY, VERSION), judgments);
    }

    /** The grade an ungraded area's evidence points to, with its coverage; null when there is none. */
    private ProvisionalGrade provisional(Judgment j, Area area, Map<Class<?>, Map<String, List<Object>>> reported) {
        if (j.provisional() == null) {
            return null;
        }
        List<CharacteristicAssessment> own = sorted(inArea(reported, CharacteristicAssessment.class, area),
                CharacteristicAssessment::characteristic);
        List<String> unassessed = own.stream().filter(a -> a.status() == Status.INSUFFICIENT_EVIDENCE)
                .map(CharacteristicAssessment::characteristic).toList();
        int needed = (int) Math.max(standard("grading-minimum-assessed"),
                Math.ceil(standard("grading-minimum-coverage") * own.size()));
        if (own.size() - unassessed.size() >= needed) {
            // Coverage enough to grade, yet the grade unsettled: only the rest of the area can settle it.
            needed = own.size();
        }
        return new ProvisionalGrade(j.provisional(), own.size() - unassessed.size(), own.size(), needed, unassessed);
    }

    private double standard(String id) {
        return ruleSet.standards().stream().filter(s -> s.id().equals(id)).mapToDouble(Standard::value).findFirst()
                .orElse(0);
    }


    /**
     * The types of fact a judgment reports. Most facts in a session are of other types, and asking the set is
     * cheaper than asking each fact whether it is a {@link Finding}.
     */
    private static final Set<Class<?>> REPORTED = reportedTypes();

    private static Set<Class<?>> reportedTypes() {
        Set<Class<?>> types = new HashSet<>(List.of(Finding.class.getPermittedSubclasses()));
        types.add(Judgment.class);
        types.add(CharacteristicAssessment.class);
        return Set.copyOf(types);
    }

    /**
     * The facts a judgment reports (judgments, findings, characteristic assessments), grouped in one pass by type
     * and area. Records are final classes, so a fact's class is its type.
     */
    private static Map<Class<?>, Map<String, List<Object>>> reported(List<Object> facts) {
        Map<Class<?>, Map<String, List<Object>>> reported = new HashMap<>();
        for (Object fact : facts) {
            if (!REPORTED.contains(fact.getClass())) {
                continue;
            }
            String area = fact instanceof Finding f ? f.area()
                    : fact instanceof Judgment j ? j.area()
                    : fact instanceof CharacteristicAssessment a ? a.area()
                    : null;
            if (area != null) {
                reported.computeIfAbsent(fact.getClass(), c -> new HashMap<>())
                        .computeIfAbsent(area, a -> new ArrayList<>()).add(fact);
            }
        }
        return reported;
    }

    /** The reported facts of a type in an area, in a list of their own. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> inArea(Map<Class<?>, Map<String, List<Object>>> reported, Class<T> type, Area area) {
        return (List<T>) reported.getOrDefault(type, Map.of()).getOrDefault(area.id(), new ArrayList<>());
    }

    /**
     * By characteristic, then year, one without a year last; then by the item it rests on, since two on one
     * characteristic may give no year to tell them apart.
     */
    private static List<NationalRecommendationNotMet> national(List<NationalRecommendationNotMet> items) {
        items.sort(Comparator.comparing(NationalRecommendationNotMet::characteristic, Catalogue.BY_NUMBERING)
                .thenComparing(NationalRecommendationNotMet::year, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(n -> n.evidence().toString()));
        return items;
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> order) {
        items.sort(Comparator.comparing(order, Catalogue.BY_NUMBERING));
        return items;
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
