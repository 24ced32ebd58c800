package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.HostileFiles;
import org.peelrules.errors.Problem;
import org.peelrules.SyntheticSubmissions;
import org.peelrules.TestRules;
import org.peelrules.internal.json.Json;

/**
 * The command line given what a hostile tester would give it: files that are not files, a flood of problems,
 * terminal escape sequences, a replay case folder, a path the C locale cannot name. Each gets a clear answer
 * and the rest of a batch is still evaluated. The timeout guards against a hang; it is no measure of speed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputsTest {
    private static final String ESCAPES = HostileFiles.ESCAPE_SEQUENCES.toString();
    private static final Path CASE = Path.of("examples/synthetic-failing-force");
    private static final String NOT_A_REGULAR_FILE = "is not a regular file (a device, named pipe or socket)";

    @TempDir
    Path temp;

    @Test
    void batchReportsAPipeADeviceALinkToItAndAFolderByNameAndStillEvaluatesTheOthers() throws Exception {
        Path first = write("first.json", SyntheticSubmissions.random(TestRules.ruleSet(), 1, 6));
        Path pipe = HostileFiles.namedPipe(temp, "pipe.json");
        Path device = HostileFiles.endlessDevice();
        Path link = HostileFiles.linkTo(temp, "zero.json", device);
        Path folder = Files.createDirectory(temp.resolve("folder.json"));
        Path second = write("second.json", SyntheticSubmissions.random(TestRules.ruleSet(), 2, 8));

        CliRun run = CliRun.peel("batch", "--rules", TestRules.FOLDER.toString(), first.toString(), pipe.toString(),
                device.toString(), link.toString(), second.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.ERROR);
        assertThat(run.out().lines().filter(l -> l.startsWith("== ")))
                .containsExactly("== " + first + " ==", "== " + second + " ==");
        for (Path refused : List.of(pipe, device, link)) {
            assertThat(run.err()).contains("peel: " + refused + ": invalid submission (1 problem)\n  "
                    + NOT_A_REGULAR_FILE);
        }
        assertThat(run.err()).endsWith("peel: 2 of 5 submissions evaluated; 3 could not be\n");

        // A folder of submissions holding them all: each refused by name, the good ones evaluated.
        Files.copy(first, folder.resolve("a.json"));
        HostileFiles.namedPipe(folder, "b.json");
        HostileFiles.linkTo(folder, "c.json", device);
        CliRun inFolder = CliRun.peel("batch", "--rules", TestRules.FOLDER.toString(), folder.toString());
        assertThat(inFolder.out()).contains("== " + folder.resolve("a.json") + " ==");
        assertThat(inFolder.err()).contains("peel: " + folder.resolve("b.json") + ": invalid submission",
                "peel: " + folder.resolve("c.json") + ": invalid submission", "peel: 1 of 3 submissions evaluated");
    }

    @Test
    void evaluateRefusesAPipeADeviceAndAFolderByNameAtOnce() throws Exception {
        Path pipe = HostileFiles.namedPipe(temp, "evidence.json");
        for (Path refused : List.of(pipe, HostileFiles.endlessDevice())) {
            CliRun run = CliRun.peel("evaluate", "--rules", TestRules.FOLDER.toString(), refused.toString());
            assertThat(run.exit()).isEqualTo(ExitCode.ERROR);
            assertThat(run.err()).isEqualTo("peel: invalid submission " + refused + " (1 problem)\n  "
                    + NOT_A_REGULAR_FILE + ", so it is not read\n");
        }
        CliRun folder = CliRun.peel("explain", "--area", "investigating-crime", temp.toString());
        assertThat(folder.exit()).isEqualTo(ExitCode.ERROR);
        assertThat(folder.err()).contains(temp + " (1 problem)\n  is a folder, not a submission file\n");
    }

    @Test
    void batchGivenAReplayCaseFolderEvaluatesItsEvidenceAndNeverItsExpectedOutcome() {
        CliRun run = CliRun.peel("batch", CASE.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("== ")))
                .containsExactly("== " + CASE.resolve("evidence.json") + " ==");
        assertThat(run.err()).isEqualTo("peel: 1 of 1 submission evaluated\n");
    }

    @Test
    void aCaseFolderWithoutItsEvidenceIsReportedAsMissingItsEvidence() throws IOException {
        Path incomplete = Files.createDirectory(temp.resolve("case"));
        Files.copy(CASE.resolve("expected.json"), incomplete.resolve("expected.json"));
        CliRun run = CliRun.peel("batch", incomplete.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("peel: " + incomplete.resolve("evidence.json") + ": invalid submission "
                + "(1 problem)\n  no such file\n");
    }

    @Test
    void tenThousandBadItemsPrintTheFirstHundredProblemsAndACountOfTheRest() throws IOException {
        Path many = Files.writeString(temp.resolve("many.json"), HostileFiles.manyBadItems(10_000));
        String count = "  ... and 19900 more problems (the first " + Problem.LISTED + " are listed)";

        CliRun evaluate = CliRun.peel("evaluate", many.toString());
        assertThat(evaluate.exit()).isEqualTo(ExitCode.ERROR);
        List<String> lines = evaluate.err().lines().toList();
        assertThat(lines).hasSize(1 + Problem.LISTED + 1);
        assertThat(lines.get(0)).isEqualTo("peel: invalid submission " + many + " (20000 problems)");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(count);

        CliRun batch = CliRun.peel("batch", many.toString());
        assertThat(batch.err().lines().toList()).hasSize(1 + Problem.LISTED + 1 + 1).contains(count);
    }

    @Test
    void escapeSequencesFromASubmissionAreShownAndNeverSentToTheTerminal() {
        List<CliRun> runs = List.of(
                CliRun.peel("evaluate", ESCAPES),
                CliRun.peel("evaluate", "--format", "markdown", ESCAPES),
                CliRun.peel("explain", "--area", "investigating-crime", ESCAPES),
                CliRun.peel("batch", ESCAPES));
        for (CliRun run : runs) {
            assertThat(run.exit()).isZero();
            // Markdown escapes its own characters too (\\[), so look for the codes alone.
            assertThat(run.out()).contains("Synthetic \\u001b", "force\\u001b", "C\\u009b2J \\u202e(fictional)");
            assertThat(HostileFiles.CONTROL.matcher(run.out()).find()).as("a control character in:%n%s", run.out()).isFalse();
            assertThat(HostileFiles.CONTROL.matcher(run.err()).find()).isFalse();
        }
        assertThat(runs.get(2).out()).contains("\\u001b]0;owned\\u0007");
    }

    @Test
    void aReplayOfACaseWhoseFolderNameHoldsAnEscapeSequenceShowsItAsCodes() throws IOException {
        Path red = Files.createDirectories(temp.resolve("corpus").resolve("case-\u001b[31m-red"));
        Files.copy(CASE.resolve("evidence.json"), red.resolve("evidence.json"));
        Files.copy(CASE.resolve("expected.json"), red.resolve("expected.json"));

        CliRun run = CliRun.peel("replay", red.getParent().toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("case-\\u001b[31m-red");
        assertThat(HostileFiles.CONTROL.matcher(run.out() + run.err()).find()).isFalse();
    }

    @Test
    void jsonOutputKeepsTheSubmissionsTextExactlyInJsonEscapes() throws IOException {
        CliRun run = CliRun.peel("evaluate", "--format", "json", ESCAPES);
        assertThat(HostileFiles.CONTROL.matcher(run.out()).find()).isFalse();
        assertThat(Json.json().readTree(run.out()).path("force").asText())
                .isEqualTo("Synthetic \u001b[31mforce\u001b[0m C\u009b2J \u202e(fictional)");
    }

    @Test
    void aFileWhosePathIsNotAsciiOpensUnderTheCLocaleThroughTheLaunchersSettings() throws Exception {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "this test's own JVM must be able to name the file");
        assumeTrue(hasTheCUtf8Locale(), "this system has no C.UTF-8 locale for the launcher to choose");
        Path folder = Files.createDirectories(temp.resolve("évidence-ü"));
        Path file = Files.copy(CASE.resolve("evidence.json"), folder.resolve("preuve-ç.json"));

        // The launcher's own lines that choose the JVM's locale, then the JVM as the launcher starts it.
        String script = launcherLocaleLines() + "exec \"$JAVA\" -cp \"$CLASSES\" org.peelrules.cli.PeelCommand "
                + "evaluate --format json \"$1\"\n";
        ProcessBuilder fork = new ProcessBuilder("bash", "-c", script, "peel", file.toString())
                .redirectError(temp.resolve("stderr").toFile());
        Map<String, String> env = fork.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_"));
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("CLASSES", System.getProperty("java.class.path"));
        Process process = fork.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as("stderr: %s", Files.readString(temp.resolve("stderr"))).isZero();
        assertThat(Json.json().readTree(out).path("force").asText()).isEqualTo("Synthetic force C (fictional)");
    }

    @Test
    void theReadmeListsEveryExitCodeTheCommandLineUses() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("Exit codes:");
        assertThat(start).isNotNegative();
        String exitCodes = readme.substring(start, readme.indexOf("\n\n", start)).replace('\n', ' ');
        for (int code : new int[] {0, ExitCode.ERROR, ReplayCommand.DISAGREES, ExitCode.INTERNAL_ERROR}) {
            assertThat(exitCodes).contains(code + " ");
        }
    }

    private static String launcherLocaleLines() throws IOException {
        String launcher = Files.readString(Path.of("peel"));
        int begin = launcher.indexOf("# locale:begin");
        int end = launcher.indexOf("# locale:end");
        assertThat(begin).as("the launcher marks the lines that set the locale").isNotNegative().isLessThan(end);
        return launcher.substring(begin, end);
    }

    private static boolean hasTheCUtf8Locale() throws IOException, InterruptedException {
        try {
            Process locales = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
            String all = new String(locales.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return locales.waitFor(10, TimeUnit.SECONDS)
                    && all.lines().anyMatch(l -> l.equalsIgnoreCase("C.UTF-8") || l.equalsIgnoreCase("C.utf8"));
        } catch (IOException e) {
            return false;
        }
    }

    private Path write(String name, Object submission) throws IOException {
        return Files.writeString(temp.resolve(name), Json.json().writeValueAsString(submission));
    }
}
