package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.SubmissionReader;
import org.peelrules.SyntheticSubmissions;
import org.peelrules.TestRules;
import org.peelrules.internal.json.Json;
import org.peelrules.judgment.Assessment;
import org.peelrules.report.Detail;
import org.peelrules.report.JsonReport;
import org.peelrules.report.TextReport;

/** {@code peel batch}: one bad submission is reported with its file name, and the others are still evaluated. */
class BatchTest {
    @TempDir
    Path temp;
    private Path first;
    private Path invalid;
    private Path second;

    @BeforeEach
    void files() throws IOException {
        first = write("first.json", SyntheticSubmissions.random(TestRules.ruleSet(), 1, 6));
        invalid = Files.writeString(temp.resolve("invalid.json"), """
                { "framework": "peel-2021-22", "force": "Test Constabulary",
                  "caseAudits": [ { "id": "a-1", "measure": "investigation-plan-missing", "failing": 66, "sampled": 14,
                                    "source": "s" } ] }
                """);
        second = write("second.json", SyntheticSubmissions.random(TestRules.ruleSet(), 2, 8));
    }

    @Test
    void aJsonSummaryGivesEachAssessmentAtThatDetailWhereTheFullReportGivesIt() throws IOException {
        Run full = peel("batch", "--rules", TestRules.FOLDER.toString(), "--format", "json", first.toString(),
                invalid.toString(), second.toString());
        Run summary = peel("batch", "--rules", TestRules.FOLDER.toString(), "--format", "json", "--detail", "summary",
                first.toString(), invalid.toString(), second.toString());
        assertThat(summary.exitCode).isEqualTo(full.exitCode);
        JsonNode f = Json.json().readTree(full.out);
        JsonNode s = Json.json().readTree(summary.out);
        assertThat(s.get("evaluated")).isEqualTo(f.get("evaluated"));
        assertThat(s.path("submissions").get(1)).isEqualTo(f.path("submissions").get(1));
        assertThat(s.path("submissions").get(0).get("assessment"))
                .isEqualTo(Json.json().readTree(JsonReport.render(evaluate(first), Detail.SUMMARY)));
        assertThat(s.path("submissions").get(2).get("assessment"))
                .isEqualTo(Json.json().readTree(JsonReport.render(evaluate(second), Detail.SUMMARY)));
        assertThat(summary.out).doesNotContain("\"trace\"").hasSizeLessThan(full.out.length() / 3);
    }

    @Test
    void anInvalidAndAnUnreadableSubmissionAreReportedAndTheOthersEvaluated() {
        Path missing = temp.resolve("missing.json");
        Run run = peel("batch", "--rules", TestRules.FOLDER.toString(), first.toString(), invalid.toString(),
                missing.toString(), second.toString());

        assertThat(run.exitCode).isEqualTo(ExitCode.ERROR);
        assertThat(run.out).isEqualTo(
                "== " + first + " ==\n\n" + TextReport.render(evaluate(first)) + "\n"
                        + "== " + second + " ==\n\n" + TextReport.render(evaluate(second)) + "\n");
        assertThat(run.err).contains(
                "peel: " + invalid + ": invalid submission (1 problem)\n"
                        + "  /caseAudits/0/failing: failing (66) is more than the cases sampled (14)\n",
                "peel: " + missing + ": invalid submission (1 problem)\n  no such file\n",
                "peel: 2 of 4 submissions evaluated; 2 could not be\n");
    }

    @Test
    void theJsonFormatListsEverySubmissionInOrderWithItsAssessmentOrItsProblems() throws IOException {
        Run run = peel("batch", "--format", "json", "--rules", TestRules.FOLDER.toString(), first.toString(),
                invalid.toString(), second.toString());

        assertThat(run.exitCode).isEqualTo(ExitCode.ERROR);
        JsonNode report = Json.json().readTree(run.out);
        assertThat(report.path("evaluated").asInt()).isEqualTo(2);
        assertThat(report.path("failed").asInt()).isEqualTo(1);
        JsonNode submissions = report.path("submissions");
        assertThat(submissions).hasSize(3);
        assertThat(submissions.get(0).path("file").asText()).isEqualTo(first.toString());
        assertThat(submissions.get(0).path("assessment")).isEqualTo(Json.json().valueToTree(evaluate(first)));
        assertThat(submissions.get(1).path("file").asText()).isEqualTo(invalid.toString());
        assertThat(submissions.get(1).has("assessment")).isFalse();
        assertThat(submissions.get(1).path("problems").get(0).path("where").asText()).isEqualTo("/caseAudits/0/failing");
        assertThat(submissions.get(2).path("assessment")).isEqualTo(Json.json().valueToTree(evaluate(second)));
    }

    @Test
    void aFolderStandsForItsJsonFilesInNameOrder() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("folder"));
        Files.copy(second, folder.resolve("b.json"));
        Files.copy(first, folder.resolve("a.json"));
        Files.writeString(folder.resolve("notes.txt"), "not a submission");

        Run run = peel("batch", "--rules", TestRules.FOLDER.toString(), folder.toString());

        assertThat(run.exitCode).isZero();
        List<String> headings = new ArrayList<>(run.out.lines().filter(l -> l.startsWith("== ")).toList());
        assertThat(headings).containsExactly("== " + folder.resolve("a.json") + " ==",
                "== " + folder.resolve("b.json") + " ==");
        assertThat(run.err).isEqualTo("peel: 2 of 2 submissions evaluated\n");
    }

    @Test
    void anEmptyFolderIsReportedRatherThanPassedOverInSilence() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        Run run = peel("batch", "--rules", TestRules.FOLDER.toString(), empty.toString(), first.toString());
        assertThat(run.exitCode).isEqualTo(ExitCode.ERROR);
        assertThat(run.err).contains("peel: " + empty + ": the folder holds no .json files\n");
        assertThat(run.out).contains("== " + first + " ==");
    }

    private Path write(String name, Object submission) throws IOException {
        return Files.writeString(temp.resolve(name), Json.json().writeValueAsString(submission));
    }

    private static Assessment evaluate(Path file) {
        return TestRules.evaluator().evaluate(SubmissionReader.read(file, TestRules.ruleSet()));
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run peel(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PeelCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }
}
