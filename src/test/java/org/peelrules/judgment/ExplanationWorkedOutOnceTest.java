package org.peelrules.judgment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * An explanation is worked out when first asked for, once, whichever thread asks; and never by comparing it. The
 * work is bounded by count, never by time.
 */
class ExplanationWorkedOutOnceTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 200;

    private static Trace trace() {
        return new Trace(null, null, null, null, List.of(), List.of());
    }

    /** Counts its calls, and answers only once every thread has come to ask, so that they all ask at once. */
    private static <T> Supplier<T> counted(AtomicInteger calls, CountDownLatch everyoneAsking, Supplier<T> answer) {
        return () -> {
            calls.incrementAndGet();
            try {
                everyoneAsking.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return answer.get();
        };
    }

    @Test
    void eightThreadsAskingAtOnceWorkEachPartOutOnceAndGetTheSameAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                AtomicInteger traces = new AtomicInteger();
                AtomicInteger whyNotHigher = new AtomicInteger();
                CountDownLatch askingWhyNotHigher = new CountDownLatch(THREADS);
                CountDownLatch askingTrace = new CountDownLatch(THREADS);
                // A null answer (nothing to say of the next tier) must be kept too, not asked for again.
                Explanation explanation = Explanation.whenAskedFor(
                        counted(traces, askingTrace, ExplanationWorkedOutOnceTest::trace),
                        counted(whyNotHigher, askingWhyNotHigher, () -> null));
                List<Future<Trace>> asked = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    asked.add(pool.submit(() -> {
                        askingWhyNotHigher.countDown();
                        assertThat(explanation.whyNotHigher()).isNull();
                        askingTrace.countDown();
                        return explanation.trace();
                    }));
                }
                Trace first = asked.get(0).get();
                for (Future<Trace> answer : asked) {
                    assertThat(answer.get()).isSameAs(first);
                }
                assertThat(explanation.trace()).isSameAs(first);
                assertThat(explanation.whyNotHigher()).isNull();
                assertThat(traces).as("traces worked out in round %d", round).hasValue(1);
                assertThat(whyNotHigher).as("why-not-higher worked out in round %d", round).hasValue(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void askingForTheTraceLeavesWhyNotHigherToBeWorkedOut() {
        AtomicInteger whyNotHigher = new AtomicInteger();
        Explanation explanation = Explanation.whenAskedFor(ExplanationWorkedOutOnceTest::trace, () -> {
            whyNotHigher.incrementAndGet();
            return null;
        });

        explanation.trace();

        assertThat(whyNotHigher).hasValue(0);
    }

    @Test
    void comparingHashingAndPrintingExplanationsWorksNoneOut() {
        Supplier<Trace> trace = () -> {
            throw new AssertionError("a trace was worked out");
        };
        Supplier<WhyNotHigher> whyNotHigher = () -> {
            throw new AssertionError("why-not-higher was worked out");
        };
        Explanation lazy = Explanation.whenAskedFor(trace, whyNotHigher);
        Explanation other = Explanation.whenAskedFor(trace, whyNotHigher);

        assertThat(lazy).isEqualTo(other).isEqualTo(Explanation.of(trace(), null)).isNotEqualTo(trace());
        assertThat(lazy.hashCode()).isEqualTo(other.hashCode()).isEqualTo(Explanation.of(trace(), null).hashCode());
        assertThat(lazy.toString()).contains("not yet worked out");
    }

    @Test
    void anExplanationGivenIsAnsweredAsGiven() {
        Trace trace = trace();
        WhyNotHigher whyNotHigher = new WhyNotHigher(Grade.GOOD, null, List.of(), null, null, List.of());

        Explanation explanation = Explanation.of(trace, whyNotHigher);

        assertThat(explanation.trace()).isSameAs(trace);
        assertThat(explanation.whyNotHigher()).isSameAs(whyNotHigher);
    }

    @Test
    void aSupplierThatFailedIsAskedAgain() {
        AtomicInteger calls = new AtomicInteger();
        Explanation explanation = Explanation.whenAskedFor(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first time");
            }
            return trace();
        }, () -> null);

        assertThatThrownBy(explanation::trace).hasMessage("first time");
        assertThat(explanation.trace()).isNotNull();
        assertThat(explanation.trace()).isSameAs(explanation.trace());
        assertThat(calls).hasValue(2);
    }
}
