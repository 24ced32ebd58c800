package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
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

        /** Waits until the output satisfies {@code test}, failing with what was printed if it never does. */
        String await(String what, Predicate<String> test) throws InterruptedException {
            long end = System.currentTimeMillis() + PATIENCE_MS;
            while (System.currentTimeMillis() < end && thread.isAlive()) {
                if (test.test(out.toString())) {
                    return out.toString();
                }
                Thread.sleep(50);
            }
            assertThat(test.test(out.toString())).as(what + "\nout:\n" + out + "\nerr:\n" + err).isTrue();
            return out.toString();
        }

        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(PATIENCE_MS);
            assertThat(thread.isAlive()).as("the watch stops when interrupted").isFalse();
            return exit.get();
        }
    }

    private static int count(String text, String line) {
        return (int) text.lines().filter(l -> l.startsWith(line)).count();
    }

    @Test
    void aThresholdEditReplaysAgainAndShowsItsImpactAndABrokenEditKeepsWatching() throws Exception {
        Path rules = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("rules"));
        Running watch = new Running("replay", RuleFolders.MINI_CORPUS.toString(), "--rules", rules.toString(),
                "--watch");
        String first = watch.await("the first replay", o -> count(o, "[watch] watching") == 1);
        assertThat(first).contains("calls: published Good, derived Good (agrees)").contains("[watch] built and ran in ");

        // The case's 92% of calls on time no longer reaches a target of 95%.
        RuleFolders.setStandard(rules, "calls-answered-target", "95");
        String second = watch.await("a replay after the edit", o -> count(o, "[watch] watching") == 2);
        String rerun = second.substring(first.length());
        assertThat(rerun).startsWith("[watch] changed: standards.yaml\n")
                .contains("calls: published Good, derived ").contains("(DISAGREES)")
                .contains("[watch] rebuilt and ran again in ");

        // A broken edit: its problem is printed, and the watch goes on.
        RuleFolders.write(rules, "standards.yaml", RuleFolders.read(rules.resolve("standards.yaml"))
                .replace("value: 95", "value: ninety-five"));
        String third = watch.await("the broken edit reported", o -> count(o, "[watch] watching") == 3);
        assertThat(third.substring(second.length())).contains("[watch] not run: mend the problems above");
        assertThat(watch.err.toString()).contains("standards.yaml:").contains("\"ninety-five\" is not a number");

        // Mended: it runs again, and agrees once more at the old target.
        RuleFolders.write(rules, "standards.yaml", RuleFolders.read(rules.resolve("standards.yaml"))
                .replace("value: ninety-five", "value: 90"));
        String fourth = watch.await("a replay after the mend", o -> count(o, "[watch] watching") == 4);
        assertThat(fourth.substring(third.length())).contains("calls: published Good, derived Good (agrees)");

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
        String first = watch.await("the first run", o -> count(o, "[watch] watching") == 1);
        assertThat(first).contains("1 scenario: 1 passed, 0 failed");

        RuleFolders.setStandard(rules, "calls-answered-target", "95");
        String second = watch.await("a run after the edit", o -> count(o, "[watch] watching") == 2);
        assertThat(second.substring(first.length())).contains("FAIL  ").contains("1 scenario: 0 passed, 1 failed");

        assertThat(watch.stop()).isZero();
    }

    @Test
    void replayWatchNeedsARuleSetFolder() {
        CliRun run = CliRun.peel("replay", RuleFolders.MINI_CORPUS.toString(), "--watch");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("peel: --watch reruns when a rule set folder changes: name it with --rules\n");
    }
}
