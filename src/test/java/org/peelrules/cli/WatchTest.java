package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.RuleFolders;

/**
 * {@code --watch}: the command runs, then runs again when a file of the rule set changes, in the same process; a
 * broken edit prints its problems and the watch goes on; interrupting it stops it. Nothing here is timed: the
 * waits only bound how long a broken watch can hang the build.
 */
class WatchTest {
    private static final long PATIENCE_MS = 120_000;

    @TempDir
    Path tmp;

    /** A command running with --watch on a thread of its own, and what it has printed so far. */
    private static final class Running {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread thread;

        Running(String... args) {
            thread = new Thread(() -> exit.set(PeelCommand.run(new PrintWriter(out), new PrintWriter(err), args)),
                    "watch-test");
            thread.setDaemon(true);
            thread.start();
        }

        /**
         * Waits until the watch has said it is watching for the {@code n}th time (on the error stream, where its
         * own lines go), failing with what was printed if it never does; then what each stream holds so far.
         */
        Printed await(String what, int n) throws InterruptedException {
            long end = System.currentTimeMillis() + PATIENCE_MS;
            while (System.currentTimeMillis() < end && thread.isAlive() && count(err.toString(), WATCHING) < n) {
                Thread.sleep(50);
            }
            assertThat(count(err.toString(), WATCHING)).as(what + "\nout:\n" + out + "\nerr:\n" + err).isEqualTo(n);
            return new Printed(out.toString(), err.toString());
        }

        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(PATIENCE_MS);
            assertThat(thread.isAlive()).as("the watch stops when interrupted").isFalse();
            return exit.get();
        }
    }

    /** What the two streams held at one moment. */
    private record Printed(String out, String err) {
        /** What was printed since {@code earlier}. */
        Printed since(Printed earlier) {
            return new Printed(out.substring(earlier.out.length()), err.substring(earlier.err.length()));
        }
    }

    private static final String WATCHING = "[watch] watching";

    private static int count(String text, String line) {
        return (int) text.lines().filter(l -> l.startsWith(line)).count();
    }

    @Test
    void aThresholdEditReplaysAgainAndShowsItsImpactAndABrokenEditKeepsWatching() throws Exception {
        Path rules = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"));
        Running watch = new Running("replay", RuleFolders.MINI_CORPUS.toString(), "--rules", rules.toString(),
                "--watch");
        Printed first = watch.await("the first replay", 1);
        assertThat(first.out()).contains("calls: published Good, derived Good (agrees)").doesNotContain("[watch]");
        assertThat(first.err()).contains("[watch] built and ran in ");

        // The case's 92% of calls on time no longer reaches a target of 95%.
        RuleFolders.setStandard(rules, "calls-answered-target", "95");
        Printed second = watch.await("a replay after the edit", 2);
        Printed rerun = second.since(first);
        assertThat(rerun.err()).startsWith("[watch] changed: standards.yaml\n").contains("[watch] rebuilt and ran again in ");
        assertThat(rerun.out()).contains("calls: published Good, derived ").contains("(DISAGREES)");

        // A broken edit: its problem is printed, and the watch goes on.
        RuleFolders.write(rules, "standards.yaml", RuleFolders.read(rules.resolve("standards.yaml"))
                .replace("value: 95", "value: ninety-five"));
        Printed third = watch.await("the broken edit reported", 3);
        assertThat(third.since(second).err()).contains("standards.yaml:").contains("\"ninety-five\" is not a number")
                .contains("[watch] not run: mend the problems above");
        assertThat(third.since(second).out()).isEmpty();

        // Mended: it runs again, and agrees once more at the old target.
        RuleFolders.write(rules, "standards.yaml", RuleFolders.read(rules.resolve("standards.yaml"))
                .replace("value: ninety-five", "value: 90"));
        Printed fourth = watch.await("a replay after the mend", 4);
        assertThat(fourth.since(third).out()).contains("calls: published Good, derived Good (agrees)");

        assertThat(watch.stop()).isZero();
    }

    @Test
    void withJsonEachRunWritesOneJsonDocumentAndTheWatchsOwnLinesGoToTheErrorStream() throws Exception {
        Path rules = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"));
        Running watch = new Running("replay", RuleFolders.MINI_CORPUS.toString(), "--rules", rules.toString(),
                "--format", "json", "--watch");
        Printed first = watch.await("the first replay", 1);
        RuleFolders.setStandard(rules, "calls-answered-target", "95");
        Printed second = watch.await("a replay after the edit", 2);

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(first.out()).path("cases").isArray()).isTrue();
        assertThat(json.readTree(second.since(first).out()).path("cases").isArray()).isTrue();
        assertThat(second.err()).contains("[watch] built and ran in ").contains("[watch] changed: standards.yaml");
        assertThat(watch.stop()).isZero();
    }

    @Test
    void testWatchRunsTheScenariosAgainWhenAScenarioChanges() throws Exception {
        Path rules = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"));
        RuleFolders.write(rules, "scenarios/calls.yaml", """
                scenarios:
                  - name: Calls answered to the target meet the characteristic
                    evidence:
                      metrics:
                        - {id: m1, measure: calls-answered-on-time, value: 92, unit: percent, source: scenario}
                    expect:
                      status: {"1.1.1": met}
                """);
        Running watch = new Running("test", rules.toString(), "--watch");
        Printed first = watch.await("the first run", 1);
        assertThat(first.out()).contains("1 scenario: 1 passed, 0 failed");

        RuleFolders.setStandard(rules, "calls-answered-target", "95");
        Printed second = watch.await("a run after the edit", 2);
        assertThat(second.since(first).out()).contains("FAIL  ").contains("1 scenario: 0 passed, 1 failed");

        assertThat(watch.stop()).isZero();
    }

    @Test
    void replayWatchNeedsARuleSetFolder() {
        CliRun run = CliRun.peel("replay", RuleFolders.MINI_CORPUS.toString(), "--watch");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("peel: --watch reruns when a rule set folder changes: name it with --rules\n");
    }
}
