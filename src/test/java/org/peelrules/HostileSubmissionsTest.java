package org.peelrules;

import org.peelrules.errors.Problem;
import org.peelrules.errors.InvalidSubmissionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.evidence.Submission;
import org.peelrules.internal.json.Json;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.report.ExplainReport;
import org.peelrules.report.MarkdownReport;
import org.peelrules.report.TextReport;

/**
 * What a hostile tester hands {@link SubmissionReader} besides a bad document (those are the
 * {@link BadSubmissionsTest} corpus): files of other kinds, a file too large, a flood of problems. Each is refused
 * by name with one clear problem, at once. The timeout guards against a hang; it is no measure of speed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileSubmissionsTest {
    private static final String NOT_A_REGULAR_FILE = "is not a regular file (a device, named pipe or socket)";

    @TempDir
    Path temp;

    @Test
    void aNamedPipeIsRefusedByNameWithoutWaitingForAWriter() throws Exception {
        Path pipe = HostileFiles.namedPipe(temp, "evidence.json");
        assertRefused(pipe, NOT_A_REGULAR_FILE);
    }

    @Test
    void aDeviceThatNeverEndsIsRefusedByNameWithoutBeingRead() {
        assertRefused(HostileFiles.endlessDevice(), NOT_A_REGULAR_FILE);
    }

    @Test
    void aLinkToADeviceIsRefusedAsTheDeviceItLeadsTo() {
        Path link = HostileFiles.linkTo(temp, "evidence.json", HostileFiles.endlessDevice());
        assertRefused(link, NOT_A_REGULAR_FILE);
    }

    @Test
    void aFolderIsRefusedAsAFolderNotAsAMissingFile() throws IOException {
        assertRefused(Files.createDirectory(temp.resolve("evidence.json")), "is a folder, not a submission file");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutBeingRead() throws IOException {
        Path large = temp.resolve("large.json");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(1L << 30); // sparse: no disk is used, and reading it would take a while
        }
        assertRefused(large, "the limit is " + Json.MAX_DOCUMENT_CHARS);
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedAndOneAtTheLimitIsRead() throws IOException {
        Path over = Files.write(temp.resolve("over.json"), new byte[Json.MAX_DOCUMENT_CHARS + 1]);
        assertRefused(over, "the limit is " + Json.MAX_DOCUMENT_CHARS);
        // At the limit the file is read and parsed: its zero bytes are malformed JSON, not a size problem.
        Path at = Files.write(temp.resolve("at.json"), new byte[Json.MAX_DOCUMENT_CHARS]);
        assertThatThrownBy(() -> SubmissionReader.read(at)).isInstanceOfSatisfying(InvalidSubmissionException.class,
                e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).startsWith("malformed JSON")));
    }

    @Test
    void aStreamThatNeverEndsIsReadNoFurtherThanOnePastTheLimit() {
        long[] read = new long[1];
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read[0] += len;
                return len; // zeros, as /dev/zero gives, reported by a file system as 0 bytes long
            }
        };
        assertThatThrownBy(() -> SubmissionReader.upToTheLimit(endless, "endless"))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems()).singleElement()
                        .isEqualTo(new Problem("", "the file is longer than the limit of " + Json.MAX_DOCUMENT_CHARS
                                + " bytes")));
        assertThat(read[0]).isEqualTo(Json.MAX_DOCUMENT_CHARS + 1L);
    }

    @Test
    void tenThousandBadItemsGiveTheApiEveryProblemAndTheMessageTheFirstHundredAndACount() throws IOException {
        Path file = Files.writeString(temp.resolve("many.json"), HostileFiles.manyBadItems(10_000));
        assertThatThrownBy(() -> SubmissionReader.read(file, TestRules.ruleSet()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    assertThat(e.problems()).hasSize(20_000);
                    List<String> lines = e.getMessage().lines().toList();
                    assertThat(lines).hasSize(1 + Problem.LISTED + 1);
                    assertThat(lines.get(0)).endsWith("(20000 problems)");
                    assertThat(lines.get(1)).startsWith("  /observations/0/");
                    assertThat(lines.get(lines.size() - 1))
                            .isEqualTo("  ... and 19900 more problems (the first 100 are listed)");
                });
    }

    @Test
    void aListingOfAHundredProblemsOrFewerCountsNothing() {
        List<Problem> hundred = java.util.stream.IntStream.range(0, Problem.LISTED)
                .mapToObj(i -> new Problem("/metrics/" + i, "wrong")).toList();
        assertThat(Problem.listing(hundred)).hasSize(Problem.LISTED).last().isEqualTo("/metrics/99: wrong");
        assertThat(Problem.listing(List.of(new Problem("", "the document is empty"))))
                .containsExactly("the document is empty");
    }

    @Test
    void anExceptionMessageShowsControlCharactersFromTheSubmissionButItsProblemsKeepThem() {
        String json = "{\"framework\": \"peel-2021-22\", \"force\": \"F\", \"\\u001b[2J\": 1}";
        assertThatThrownBy(() -> SubmissionReader.read(json, "escapes"))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("\u001b").contains("\\u001b[2J");
                    assertThat(e.problems()).extracting(Problem::where).contains("/\u001b[2J");
                });
    }

    @Test
    void reportsShowControlCharactersFromASubmissionAsCodes() {
        Submission submission = SubmissionReader.read(HostileFiles.ESCAPE_SEQUENCES, RuleSet.bundled());
        Assessment assessment = Evaluator.of(RuleSet.bundled()).evaluate(submission);
        AreaJudgment judgment = assessment.judgments().stream()
                .filter(j -> j.area().equals("investigating-crime")).findFirst().orElseThrow();
        for (String report : List.of(TextReport.render(assessment), MarkdownReport.render(assessment),
                ExplainReport.render(assessment, judgment))) {
            assertThat(report).contains("\\u001b").doesNotContainPattern(HostileFiles.CONTROL);
        }
        // The submission itself keeps its text: escaping is for printing, not a change to the evidence.
        assertThat(assessment.force()).startsWith("Synthetic \u001b[31mforce");
    }

    private static void assertRefused(Path file, String why) {
        assertThatThrownBy(() -> SubmissionReader.read(file, TestRules.ruleSet()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    assertThat(e.getMessage()).contains(file.toString());
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.where()).isEmpty();
                        assertThat(p.message()).contains(why);
                    });
                });
    }
}
