package org.peelrules;

import org.peelrules.errors.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.Grade;
import org.peelrules.replay.Replay;

/** Reloading rules in a running application: swap only what loads and, if asked, still agrees. */
class RuleSetHolderTest {
    private static final RuleSet MINI = RuleSet.load(RuleFolders.MINI);

    @Test
    void aRuleSetThatLoadsIsSwappedIn(@TempDir Path tmp) {
        RuleSetHolder holder = new RuleSetHolder(Evaluator.of(MINI));
        Path changed = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("mini"));
        RuleFolders.setStandard(changed, "calls-answered-target", "80");

        RuleSetHolder.Reload reload = holder.reload(changed);

        assertThat(reload.swapped()).isTrue();
        assertThat(reload.problems()).isEmpty();
        assertThat(holder.current().ruleSet().hash()).isEqualTo(reload.inUse().hash()).isNotEqualTo(MINI.hash());
    }

    @Test
    void aBrokenRuleSetIsRefusedWithItsProblemsAndTheOldOneKept(@TempDir Path tmp) {
        Evaluator working = Evaluator.of(MINI);
        RuleSetHolder holder = new RuleSetHolder(working);
        Path broken = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("mini"), RuleFolders.BROKEN.resolve("forbidden-call"));

        RuleSetHolder.Reload reload = holder.reload(broken);

        assertThat(reload.swapped()).isFalse();
        assertThat(reload.inUse()).isSameAs(MINI);
        assertThat(reload.problems()).extracting(Problem::where).contains("rules/extra.drl:12:5");
        assertThat(holder.current()).isSameAs(working);
    }

    @Test
    void aRuleSetThatLoadsButFlipsAPastCaseIsRefusedWhenTheCorpusMustAgree(@TempDir Path tmp) {
        Evaluator working = Evaluator.of(MINI);
        RuleSetHolder holder = new RuleSetHolder(working);
        Path stricter = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("mini"));
        RuleFolders.setStandard(stricter, "calls-answered-target", "95");

        RuleSetHolder.Reload reload = holder.reload(stricter, Replay.acceptance(RuleFolders.MINI_CORPUS));

        assertThat(reload.swapped()).isFalse();
        assertThat(reload.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("calls-good/calls");
            assertThat(p.message()).contains("published Good, derived Requires improvement");
        });
        assertThat(holder.current()).isSameAs(working);
        // The same corpus accepts a change that keeps it agreeing.
        RuleFolders.setStandard(stricter, "calls-answered-target", "91");
        assertThat(holder.reload(stricter, Replay.acceptance(RuleFolders.MINI_CORPUS)).swapped()).isTrue();
    }

    @Test
    void readersAlwaysSeeAWholeEvaluatorWhileReloadsRun(@TempDir Path tmp) throws Exception {
        RuleSetHolder holder = new RuleSetHolder(Evaluator.of(MINI));
        Path good = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("good"));
        Path broken = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("broken"), RuleFolders.BROKEN.resolve("missing-id"));
        var submission = SubmissionReader.read(RuleFolders.MINI_CORPUS.resolve("calls-good/evidence.json"));
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch reading = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> reader = pool.submit(() -> {
                int evaluations = 0;
                do {
                    Assessment a = holder.current().evaluate(submission);
                    assertThat(a.judgment("calls").orElseThrow().grade()).isEqualTo(Grade.GOOD);
                    evaluations++;
                    reading.countDown();
                } while (!stop.get());
                return evaluations;
            });
            reading.await();
            List<RuleSetHolder.Reload> reloads = List.of(holder.reload(broken), holder.reload(good),
                    holder.reload(broken));
            stop.set(true);
            assertThat(reader.get(1, TimeUnit.MINUTES)).isPositive();
            assertThat(reloads).extracting(RuleSetHolder.Reload::swapped).containsExactly(false, true, false);
            assertThat(holder.current().ruleSet()).isSameAs(reloads.get(1).inUse());
        } finally {
            pool.shutdownNow();
        }
    }
}
