package org.peelrules;

import org.peelrules.errors.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.evidence.Submission;
import org.peelrules.replay.Replay;

/**
 * A reload is never worse than no reload: a candidate rule set that loads but loops or recurses when it
 * evaluates is refused with its problems, never thrown as an error; the working rule set stays in use and still
 * evaluates; and a reload that never finishes is given up at its deadline without blocking the next.
 */
class HostileReloadTest {
    private static final Path WEST_MERCIA_CASE = Path.of("examples/west-mercia-2021-22");
    private static final Budget SHORT = RuleSetBudgetTest.SMALL.withWallTime(Duration.ofSeconds(10));

    @Test
    void aCandidateThatLoopsIsRefusedAndTheWorkingSetStays(@TempDir Path tmp) {
        Evaluator working = TestRules.evaluator().withBudget(SHORT);
        RuleSetHolder holder = new RuleSetHolder(working);
        Path looping = hostile(tmp, "endless-loop");

        RuleSetHolder.Reload reload = holder.reload(looping, Replay.acceptance(WEST_MERCIA_CASE),
                Duration.ofMinutes(5));

        assertThat(reload.swapped()).isFalse();
        assertThat(reload.inUse()).isSameAs(working.ruleSet());
        assertThat(reload.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("west-mercia-2021-22");
            assertThat(p.message()).contains("faulted: the evaluation passed its budget of 10 s of wall time");
        });
        assertThat(holder.current()).isSameAs(working);
        // Under the default budget: a cold JVM on a loaded machine can take seconds over its first evaluation.
        assertThat(holder.current().withBudget(Budget.DEFAULT).evaluate(westMercia()).judgments()).isNotEmpty();
    }

    @Test
    void aCandidateThatRecursesIsRefusedRatherThanThrowing(@TempDir Path tmp) {
        Evaluator working = TestRules.evaluator().withBudget(SHORT);
        RuleSetHolder holder = new RuleSetHolder(working);

        RuleSetHolder.Reload reload = holder.reload(hostile(tmp, "deep-recursion"),
                Replay.acceptance(WEST_MERCIA_CASE), Duration.ofMinutes(5));

        assertThat(reload.swapped()).isFalse();
        assertThat(reload.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("faulted: the stack overflowed in rule \"Recurse without end\" (hostile.drl:"));
        assertThat(holder.current()).isSameAs(working);
    }

    @Test
    void aCandidateThatFloodsTheCatalogueIsRefusedWithoutAnAcceptanceCheck(@TempDir Path tmp) {
        // Without cases of its own, a reload still evaluates a submission with no evidence: the catalogue alone.
        Path flooding = hostile(tmp, "catalogue-flood");
        Evaluator working = TestRules.evaluator().withBudget(RuleSetBudgetTest.SMALL);
        RuleSetHolder holder = new RuleSetHolder(working);

        RuleSetHolder.Reload reload = holder.reload(flooding);

        assertThat(reload.swapped()).isFalse();
        assertThat(reload.problems().get(0).message()).isEqualTo("while evaluating a submission with no evidence, "
                + "rule set peel-2021-22 faulted: the evaluation passed its budget of 5,000 rule firings");
        assertThat(reload.problems().get(1).message()).startsWith("rule \"Copy every standard\" fired ");
        assertThat(holder.current()).isSameAs(working);
    }

    @Test
    void aReloadPastItsDeadlineIsRefusedAndTheNextReloadIsNotBlocked(@TempDir Path tmp) throws Exception {
        RuleSet mini = RuleSet.load(RuleFolders.MINI);
        Evaluator working = Evaluator.of(mini);
        RuleSetHolder holder = new RuleSetHolder(working);
        Path changed = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("mini"));
        RuleFolders.setStandard(changed, "calls-answered-target", "80");
        CountDownLatch release = new CountDownLatch(1);
        // An acceptance check that never ends and ignores interrupts, until the test ends. Whether the first
        // reload reaches it or is still loading at its deadline, it is given up there, refused, and the second
        // reload, waiting for it or not, goes ahead.
        Function<Evaluator, List<Problem>> stuck = evaluator -> {
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    // a hostile check does not stop when asked
                }
            }
            return List.of();
        };
        try {
            CompletableFuture<RuleSetHolder.Reload> first = CompletableFuture.supplyAsync(
                    () -> holder.reload(changed, stuck, Duration.ofSeconds(1)));

            RuleSetHolder.Reload second = holder.reload(changed);

            RuleSetHolder.Reload gaveUp = first.get(5, TimeUnit.MINUTES);
            assertThat(gaveUp.swapped()).isFalse();
            assertThat(gaveUp.problems()).singleElement().satisfies(p -> {
                assertThat(p.where()).isEqualTo(changed.toString());
                assertThat(p.message()).isEqualTo("the reload passed its deadline of 1 s: the rule set was not "
                        + "swapped in");
            });
            assertThat(second.swapped()).isTrue();
            assertThat(holder.current().ruleSet().hash()).isEqualTo(second.inUse().hash())
                    .isNotEqualTo(mini.hash());
        } finally {
            release.countDown();
        }
    }

    private static Path hostile(Path tmp, String kind) {
        return RuleFolders.copy(TestRules.FOLDER, tmp.resolve(kind), RuleSetBudgetTest.BUDGET_RULES.resolve(kind));
    }

    private static Submission westMercia() {
        return SubmissionReader.read(RuleSetBudgetTest.WEST_MERCIA);
    }
}
