package org.peelrules.internal.run;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads sessions run on, so that the thread that asked for an evaluation can be freed from a rule that
 * never returns. Idle workers wait a minute for the next job, then end; a job finds an idle worker or starts a
 * new one, as a cached thread pool does. All are daemon threads: none keeps the JVM from exiting.
 *
 * <p>A worker whose job was {@linkplain Job#abandon abandoned} takes no more jobs. It is interrupted, and if its
 * job still has not returned after {@link #STOP_AFTER_MS}, it is stopped where the JVM still allows that (Java
 * 17 to 19): a consequence spinning in {@code while (true)} would otherwise hold a processor for as long as the
 * host runs. Stopping is safe here only because the thread is the job's alone from the moment it is abandoned,
 * and the session it was running is never used again.
 */
public final class SessionWorkers {
    /** How long an abandoned job may take to notice its interrupt before its thread is stopped. */
    static final long STOP_AFTER_MS = 1_000;
    private static final long IDLE_SECONDS = 60;
    private static final SynchronousQueue<Job<?>> HANDOFF = new SynchronousQueue<>();
    private static final AtomicInteger MADE = new AtomicInteger();

    private SessionWorkers() {
    }

    /** Runs {@code work} on a worker; the job's result completes when it returns or throws. */
    public static <T> Job<T> submit(Supplier<T> work) {
        Job<T> job = new Job<>(work);
        if (!HANDOFF.offer(job)) {
            Thread t = new Thread(() -> work(job), "peel-rules-session-" + MADE.incrementAndGet());
            t.setDaemon(true);
            t.start();
        }
        return job;
    }

    private static void work(Job<?> first) {
        Job<?> job = first;
        while (job != null && job.run()) {
            try {
                job = HANDOFF.poll(IDLE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One piece of work on a worker. */
    public static final class Job<T> {
        private static final int WAITING = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;
        private static final int ABANDONED = 3;

        private final Supplier<T> work;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private final AtomicInteger state = new AtomicInteger(WAITING);
        private volatile Thread thread;

        private Job(Supplier<T> work) {
            this.work = work;
        }

        public CompletableFuture<T> result() {
            return result;
        }

        /** Runs the work; whether this worker may take another job (no: its job was abandoned meanwhile). */
        private boolean run() {
            thread = Thread.currentThread();
            if (!state.compareAndSet(WAITING, RUNNING)) {
                return false;
            }
            try {
                result.complete(work.get());
            } catch (Throwable t) { // a stack overflow or memory run out in a rule too: the caller reports it
                result.completeExceptionally(t);
            }
            return state.compareAndSet(RUNNING, DONE);
        }

        /**
         * Gives up on the job: its worker is interrupted, takes no more work, and is stopped if it has not
         * returned within {@link #STOP_AFTER_MS}.
         */
        public void abandon() {
            abandon(true);
        }

        /**
         * Gives up on the job: its worker is interrupted and takes no more work; with {@code stop}, it is stopped
         * if it has not returned within {@link #STOP_AFTER_MS}. Only a job that holds nothing shared may be
         * stopped: a session's firing may, a rule set's compilation (which fills the engine's shared caches)
         * may not.
         */
        public void abandon(boolean stop) {
            if (state.compareAndSet(WAITING, ABANDONED)) {
                return; // never started: the worker that picks it up drops it and ends
            }
            if (!state.compareAndSet(RUNNING, ABANDONED)) {
                return; // already done
            }
            Thread running = thread;
            running.interrupt();
            if (!stop) {
                return;
            }
            CompletableFuture.delayedExecutor(STOP_AFTER_MS, TimeUnit.MILLISECONDS).execute(() -> stop(running));
        }

        /** Whether the job's work is still running on a worker it was abandoned on. */
        public boolean stuck() {
            return state.get() == ABANDONED && thread != null && thread.isAlive() && !result.isDone();
        }

        @SuppressWarnings({"deprecation", "removal"})
        private void stop(Thread running) {
            if (!stuck()) {
                return;
            }
            try {
                // Deprecated because it can leave shared objects half-changed; this thread holds only the
                // abandoned session, which is never used again.
                running.stop();
            } catch (UnsupportedOperationException e) {
                // Java 20 and later cannot stop a thread: it runs on until the rule returns, as a daemon.
            }
        }
    }
}
