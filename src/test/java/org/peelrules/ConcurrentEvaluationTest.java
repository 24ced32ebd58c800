package org.peelrules;

import org.peelrules.internal.engine.EngineInternals;
import org.peelrules.errors.InvalidSubmissionException;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peelrules.evidence.Submission;
import org.peelrules.replay.Replay;
import org.peelrules.report.JsonReport;

/**
 * One rule set and evaluator shared by many threads, as a host application would share them: results identical
 * to sequential evaluation, and every session released, also when a thread is interrupted mid-evaluation. The
 * work is bounded by count, never by time.
 */
class ConcurrentEvaluationTest {
    private static final int THREADS = 8;
    private static final int EVALUATIONS_PER_THREAD = 125;
    private static final int SYNTHETIC_SUBMISSIONS = 24;

    /** A rule set of this test's own, so that only its own sessions are counted. */
    private static final RuleSet RULES = RuleSet.load(TestRules.FOLDER);
    private static final Evaluator EVALUATOR = Evaluator.of(RULES);

    @AfterEach
    void everySessionIsGivenBack() {
        assertThat(RULES.sessionsInUse()).as("sessions not given back").isZero();
        // Sessions are reused: never more exist than evaluations ran at once.
        assertThat(EngineInternals.kieBase(RULES.loaded().engine()).getKieSessions()).as("sessions made").hasSizeLessThanOrEqualTo(THREADS);
    }

    @Test
    void oneEvaluatorSharedByEightThreadsGivesTheSequentialResults() throws Exception {
        List<Submission> inputs = inputs();
        List<String> sequential = inputs.stream().map(s -> JsonReport.render(EVALUATOR.evaluate(s))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger evaluations = new AtomicInteger();
        List<Future<List<String>>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            threads.add(pool.submit(() -> {
                start.await();
                List<String> differences = new ArrayList<>();
                for (int i = 0; i < EVALUATIONS_PER_THREAD; i++) {
                    // Each thread walks the inputs from its own starting point, so that different submissions
                    // are in flight together.
                    int k = (thread * 7 + i) % inputs.size();
                    String report = JsonReport.render(EVALUATOR.evaluate(inputs.get(k)));
                    evaluations.incrementAndGet();
                    if (!report.equals(sequential.get(k))) {
                        differences.add("thread " + thread + ", evaluation " + i + ": input " + k + " differs");
                    }
                }
                return differences;
            }));
        }
        start.countDown();
        pool.shutdown();
        List<String> differences = new ArrayList<>();
        for (Future<List<String>> thread : threads) {
            // A guard against a deadlock hanging the build, not a measure of speed.
            differences.addAll(thread.get(30, TimeUnit.MINUTES));
        }

        assertThat(differences).as("results that differ from sequential evaluation").isEmpty();
        assertThat(evaluations.get()).isEqualTo(THREADS * EVALUATIONS_PER_THREAD);
    }

    @Test
    void anInterruptedEvaluationCompletesOrFailsAndReleasesItsSession() throws Exception {
        Submission large = SyntheticSubmissions.random(RULES, 7, 10);
        String expected = JsonReport.render(EVALUATOR.evaluate(large));
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger interruptsKept = new AtomicInteger();
        for (int round = 0; round < 20; round++) {
            CountDownLatch started = new CountDownLatch(1);
            Thread worker = new Thread(() -> {
                started.countDown();
                // The interrupt lands somewhere in these evaluations: in one, or between two.
                for (int i = 0; i < 3; i++) {
                    try {
                        String report = JsonReport.render(EVALUATOR.evaluate(large));
                        completed.incrementAndGet();
                        if (!report.equals(expected)) {
                            wrong.add("an evaluation that completed after an interrupt gave a different result");
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
                // A library must not swallow an interrupt: the thread's owner decides what it means.
                if (Thread.currentThread().isInterrupted()) {
                    interruptsKept.incrementAndGet();
                }
            }, "interrupted-evaluation-" + round);
            worker.start();
            started.await();
            worker.interrupt();
            worker.join();
        }
        assertThat(wrong).isEmpty();
        assertThat(completed.get() + failed.get()).isEqualTo(20 * 3);
        assertThat(interruptsKept.get()).as("threads still marked interrupted").isEqualTo(20);
        // The evaluator is as good as new afterwards.
        assertThat(JsonReport.render(EVALUATOR.evaluate(large))).isEqualTo(expected);
    }

    /** Every example case's submission, and synthetic ones of every density. */
    private static List<Submission> inputs() {
        List<Submission> inputs = new ArrayList<>();
        for (Path folder : Replay.cases(TestRules.EXAMPLES)) {
            try {
                inputs.add(SubmissionReader.read(folder.resolve(Replay.EVIDENCE), RULES));
            } catch (InvalidSubmissionException e) {
                // An example that does not read is the replay test's failure to report, not this one's.
            }
        }
        for (int i = 0; i < SYNTHETIC_SUBMISSIONS; i++) {
            inputs.add(SyntheticSubmissions.random(RULES, 1000 + i, i % 11));
        }
        return inputs;
    }
}
