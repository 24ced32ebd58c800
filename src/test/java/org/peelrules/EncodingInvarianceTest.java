package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.EvidenceItem;
import org.peelrules.evidence.Metric;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.Practice;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.evidence.Submission;
import org.peelrules.evidence.SurveyResult;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.json.Values;
import org.peelrules.internal.read.SubmissionChecks;
import org.peelrules.judgment.AreaForImprovement;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.InnovativePractice;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.Recommendation;
import org.peelrules.judgment.ShortfallNoted;
import org.peelrules.judgment.Status;
import org.peelrules.replay.Replay;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;

/**
 * A grade follows from what a force did, not from how finely its evidence was written down. Over every case in
 * examples/ (and examples/real/, searched to any depth, when it exists), these properties rewrite the evidence
 * without changing what it says (duplicated, split, merged) and check that the assessment says the same; and
 * change what it says in one direction (worse or better ratings and rates, observations added or removed) and
 * check that no grade or cause of concern moves the other way.
 *
 * <p>What is compared is {@link Conclusions}: per area, the outcome and grade, every characteristic's status, the
 * causes of concern by topic with the characteristics they recommend on, and the areas for improvement and
 * innovative practice by characteristic. Evidence ids are not compared: rewriting the evidence gives it new ones.
 * Grades are compared best first; "no grade" is neither better nor worse than a grade, so an area that gains or
 * loses its grade because the evidence now covers more or less of it is not a failure.
 *
 * <p>Every changed submission goes through {@link SubmissionReader} before it is evaluated, so a property only
 * ever judges evidence a force could submit. Fixed seed and bounded tries, as in {@link EvaluationPropertiesTest}.
 */
class EncodingInvarianceTest {
    private static final String SEED = "20220331";
    /** Published cases, when there are any, sit in folders of their own at any depth under this one. */
    private static final Path REAL = TestRules.EXAMPLES.resolve("real");

    private static final RuleSet RULES = TestRules.ruleSet();
    private static final Evaluator EVALUATOR = TestRules.evaluator();

    /** Every case, read and evaluated once for the whole class. */
    private static final class Corpus {
        static final List<Case> CASES = discover();
    }

    /** One case's evidence as written, and what its assessment says. */
    record Case(String name, Submission submission, SortedMap<String, Conclusions> says) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A case with its evidence changed: {@code change} says how, in words, for the shrunk counterexample. */
    record Edit(Case from, String change, Submission after) {
        @Override
        public String toString() {
            return from.name() + ": " + change;
        }
    }

    @Example
    void everyCaseIsFoundAndRead() {
        // A corpus that holds nothing would let every property below pass without checking anything.
        assertThat(Corpus.CASES).as("cases under %s", TestRules.EXAMPLES).isNotEmpty();
        assertThat(Corpus.CASES).allSatisfy(c -> assertThat(c.says()).as(c.name()).isNotEmpty());
    }

    // --- The same evidence, written down differently, gives the same assessment -----------------------------

    @Property(tries = 20, seed = SEED)
    void duplicatingEveryEvidenceItemChangesNothing(@ForAll("duplications") Edit edit) {
        saysTheSame(edit);
    }

    @Provide
    Arbitrary<Edit> duplications() {
        return cases(c -> true).map(c -> {
            Ids ids = new Ids(c.submission());
            Submission s = c.submission();
            return new Edit(c, "every evidence item given twice, the copy under a new id", new Submission(
                    s.framework(), s.force(), s.inspectionPeriod(), twice(s.metrics(), ids), twice(s.caseAudits(), ids),
                    twice(s.surveys(), ids), twice(s.observations(), ids), twice(s.priorItems(), ids),
                    twice(s.practices(), ids)));
        });
    }

    @Property(tries = 150, seed = SEED)
    void splittingAnObservationInTwoChangesNothing(@ForAll("splits") Edit edit) {
        saysTheSame(edit);
    }

    @Provide
    Arbitrary<Edit> splits() {
        return cases(c -> !c.submission().observations().isEmpty()).flatMap(c -> {
            List<Observation> observations = c.submission().observations();
            return Arbitraries.integers().between(0, observations.size() - 1).flatMap(i -> {
                Observation o = observations.get(i);
                List<Integer> cuts = wordBoundaries(o.text());
                // 0 gives both halves the whole text; k > 0 cuts at the k-th word boundary.
                return Arbitraries.integers().between(0, cuts.size())
                        .map(k -> split(c, o, k == 0 ? -1 : cuts.get(k - 1)));
            });
        });
    }

    private static Edit split(Case c, Observation o, int cut) {
        Ids ids = new Ids(c.submission());
        String first = cut < 0 ? o.text() : o.text().substring(0, cut).strip();
        String second = cut < 0 ? o.text() : o.text().substring(cut).strip();
        List<Observation> observations = new ArrayList<>();
        for (Observation x : c.submission().observations()) {
            if (x == o) {
                for (String text : List.of(first, second)) {
                    observations.add(new Observation(ids.fresh(o.id()), o.characteristic(), o.rating(),
                            o.emphasis(), o.severity(), text, o.source()));
                }
            } else {
                observations.add(x);
            }
        }
        String how = cut < 0 ? "both with its whole text" : "its text cut after \"" + Values.abbreviate(first) + "\"";
        return new Edit(c, "observation " + o.id() + " (" + o.characteristic() + ", " + Json.kebab(o.rating())
                + ") split in two, " + how, withObservations(c.submission(), observations));
    }

    /** Where a text can be cut between words, leaving words on both sides. */
    private static List<Integer> wordBoundaries(String text) {
        List<Integer> cuts = new ArrayList<>();
        if (text == null) {
            return cuts;
        }
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))
                    && !text.substring(i).isBlank()) {
                cuts.add(i);
            }
        }
        return cuts;
    }

    @Property(tries = 150, seed = SEED)
    void mergingTwoLikeObservationsChangesNothing(@ForAll("merges") Edit edit) {
        saysTheSame(edit);
    }

    @Provide
    Arbitrary<Edit> merges() {
        return cases(c -> !likePairs(c.submission()).isEmpty()).flatMap(c -> {
            List<List<Observation>> pairs = likePairs(c.submission());
            return Arbitraries.integers().between(0, pairs.size() - 1).map(i -> merge(c, pairs.get(i)));
        });
    }

    /** Every two observations with the same characteristic and rating, in the order the submission gives them. */
    private static List<List<Observation>> likePairs(Submission s) {
        List<Observation> all = s.observations();
        List<List<Observation>> pairs = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Observation a = all.get(i);
                Observation b = all.get(j);
                if (a.characteristic().equals(b.characteristic()) && a.rating() == b.rating()
                        && a.emphasis() == b.emphasis() && a.severity() == b.severity()) {
                    pairs.add(List.of(a, b));
                }
            }
        }
        return pairs;
    }

    private static Edit merge(Case c, List<Observation> pair) {
        Observation a = pair.get(0);
        Observation b = pair.get(1);
        String text = Stream.of(a.text(), b.text()).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining(" "));
        Observation merged = new Observation(new Ids(c.submission()).fresh(a.id()), a.characteristic(), a.rating(),
                a.emphasis(), a.severity(), text, a.source());
        List<Observation> observations = new ArrayList<>();
        for (Observation x : c.submission().observations()) {
            if (x == a) {
                observations.add(merged);
            } else if (x != b) {
                observations.add(x);
            }
        }
        return new Edit(c, "observations " + a.id() + " and " + b.id() + " (" + a.characteristic() + ", "
                + Json.kebab(a.rating()) + ") merged into one, their texts joined",
                withObservations(c.submission(), observations));
    }

    // --- Monotone in value: worse evidence never gives a better grade ------------------------------------------

    @Property(tries = 250, seed = SEED)
    void makingEvidenceWorseNeverRaisesAGradeNorRemovesACauseOfConcern(@ForAll("worsenings") Edit edit) {
        SortedMap<String, Conclusions> after = evaluate(edit);
        holds(edit, after, Stream.concat(
                gradesRaised(edit.from().says(), after).stream(),
                causesRemoved(edit.from().says(), after).stream()).toList());
    }

    @Provide
    Arbitrary<Edit> worsenings() {
        return moves(Direction.WORSE);
    }

    @Property(tries = 250, seed = SEED)
    void makingEvidenceBetterNeverLowersAGradeNorAddsACauseOfConcern(@ForAll("improvements") Edit edit) {
        SortedMap<String, Conclusions> after = evaluate(edit);
        holds(edit, after, Stream.concat(
                gradesLowered(edit.from().says(), after).stream(),
                causesAdded(edit.from().says(), after).stream()).toList());
    }

    @Provide
    Arbitrary<Edit> improvements() {
        return moves(Direction.BETTER);
    }

    /** One to three items of a case, each moved the given way: an observation one rating, a rate by 1 to 30 points. */
    private Arbitrary<Edit> moves(Direction direction) {
        return cases(c -> !movable(c.submission(), direction).isEmpty()).flatMap(c -> {
            List<EvidenceItem> movable = movable(c.submission(), direction);
            Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, movable.size() - 1),
                    Arbitraries.integers().between(1, 30)).as(Step::new);
            return step.list().ofMinSize(1).ofMaxSize(Math.min(3, movable.size())).uniqueElements(Step::item)
                    .map(steps -> move(c, movable, steps, direction));
        });
    }

    /** Which item to move, by its place among the movable ones, and how far a rate moves (points). */
    record Step(int item, int points) {
    }

    enum Direction { WORSE, BETTER }

    private static Edit move(Case c, List<EvidenceItem> movable, List<Step> steps, Direction direction) {
        Map<EvidenceItem, EvidenceItem> moved = new IdentityHashMap<>();
        List<String> changes = new ArrayList<>();
        for (Step step : steps) {
            EvidenceItem item = movable.get(step.item());
            EvidenceItem to = Moves.moved(item, direction, step.points()).orElseThrow();
            moved.put(item, to);
            changes.add(Moves.describe(item, to));
        }
        Submission s = c.submission();
        return new Edit(c, String.join("; ", changes), new Submission(s.framework(), s.force(), s.inspectionPeriod(),
                replaced(s.metrics(), moved), replaced(s.caseAudits(), moved), s.surveys(),
                replaced(s.observations(), moved), s.priorItems(), s.practices()));
    }

    private static List<EvidenceItem> movable(Submission s, Direction direction) {
        return s.items().filter(i -> Moves.moved(i, direction, 1).isPresent()).toList();
    }

    // --- Monotone in amount: more bad evidence never helps, more good evidence never harms ---------------------

    @Property(tries = 350, seed = SEED)
    void addingAWorseObservationNeverRaisesAGradeNorRemovesACauseOfConcern(@ForAll("worseAdditions") Edit edit) {
        SortedMap<String, Conclusions> after = evaluate(edit);
        holds(edit, after, Stream.concat(
                gradesRaised(edit.from().says(), after).stream(),
                causesRemoved(edit.from().says(), after).stream()).toList());
    }

    @Provide
    Arbitrary<Edit> worseAdditions() {
        return additions(Rating.PARTLY_MEETS, Rating.DOES_NOT_MEET);
    }

    @Property(tries = 350, seed = SEED)
    void addingABetterObservationNeverLowersAGradeNorAddsACauseOfConcern(@ForAll("betterAdditions") Edit edit) {
        SortedMap<String, Conclusions> after = evaluate(edit);
        holds(edit, after, Stream.concat(
                gradesLowered(edit.from().says(), after).stream(),
                causesAdded(edit.from().says(), after).stream()).toList());
    }

    @Provide
    Arbitrary<Edit> betterAdditions() {
        return additions(Rating.MEETS, Rating.EXCEEDS);
    }

    /** A case with one observation added on a characteristic of a graded area, rated one of {@code ratings}. */
    private Arbitrary<Edit> additions(Rating... ratings) {
        Set<String> graded = RULES.areas().stream().filter(Area::graded).map(Area::id).collect(Collectors.toSet());
        List<String> characteristics = RULES.characteristics().stream().filter(c -> graded.contains(c.area()))
                .map(Characteristic::id).toList();
        return Combinators.combine(cases(c -> true), Arbitraries.of(characteristics), Arbitraries.of(ratings))
                .as(EncodingInvarianceTest::added);
    }

    private static Edit added(Case c, String characteristic, Rating rating) {
        Observation o = new Observation(new Ids(c.submission()).fresh("added-observation"), characteristic, rating,
                "An observation added by a property test", "test");
        List<Observation> observations = new ArrayList<>(c.submission().observations());
        observations.add(o);
        return new Edit(c, "observation added on " + characteristic + ", " + Json.kebab(rating),
                withObservations(c.submission(), observations));
    }

    @Property(tries = 300, seed = SEED)
    void removingAPositiveObservationNeverRaisesAGrade(@ForAll("positiveRemovals") Edit edit) {
        SortedMap<String, Conclusions> after = evaluate(edit);
        holds(edit, after, gradesRaised(edit.from().says(), after));
    }

    @Provide
    Arbitrary<Edit> positiveRemovals() {
        return removals(Rating.EXCEEDS, Rating.MEETS, Rating.MOSTLY_MEETS);
    }

    @Property(tries = 200, seed = SEED)
    void removingANegativeObservationNeverLowersAGrade(@ForAll("negativeRemovals") Edit edit) {
        SortedMap<String, Conclusions> after = evaluate(edit);
        holds(edit, after, gradesLowered(edit.from().says(), after));
    }

    @Provide
    Arbitrary<Edit> negativeRemovals() {
        return removals(Rating.PARTLY_MEETS, Rating.DOES_NOT_MEET);
    }

    /** A case with one of its observations rated one of {@code ratings} taken out. */
    private Arbitrary<Edit> removals(Rating... ratings) {
        Set<Rating> wanted = Set.of(ratings);
        Function<Case, List<Observation>> candidates = c -> c.submission().observations().stream()
                .filter(o -> wanted.contains(o.rating())).toList();
        return cases(c -> !candidates.apply(c).isEmpty()).flatMap(c -> {
            List<Observation> rated = candidates.apply(c);
            return Arbitraries.integers().between(0, rated.size() - 1).map(i -> {
                Observation o = rated.get(i);
                return new Edit(c, "observation " + o.id() + " (" + o.characteristic() + ", " + Json.kebab(o.rating())
                        + ") removed", withObservations(c.submission(),
                        c.submission().observations().stream().filter(x -> x != o).toList()));
            });
        });
    }

    // --- Comparing what assessments say ------------------------------------------------------------------------

    /**
     * What an assessment says about one area, without the evidence ids it cites.
     *
     * @param causesOfConcern  by topic, the characteristics its recommendations are on
     */
    record Conclusions(Outcome outcome, Grade grade, Grade provisional, SortedMap<String, Status> characteristics,
                       SortedMap<String, SortedSet<String>> causesOfConcern, SortedSet<String> areasForImprovement,
                       SortedSet<String> otherShortfalls, SortedSet<String> innovativePractice) {

        static SortedMap<String, Conclusions> of(Assessment assessment) {
            SortedMap<String, Conclusions> areas = new TreeMap<>();
            for (AreaJudgment j : assessment.judgments()) {
                SortedMap<String, Status> statuses = new TreeMap<>();
                j.characteristics().forEach(c -> statuses.put(c.characteristic(), c.status()));
                SortedMap<String, SortedSet<String>> causes = new TreeMap<>();
                j.causesOfConcern().forEach(c -> causes.computeIfAbsent(c.topic(), t -> new TreeSet<>())
                        .addAll(c.recommendations().stream().map(Recommendation::characteristic).toList()));
                areas.put(j.area(), new Conclusions(j.outcome(), j.grade(),
                        j.provisional() == null ? null : j.provisional().grade(), statuses, causes,
                        sortedSet(j.areasForImprovement(), AreaForImprovement::characteristic),
                        sortedSet(j.otherShortfalls(), ShortfallNoted::characteristic),
                        sortedSet(j.innovativePractice(), InnovativePractice::characteristic)));
            }
            return areas;
        }

        /** The grade, or the outcome that stands instead of one. */
        String standing() {
            return grade != null ? grade.label() : outcome.label();
        }

        /** Every cause of concern, as "topic, recommendation on characteristic". */
        Set<String> recommendations() {
            Set<String> out = new TreeSet<>();
            causesOfConcern.forEach((topic, on) -> on.forEach(c -> out.add("topic " + topic + ", recommendation on "
                    + c)));
            return out;
        }
    }

    private static <T> SortedSet<String> sortedSet(Collection<T> items, Function<T, String> key) {
        return items.stream().map(key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Everything that differs between two assessments, one line each, area by area. */
    static List<String> differences(SortedMap<String, Conclusions> before, SortedMap<String, Conclusions> after) {
        List<String> lines = new ArrayList<>();
        Set<String> areas = new TreeSet<>(before.keySet());
        areas.addAll(after.keySet());
        for (String area : areas) {
            Conclusions b = before.get(area);
            Conclusions a = after.get(area);
            if (b == null || a == null) {
                lines.add(area + ": " + (b == null ? "appeared" : "disappeared"));
                continue;
            }
            if (!b.standing().equals(a.standing())) {
                lines.add(area + ": " + b.standing() + " -> " + a.standing());
            }
            Set<String> characteristics = new TreeSet<>(b.characteristics().keySet());
            characteristics.addAll(a.characteristics().keySet());
            for (String c : characteristics) {
                Status was = b.characteristics().get(c);
                Status is = a.characteristics().get(c);
                if (was != is) {
                    lines.add(area + ": characteristic " + c + " " + label(was) + " -> " + label(is));
                }
            }
            addedAndRemoved(lines, area + ": cause of concern, ", b.recommendations(), a.recommendations());
            addedAndRemoved(lines, area + ": area for improvement on ", b.areasForImprovement(),
                    a.areasForImprovement());
            addedAndRemoved(lines, area + ": innovative practice on ", b.innovativePractice(), a.innovativePractice());
        }
        return lines;
    }

    private static void addedAndRemoved(List<String> lines, String prefix, Set<String> before, Set<String> after) {
        before.stream().filter(x -> !after.contains(x)).forEach(x -> lines.add(prefix + x + ": removed"));
        after.stream().filter(x -> !before.contains(x)).forEach(x -> lines.add(prefix + x + ": added"));
    }

    private static String label(Status status) {
        return status == null ? "absent" : status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Areas graded before and after whose grade after is better. */
    private static List<String> gradesRaised(SortedMap<String, Conclusions> before,
                                             SortedMap<String, Conclusions> after) {
        List<String> out = new ArrayList<>();
        before.forEach((area, b) -> {
            Conclusions a = after.get(area);
            if (b.grade() != null && a != null && a.grade() != null && a.grade().isBetterThan(b.grade())) {
                out.add(area + " raised from " + b.grade().label() + " to " + a.grade().label());
            }
        });
        return out;
    }

    private static List<String> gradesLowered(SortedMap<String, Conclusions> before,
                                              SortedMap<String, Conclusions> after) {
        List<String> out = new ArrayList<>();
        before.forEach((area, b) -> {
            Conclusions a = after.get(area);
            if (b.grade() != null && a != null && a.grade() != null && b.grade().isBetterThan(a.grade())) {
                out.add(area + " lowered from " + b.grade().label() + " to " + a.grade().label());
            }
        });
        return out;
    }

    private static List<String> causesRemoved(SortedMap<String, Conclusions> before,
                                              SortedMap<String, Conclusions> after) {
        List<String> out = new ArrayList<>();
        before.forEach((area, b) -> {
            Set<String> now = after.containsKey(area) ? after.get(area).recommendations() : Set.of();
            b.recommendations().stream().filter(r -> !now.contains(r))
                    .forEach(r -> out.add(area + " lost its cause of concern in " + r));
        });
        return out;
    }

    private static List<String> causesAdded(SortedMap<String, Conclusions> before,
                                            SortedMap<String, Conclusions> after) {
        return causesRemoved(after, before).stream().map(s -> s.replace(" lost its ", " gained a ")).toList();
    }

    private static void saysTheSame(Edit edit) {
        SortedMap<String, Conclusions> after = evaluate(edit);
        if (!after.equals(edit.from().says())) {
            fail("%s%nchanged what the assessment says:%n  %s", edit,
                    String.join("\n  ", differences(edit.from().says(), after)));
        }
    }

    private static void holds(Edit edit, SortedMap<String, Conclusions> after, List<String> violations) {
        if (!violations.isEmpty()) {
            fail("%s%nmoved the assessment the wrong way:%n  %s%neverything it changed:%n  %s", edit,
                    String.join("\n  ", violations), String.join("\n  ", differences(edit.from().says(), after)));
        }
    }

    /** What the changed evidence's assessment says, once a reader has accepted the changed evidence. */
    private static SortedMap<String, Conclusions> evaluate(Edit edit) {
        String json;
        try {
            json = Json.json().writeValueAsString(edit.after());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return Conclusions.of(EVALUATOR.evaluate(SubmissionReader.read(json, edit.toString(), RULES)));
    }

    // --- The cases and their evidence -----------------------------------------------------------------------

    private static Arbitrary<Case> cases(Predicate<Case> usable) {
        List<Case> usableCases = Corpus.CASES.stream().filter(usable).toList();
        assertThat(usableCases).as("cases under %s this property can change", TestRules.EXAMPLES).isNotEmpty();
        return Arbitraries.of(usableCases);
    }

    /** Each examples/NAME/evidence.json, and each evidence.json at any depth under examples/real/, by path. */
    private static List<Case> discover() {
        SortedSet<Path> files = new TreeSet<>();
        try (Stream<Path> folders = Files.list(TestRules.EXAMPLES)) {
            folders.map(f -> f.resolve(Replay.EVIDENCE)).filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Files.isDirectory(REAL)) {
            try (Stream<Path> walk = Files.walk(REAL)) {
                walk.filter(f -> f.getFileName().toString().equals(Replay.EVIDENCE)).filter(Files::isRegularFile)
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Case> cases = new ArrayList<>();
        for (Path file : files) {
            Submission s = SubmissionReader.read(file, RULES);
            String name = TestRules.EXAMPLES.relativize(file.getParent()).toString().replace('\\', '/');
            cases.add(new Case(name, s, Conclusions.of(EVALUATOR.evaluate(s))));
        }
        return List.copyOf(cases);
    }

    private static Submission withObservations(Submission s, List<Observation> observations) {
        return new Submission(s.framework(), s.force(), s.inspectionPeriod(), s.metrics(), s.caseAudits(),
                s.surveys(), observations, s.priorItems(), s.practices());
    }

    @SuppressWarnings("unchecked")
    private static <T extends EvidenceItem> List<T> replaced(List<T> items, Map<EvidenceItem, EvidenceItem> with) {
        return items.stream().map(i -> (T) with.getOrDefault(i, i)).toList();
    }

    /** Each item followed by a copy of itself under a new id. */
    @SuppressWarnings("unchecked")
    private static <T extends EvidenceItem> List<T> twice(List<T> items, Ids ids) {
        List<T> out = new ArrayList<>();
        for (T item : items) {
            out.add(item);
            out.add((T) withId(item, ids.fresh(item.id())));
        }
        return out;
    }

    private static EvidenceItem withId(EvidenceItem item, String id) {
        if (item instanceof Metric m) {
            return new Metric(id, m.measure(), m.value(), m.bound(), m.unit(), m.period(), m.marginOfError(),
                    m.comparison(), m.rank(), m.note(), m.source());
        }
        if (item instanceof CaseAudit a) {
            return new CaseAudit(id, a.measure(), a.failing(), a.sampled(), a.failureRate(), a.bound(),
                    a.marginOfError(), a.note(), a.source());
        }
        if (item instanceof SurveyResult v) {
            return new SurveyResult(id, v.measure(), v.proportion(), v.bound(), v.population(), v.respondents(),
                    v.note(), v.source());
        }
        if (item instanceof Observation o) {
            return new Observation(id, o.characteristic(), o.rating(), o.emphasis(), o.severity(), o.text(),
                    o.source());
        }
        if (item instanceof PriorItem p) {
            return new PriorItem(id, p.kind(), p.year(), p.characteristic(), p.text(), p.progress(), p.source());
        }
        Practice p = (Practice) item;
        return new Practice(id, p.characteristic(), p.title(), p.text(), p.novelty(), p.reach(), p.source());
    }

    /** New evidence ids, none already used in the submission or handed out before; at most 100 characters. */
    private static final class Ids {
        private final Set<String> used = new HashSet<>();

        Ids(Submission s) {
            s.items().map(EvidenceItem::id).forEach(used::add);
        }

        String fresh(String base) {
            String stem = base.length() > 90 ? base.substring(0, 90) : base;
            for (int n = 2; ; n++) {
                String id = stem + "-" + n;
                if (used.add(id)) {
                    return id;
                }
            }
        }
    }

    /**
     * One item moved along its scale: an observation's rating one step, a case audit's failures or a directional
     * measure by some points, never beyond what its unit and margin of error allow (as {@link SubmissionChecks}
     * checks). Measures with no better direction, surveys, earlier findings and practice do not move.
     */
    private static final class Moves {
        private static final Map<String, Measure> MEASURES = RULES.measures().stream()
                .collect(Collectors.toMap(Measure::id, Function.identity()));

        private Moves() {
        }

        static Optional<EvidenceItem> moved(EvidenceItem item, Direction direction, int points) {
            int sign = direction == Direction.WORSE ? 1 : -1;
            if (item instanceof Observation o) {
                int to = o.rating().ordinal() + sign;
                // Neutral is no rating on the scale: nothing moves to or from it.
                if (o.rating() == Rating.NEUTRAL || to < 0 || to >= Rating.NEUTRAL.ordinal()) {
                    return Optional.empty();
                }
                Rating rating = Rating.values()[to];
                // A severity grades a shortfall; moved out of the shortfalls, the observation has none.
                boolean shortfall = rating == Rating.PARTLY_MEETS || rating == Rating.DOES_NOT_MEET;
                return Optional.of(new Observation(o.id(), o.characteristic(), rating, o.emphasis(),
                        shortfall ? o.severity() : null, o.text(), o.source()));
            }
            if (item instanceof CaseAudit a) {
                return audit(a, sign, points);
            }
            if (item instanceof Metric m) {
                Measure measure = MEASURES.get(m.measure());
                Boolean higherIsBetter = measure.kind() == Measure.Kind.FAILURE_RATE ? Boolean.FALSE
                        : EvaluationPropertiesTest.HIGHER_IS_BETTER.get(m.measure());
                if (higherIsBetter == null) {
                    return Optional.empty();
                }
                int up = higherIsBetter ? -sign : sign;
                double to = within(m.value() + up * points, m.marginOfError(), "percent".equals(m.unit()));
                return Math.signum(to - m.value()) != up ? Optional.empty() : Optional.of(new Metric(m.id(),
                        m.measure(), to, m.unit(), m.period(), m.marginOfError(), m.comparison(), m.note(),
                        m.source()));
            }
            return Optional.empty();
        }

        /** More failures are worse: by counts when the audit gives them, otherwise by its failure rate. */
        private static Optional<EvidenceItem> audit(CaseAudit a, int sign, int points) {
            if (a.failing() != null && a.sampled() != null && a.sampled() > 0) {
                int to = Math.max(0, Math.min(a.sampled(), a.failing() + sign * points));
                while (to != a.failing() && !fits(100.0 * to / a.sampled(), a.marginOfError())) {
                    to -= sign;
                }
                return to == a.failing() ? Optional.empty() : Optional.of(new CaseAudit(a.id(), a.measure(), to,
                        a.sampled(), null, a.marginOfError(), a.note(), a.source()));
            }
            if (a.failureRate() == null) {
                return Optional.empty();
            }
            double to = within(a.failureRate() + sign * points, a.marginOfError(), true);
            return Math.signum(to - a.failureRate()) != sign ? Optional.empty()
                    : Optional.of(new CaseAudit(a.id(), a.measure(), null, a.sampled(), to, a.marginOfError(),
                    a.note(), a.source()));
        }

        /**
         * The value pulled back inside what its margin of error (and, for a percentage, 0 to 100) allows, and rounded
         * as a source would write it: 94.1 less 8 points is 86.1, not 86.09999999999999.
         */
        private static double within(double value, Double margin, boolean percent) {
            double m = margin == null ? 0 : margin;
            double low = Math.max(value, m);
            double inside = percent ? Math.min(low, 100 - m) : low;
            return Math.round(inside * 10_000) / 10_000.0;
        }

        private static boolean fits(double percent, Double margin) {
            double m = margin == null ? 0 : margin;
            return percent - m >= 0 && percent + m <= 100;
        }

        static String describe(EvidenceItem from, EvidenceItem to) {
            if (from instanceof Observation o) {
                return "observation " + o.id() + " (" + o.characteristic() + ") " + Json.kebab(o.rating()) + " -> "
                        + Json.kebab(((Observation) to).rating());
            }
            if (from instanceof CaseAudit a) {
                CaseAudit b = (CaseAudit) to;
                return "case audit " + a.id() + " (" + a.measure() + ") " + (a.failing() != null
                        ? a.failing() + " -> " + b.failing() + " of " + a.sampled() + " failing"
                        : Values.number(a.failureRate()) + "% -> " + Values.number(b.failureRate()) + "% failing");
            }
            Metric m = (Metric) from;
            return "metric " + m.id() + " (" + m.measure() + ") " + Values.number(m.value()) + " -> "
                    + Values.number(((Metric) to).value()) + " " + m.unit();
        }
    }
}
