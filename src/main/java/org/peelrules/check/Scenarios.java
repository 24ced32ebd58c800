package org.peelrules.check;

import org.peelrules.internal.ruleset.RuleSetFiles;
import org.peelrules.Budget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.peelrules.Evaluator;
import org.peelrules.errors.Problem;
import org.peelrules.RuleSet;
import org.peelrules.errors.RuleSetException;
import org.peelrules.errors.RuleSetException;
import org.peelrules.SubmissionReader;
import org.peelrules.evidence.Submission;
import org.peelrules.internal.ruleset.Catalogue;
import org.peelrules.internal.ruleset.RuleInfo;
import org.peelrules.judgment.AreaForImprovement;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.CauseOfConcern;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.InnovativePractice;
import org.peelrules.judgment.NationalRecommendationNotMet;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.ShortfallNoted;
import org.peelrules.replay.Replay;
import org.peelrules.rules.Area;

/**
 * Runs the scenarios beside a rule set ({@code scenarios/*.yaml}) and works out what they cover: which rules
 * never fired, which characteristics no scenario gives evidence on, and which grades no scenario reaches in each
 * graded area. Replay cases may be counted towards the coverage too.
 */
public final class Scenarios {
    private Scenarios() {
    }

    /** One scenario's result: passed when nothing differed from what it expects. */
    public record Result(String name, String where, List<String> differences) {
        public Result {
            differences = List.copyOf(differences);
        }

        public boolean passed() {
            return differences.isEmpty();
        }
    }

    /**
     * What the scenarios (and any replay cases) reached.
     *
     * @param rules            how many rules the rule set has
     * @param neverFired       the rules no scenario or case fired, by id
     * @param characteristics  how many characteristics the catalogue has
     * @param notEvidenced     the characteristics no scenario or case assessed from evidence, by area
     * @param gradedTiers      how many grades the graded areas can be given (five each)
     * @param gradesNotReached the grades no scenario or case gave, by graded area; areas reaching all are left out
     * @param replayCases      how many replay cases were counted
     */
    public record Coverage(int rules, List<RuleInfo> neverFired, int characteristics,
                           Map<String, List<String>> notEvidenced, int gradedTiers,
                           Map<String, List<Grade>> gradesNotReached, int replayCases) {
        public Coverage {
            neverFired = List.copyOf(neverFired);
            notEvidenced = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notEvidenced));
            gradesNotReached = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(gradesNotReached));
        }

        public int notEvidencedCount() {
            return notEvidenced.values().stream().mapToInt(List::size).sum();
        }

        public int gradesNotReachedCount() {
            return gradesNotReached.values().stream().mapToInt(List::size).sum();
        }
    }

    /** Every scenario's result, and the coverage. */
    /**
     * @param ruleSet the rule set's name
     * @param stamp   which rule set, version and hash the scenarios ran against ({@link RuleSet#stamp})
     */
    public record Report(String ruleSet, String stamp, List<Result> results, Coverage coverage) {
        public Report {
            results = List.copyOf(results);
        }

        public long failed() {
            return results.stream().filter(r -> !r.passed()).count();
        }

        public boolean allPassed() {
            return failed() == 0;
        }
    }

    /**
     * Loads the rule set in {@code folder} and runs its scenarios.
     *
     * @param replay case folders or corpora whose cases count towards the coverage (not pass or fail)
     * @throws RuleSetException      when the rule set cannot be used
     * @throws RuleSetException     when a scenario file cannot be read, listing every problem with file and line
     * @throws InvalidSubmissionException when a replay case's evidence is invalid
     * @throws RuleSetFaultException when an evaluation passes the default budget or fails in a rule
     */
    public static Report run(Path folder, List<Path> replay) {
        return run(folder, replay, Budget.DEFAULT);
    }

    /** As {@link #run(Path, List)}, each evaluation under {@code budget}. */
    public static Report run(Path folder, List<Path> replay, Budget budget) {
        return run(RuleSet.load(folder), folder, replay, budget);
    }

    /**
     * The same, with the rule set already loaded from {@code folder} (as {@code peel test --watch} keeps it between
     * runs).
     */
    public static Report run(RuleSet ruleSet, Path folder, List<Path> replay, Budget budget) {
        List<Path> files = ScenarioReader.files(folder);
        if (files.isEmpty()) {
            throw RuleSetException.scenarios(folder.toString(), List.of(new Problem(folder.resolve(RuleSetFiles.SCENARIOS)
                    .toString(), "no scenario files (*.yaml): a test that checks nothing must not pass")));
        }
        List<Scenario> scenarios = ScenarioReader.read(ruleSet, folder, files);
        Evaluator evaluator = Evaluator.of(ruleSet).withBudget(budget);
        Reached reached = new Reached();
        List<Result> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            Evaluator.Recorded run = evaluator.evaluateRecording(s.evidence());
            reached.add(run);
            results.add(new Result(s.name(), s.where(), differences(s, run, ruleSet)));
        }
        int cases = 0;
        for (Path root : replay) {
            for (Path c : Replay.cases(root)) {
                Submission evidence = SubmissionReader.read(c.resolve(Replay.EVIDENCE), ruleSet);
                reached.add(evaluator.evaluateRecording(evidence));
                cases++;
            }
        }
        return new Report(ruleSet.name(), ruleSet.stamp(), results, reached.coverage(ruleSet, cases));
    }

    /** What one scenario expected and did not get, each in a sentence. */
    static List<String> differences(Scenario s, Evaluator.Recorded run, RuleSet ruleSet) {
        Assessment a = run.assessment();
        List<String> differences = new ArrayList<>();
        for (Scenario.Expectation e : s.expected()) {
            String subject = e.kind().words() + " " + e.subject();
            switch (e.kind()) {
                case STATUS -> {
                    String was = a.judgments().stream().flatMap(j -> j.characteristics().stream())
                            .filter(c -> c.characteristic().equals(e.subject())).findFirst()
                            .map(c -> ScenarioReader.words(c.status().name())).orElse("not assessed");
                    if (!was.equals(ScenarioReader.words(e.value()))) {
                        differences.add(subject + ": expected " + ScenarioReader.words(e.value()) + ", was " + was);
                    }
                }
                case GRADE, OUTCOME, PROVISIONAL_GRADE -> {
                    AreaJudgment j = a.judgment(e.subject()).orElseThrow();
                    String was = switch (e.kind()) {
                        case GRADE -> j.grade() == null ? "not graded (" + j.outcome().label() + ")" : j.grade().label();
                        case OUTCOME -> j.outcome().label();
                        default -> j.provisional() == null ? "none" : j.provisional().grade().label();
                    };
                    String expected = e.kind() == Scenario.Kind.OUTCOME ? Outcome.valueOf(e.value()).label()
                            : Grade.valueOf(e.value()).label();
                    if (!was.equals(expected)) {
                        differences.add(subject + ": expected " + expected + ", was " + was);
                    }
                }
                case RULE_FIRED -> {
                    Set<String> fired = new HashSet<>();
                    run.fired().forEach(n -> ruleSet.rule(n).ifPresent(r -> fired.add(r.id())));
                    if (!fired.contains(e.subject())) {
                        RuleInfo r = ruleById(ruleSet, e.subject());
                        differences.add(subject + " (\"" + r.name() + "\", " + r.location()
                                + "): expected to fire, did not");
                    }
                }
                default -> {
                    List<String> raised = raised(a, e.kind());
                    if (!raised.contains(e.subject())) {
                        differences.add(subject + ": expected, not raised (raised on: "
                                + (raised.isEmpty() ? "none" : String.join(", ", raised)) + ")");
                    }
                }
            }
        }
        return differences;
    }

    /** The subjects (topics or characteristics) of the findings of one kind, across all areas. */
    private static List<String> raised(Assessment a, Scenario.Kind kind) {
        Function<AreaJudgment, Stream<String>> of = switch (kind) {
            case CAUSE_OF_CONCERN -> j -> j.causesOfConcern().stream().map(CauseOfConcern::topic);
            case AREA_FOR_IMPROVEMENT -> j -> j.areasForImprovement().stream().map(AreaForImprovement::characteristic);
            case SHORTFALL_NOTED -> j -> j.otherShortfalls().stream().map(ShortfallNoted::characteristic);
            case INNOVATIVE_PRACTICE -> j -> j.innovativePractice().stream().map(InnovativePractice::characteristic);
            case NATIONAL_RECOMMENDATION -> j -> j.nationalRecommendationsNotMet().stream()
                    .map(NationalRecommendationNotMet::characteristic);
            default -> throw new IllegalArgumentException(kind + " is not a finding");
        };
        return a.judgments().stream().flatMap(of).distinct().sorted(Catalogue.BY_NUMBERING).toList();
    }

    /** What the runs so far reached: rules fired, characteristics assessed from evidence, grades given. */
    private static final class Reached {
        private final Set<String> rules = new HashSet<>();
        private final Set<String> evidenced = new HashSet<>();
        private final Map<String, Set<Grade>> grades = new LinkedHashMap<>();

        void add(Evaluator.Recorded run) {
            rules.addAll(run.fired());
            for (AreaJudgment j : run.assessment().judgments()) {
                j.characteristics().stream().filter(c -> !c.evidence().isEmpty())
                        .forEach(c -> evidenced.add(c.characteristic()));
                if (j.grade() != null) {
                    grades.computeIfAbsent(j.area(), x -> EnumSet.noneOf(Grade.class)).add(j.grade());
                }
            }
        }

        Coverage coverage(RuleSet ruleSet, int cases) {
            List<RuleInfo> neverFired = ruleSet.rules().stream().filter(r -> !rules.contains(r.name())).toList();
            Map<String, List<String>> notEvidenced = new LinkedHashMap<>();
            ruleSet.characteristics().stream().filter(c -> !evidenced.contains(c.id()))
                    .sorted(java.util.Comparator.comparing(c -> c.id(), Catalogue.BY_NUMBERING))
                    .forEach(c -> notEvidenced.computeIfAbsent(c.area(), x -> new ArrayList<>()).add(c.id()));
            Map<String, List<Grade>> notReached = new LinkedHashMap<>();
            List<Area> graded = ruleSet.areas().stream().filter(Area::graded).toList();
            for (Area area : graded) {
                Collection<Grade> got = grades.getOrDefault(area.id(), Set.of());
                List<Grade> missing = Stream.of(Grade.values()).filter(g -> !got.contains(g)).toList();
                if (!missing.isEmpty()) {
                    notReached.put(area.id(), missing);
                }
            }
            return new Coverage(ruleSet.rules().size(), neverFired, ruleSet.characteristics().size(), notEvidenced,
                    graded.size() * Grade.values().length, notReached, cases);
        }
    }

    private static RuleInfo ruleById(RuleSet ruleSet, String id) {
        return ruleSet.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
