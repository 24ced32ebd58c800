package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peelrules.SyntheticArea.concat;
import static org.peelrules.SyntheticArea.times;
import static org.peelrules.evidence.Rating.DOES_NOT_MEET;
import static org.peelrules.evidence.Rating.EXCEEDS;
import static org.peelrules.evidence.Rating.MEETS;
import static org.peelrules.evidence.Rating.PARTLY_MEETS;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelrules.evidence.Rating;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.WhyNotHigher;
import org.peelrules.report.ExplainReport;

/**
 * "Why not higher" on one synthetic area of ten characteristics, checked against the whole evaluator rather
 * than against itself: making the change it names must reach the next tier up, and making any part of it
 * smaller must not. The expected changes are never written down here: the rule set's standards decide them.
 */
class WhyNotHigherTest {
    static Evaluator evaluator;

    @BeforeAll
    static void load() {
        evaluator = Evaluator.of(SyntheticArea.ruleSet(ExplanationTest.tempDir()));
    }

    static Stream<Arguments> ratings() {
        return Stream.<Rating[]>of(
                concat(times(7, MEETS), times(3, PARTLY_MEETS)),
                concat(times(3, MEETS), times(4, PARTLY_MEETS), times(2, DOES_NOT_MEET), new Rating[] {null}),
                concat(times(8, MEETS), times(2, EXCEEDS)),
                concat(times(2, MEETS), times(2, PARTLY_MEETS), times(6, DOES_NOT_MEET)),
                concat(times(5, MEETS), times(1, PARTLY_MEETS), new Rating[] {null, null, null, null}),
                concat(times(2, MEETS), new Rating[] {null, null, null, null, null, null, null, null}))
                .map(r -> Arguments.of((Object) r));
    }

    @ParameterizedTest
    @MethodSource("ratings")
    void theChangeNamedReachesTheNextTierAndNoSmallerPartOfItDoes(Rating[] ratings) {
        AreaJudgment j = judge(ratings);
        WhyNotHigher w = j.whyNotHigher();
        if (j.grade() == Grade.OUTSTANDING) {
            assertThat(w).isNull();
            return;
        }
        assertThat(w).as("why not higher for %s", Arrays.toString(ratings)).isNotNull();
        assertThat(w.reachable()).isTrue();
        if (j.grade() != null) {
            assertThat(w.target()).isEqualTo(Grade.values()[j.grade().ordinal() - 1]);
        } else {
            assertThat(w.target()).isNull();
            assertThat(w.changes()).allSatisfy(c -> assertThat(c.to()).isEqualTo("assessed"));
        }
        assertThat(w.rule().file()).isEqualTo("grading-policy.drl");
        assertThat(w.standards()).isNotEmpty();
        assertThat(reaches(judge(apply(ratings, w.changes())), w.target()))
                .as("after %s", w.changes()).isTrue();
        for (int i = 0; i < w.changes().size(); i++) {
            List<WhyNotHigher.Change> smaller = w.changes().stream().map(c -> c).toList();
            WhyNotHigher.Change part = smaller.get(i);
            smaller = new java.util.ArrayList<>(smaller);
            smaller.set(i, new WhyNotHigher.Change(part.subject(), part.count() - 1, part.among(), part.from(),
                    part.to()));
            assertThat(reaches(judge(apply(ratings, smaller)), w.target()))
                    .as("one fewer of %s", part).isFalse();
        }
    }

    @Test
    void aCauseOfConcernThatKeepsAnAreaDownIsNamed() {
        SyntheticArea.Builder b = SyntheticArea.ratings(concat(times(8, MEETS), times(2, PARTLY_MEETS)))
                .systemic("9.1.1");
        AreaJudgment j = evaluator.evaluate(b.submission()).judgment(SyntheticArea.AREA).orElseThrow();
        assertThat(j.causesOfConcern()).isNotEmpty();
        assertThat(j.whyNotHigher().changes()).anySatisfy(c -> {
            assertThat(c.subject()).isEqualTo("cause-of-concern");
            assertThat(c.among()).containsExactly("9.1");
        });
        String explained = ExplainReport.render(evaluator.evaluate(b.submission()), j);
        assertThat(explained).contains("Why not " + j.whyNotHigher().target().label())
                .contains("resolve the cause of concern Topic 1 (9.1)");
    }

    @Test
    void anOutstandingAreaHasNothingAbove() {
        AreaJudgment j = judge(concat(times(5, EXCEEDS), times(5, MEETS)));
        assertThat(j.grade()).isEqualTo(Grade.OUTSTANDING);
        assertThat(j.whyNotHigher()).isNull();
    }

    // --- Making a change to the evidence -----------------------------------------------------------------

    private static AreaJudgment judge(Rating[] ratings) {
        return evaluator.evaluate(SyntheticArea.ratings(ratings).submission()).judgment(SyntheticArea.AREA)
                .orElseThrow();
    }

    private static boolean reaches(AreaJudgment j, Grade target) {
        return target == null ? j.grade() != null : j.grade() != null && !target.isBetterThan(j.grade());
    }

    /** The ratings with each change made: the first {@code count} of its characteristics raised. */
    private static Rating[] apply(Rating[] ratings, List<WhyNotHigher.Change> changes) {
        Rating[] out = Arrays.copyOf(ratings, SyntheticArea.CHARACTERISTICS.size());
        for (WhyNotHigher.Change c : changes) {
            assertThat(c.subject()).as("only characteristics change in these cases").isEqualTo("characteristic");
            List<String> chosen = c.among().stream().filter(id -> matches(out, id, c.from())).limit(c.count()).toList();
            for (String id : chosen) {
                out[SyntheticArea.CHARACTERISTICS.indexOf(id)] = c.to().equals("exceeded") ? EXCEEDS : MEETS;
            }
        }
        return out;
    }

    /** Whether a characteristic is still as the change found it (not already changed by an earlier part). */
    private static boolean matches(Rating[] ratings, String id, String from) {
        Rating r = ratings[SyntheticArea.CHARACTERISTICS.indexOf(id)];
        return switch (from) {
            case "insufficient-evidence" -> r == null;
            case "not-met" -> r == DOES_NOT_MEET;
            case "partly-met" -> r == PARTLY_MEETS;
            case "met" -> r == MEETS || r == Rating.MOSTLY_MEETS;
            default -> false;
        };
    }
}
