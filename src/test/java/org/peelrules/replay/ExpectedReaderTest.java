package org.peelrules.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.errors.InvalidSubmissionException;
import org.peelrules.errors.Problem;
import org.peelrules.RuleFolders;
import org.peelrules.TestRules;
import org.peelrules.internal.json.Json;

/**
 * What an expected.json may hold, and how a mistake in one is reported: every problem at once, each at its JSON
 * pointer, in words that name the field rather than a Java class.
 */
class ExpectedReaderTest {
    /** One object of every kind the format has, each holding a field it does not define. */
    private static final String COLOURED = """
            { "source": "s", "colour": "blue",
              "judgments": [
                { "area": "investigating-crime", "grade": "requires-improvement", "colour": "blue",
                  "causesOfConcern": [ { "topic": "5.1", "colour": "blue",
                                         "recommendations": [ { "characteristic": "5.1.1", "colour": "blue" } ] } ],
                  "areasForImprovement": [ { "characteristic": "5.2.2", "restatedFrom": 2019, "colour": "blue" } ],
                  "innovativePractice": [ { "characteristic": "5.3.1", "colour": "blue" } ],
                  "nationalRecommendationsNotMet": [ { "characteristic": "5.1.2", "year": 2017, "colour": "blue" } ] }
              ] }
            """;

    @TempDir
    Path temp;

    @Test
    void anUnknownFieldIsAnErrorInEveryKindOfObjectAtItsPointer() throws IOException {
        List<Problem> problems = ExpectedReader.problems(Json.json().readTree(COLOURED));
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("unknown field \"colour\"; the "
                + "fields allowed here are: ")).extracting(Problem::where).containsExactly(
                "/colour",
                "/judgments/0/colour",
                "/judgments/0/causesOfConcern/0/colour",
                "/judgments/0/causesOfConcern/0/recommendations/0/colour",
                "/judgments/0/areasForImprovement/0/colour",
                "/judgments/0/innovativePractice/0/colour",
                "/judgments/0/nationalRecommendationsNotMet/0/colour");
        assertThat(problems).hasSameSizeAs(ExpectedReader.FIELDS.keySet());
        assertThat(problems.get(1).message()).endsWith(String.join(", ",
                ExpectedReader.FIELDS.get(ExpectedReader.AREA)));
    }

    @Test
    void everyProblemIsReportedAtOnceInPlainWords() throws IOException {
        List<Problem> problems = ExpectedReader.problems(Json.json().readTree("""
                { "source": 3,
                  "judgments": [
                    { "grde": "good", "grade": "gud", "outcome": 4, "partial": "yes",
                      "causesOfConcern": { "topic": "5.1" },
                      "areasForImprovement": [ "5.2.2", { "characteristic": 522, "restatedFrom": "2019" } ],
                      "innovativePractice": [ { "characteristic": "5.3.1", "restatedFrom": 2019 } ],
                      "nationalRecommendationsNotMet": [ { "characteristic": "2.2.2", "year": "2017" },
                                                         { "characteristic": "2.2.3" } ] }
                  ] }
                """));
        assertThat(problems).containsExactly(
                new Problem("/source", "must be text, not 3"),
                new Problem("/judgments/0/grde", "unknown field \"grde\"; the fields allowed here are: "
                        + String.join(", ", ExpectedReader.FIELDS.get(ExpectedReader.AREA))),
                new Problem("/judgments/0/area", "is missing: every area entry needs \"area\""),
                new Problem("/judgments/0/grade", "\"gud\" is not one of: outstanding, good, adequate, "
                        + "requires-improvement, inadequate"),
                new Problem("/judgments/0/outcome", "4 is not one of: graded, not-graded, reported-separately, "
                        + "not-inspected, insufficient-evidence"),
                new Problem("/judgments/0/partial", "must be true or false, not \"yes\""),
                new Problem("/judgments/0/causesOfConcern", "must be a list, not an object"),
                new Problem("/judgments/0/areasForImprovement/0", "must be an object, not \"5.2.2\""),
                new Problem("/judgments/0/areasForImprovement/1/characteristic", "must be text, not 522"),
                new Problem("/judgments/0/areasForImprovement/1/restatedFrom", "must be a whole number, not \"2019\""),
                new Problem("/judgments/0/innovativePractice/0/restatedFrom", "unknown field \"restatedFrom\"; the "
                        + "fields allowed here are: characteristic, text, title"),
                new Problem("/judgments/0/nationalRecommendationsNotMet/0/year",
                        "must be a whole number, not \"2017\""),
                new Problem("/judgments/0/nationalRecommendationsNotMet/1/year",
                        "is missing: every national recommendation needs \"year\""));
    }

    @Test
    void aCaseWithAMistakeInItsExpectedOutcomeCannotBeReplayedAndSaysWhere() throws IOException {
        Path folder = RuleFolders.copy(RuleFolders.CORPUS.resolve("agreeing/rp-good"), temp.resolve("rp-good"));
        Files.writeString(folder.resolve(Replay.EXPECTED), """
                { "source": "s", "judgments": [ { "area": "responding-to-the-public", "grde": "good",
                  "areasForImprovement": [ { "characteristic": "4.3.2", "txt": "x" } ] } ] }
                """);
        CaseResult result = new Replay(TestRules.evaluator()).replay(folder);
        assertThat(result.error())
                .contains("/judgments/0/grde: unknown field \"grde\"")
                .contains("/judgments/0/areasForImprovement/0/txt: unknown field \"txt\"")
                .doesNotContain("org.peelrules").doesNotContain("Unrecognized");
    }

    @Test
    void malformedJsonIsReportedByLineAndColumn() throws IOException {
        Path file = Files.writeString(temp.resolve(Replay.EXPECTED), "{\n  \"source\": \"s\"\n  \"judgments\": []\n}");
        assertThatThrownBy(() -> ExpectedReader.read(file))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.where()).isEqualTo("line 3, column 3");
                            assertThat(p.message()).startsWith("malformed JSON: ");
                        }));
    }

    @Test
    void aFieldWrittenAsNullIsLeftOut() throws IOException {
        assertThat(ExpectedReader.problems(Json.json().readTree("""
                { "source": null, "judgments": [ { "area": "calls", "grade": null, "outcome": "not-graded",
                                                   "areasForImprovement": null } ] }
                """))).isEmpty();
    }

    @Test
    void everyExpectedOutcomeInThisRepositoryReads() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(TestRules.EXAMPLES),
                Files.walk(Path.of("src/test/resources")))) {
            files = walk.filter(p -> p.getFileName().toString().equals(Replay.EXPECTED)).toList();
        }
        assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(ExpectedReader.read(f)).isNotNull());
    }
}
