package org.peelrules;

import org.peelrules.errors.Problem;
import org.peelrules.errors.InvalidSubmissionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.peelrules.text.Printable;

/**
 * The corpus of bad submissions under {@code src/test/resources/bad-submissions}: one file per kind of mistake,
 * each beside a {@code .expect} file written by hand that lists every problem the reader must report, one per
 * line as {@code POINTER | MESSAGE FRAGMENT} ({@code #} starts a comment; an empty pointer is the whole
 * document; a character no terminal should be sent is written as it is printed, <code>&#92;u001b</code>). A file
 * must be rejected with exactly those problems: no fewer, and none unexpected.
 */
class BadSubmissionsTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-submissions");
    /** Words from the validator's and parser's own vocabulary, which a person preparing evidence should never see. */
    private static final List<String> NOISE = List.of("$defs", "$ref", "regex", "schema", "Source:", "RFC",
            "StreamReadConstraints", "Exception", "com.fasterxml", "networknt", "oneOf", "must be valid to");

    record Expectation(String where, String fragment) {
        boolean matches(Problem p) {
            return Printable.of(p.where()).equals(where) && Printable.of(p.message()).contains(fragment);
        }

        @Override
        public String toString() {
            return where + " | " + fragment;
        }
    }

    @TestFactory
    Stream<DynamicTest> eachBadSubmissionIsRejectedWithTheExpectedProblems() throws IOException {
        return submissions().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
            List<Expectation> expected = expectations(file);
            assertThat(expected).as("%s lists the problems it expects", expect(file)).isNotEmpty();
            assertThatThrownBy(() -> SubmissionReader.read(file, TestRules.ruleSet()))
                    .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                        assertThat(e.getMessage()).contains(file.toString());
                        assertExactly(e.problems(), expected);
                    });
        }));
    }

    @TestFactory
    Stream<DynamicTest> problemsAreWordedPlainly() throws IOException {
        return submissions().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
            try {
                SubmissionReader.read(file, TestRules.ruleSet());
            } catch (InvalidSubmissionException e) {
                assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain(NOISE));
            }
        }));
    }

    @Test
    void everySubmissionHasItsExpectationsAndEveryExpectationItsSubmission() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(name).matches(".*\\.(json|expect)"))
                    .allSatisfy(name -> assertThat(CORPUS.resolve(name.endsWith(".json")
                            ? name.replaceFirst("\\.json$", ".expect") : name.replaceFirst("\\.expect$", ".json")))
                            .as("the partner of %s", name).exists());
        }
    }

    /** Each expectation met by its own problem, and each problem expected. */
    private static void assertExactly(List<Problem> problems, List<Expectation> expected) {
        List<Problem> unmatched = new ArrayList<>(problems);
        List<Expectation> missing = new ArrayList<>();
        for (Expectation e : expected) {
            Problem match = unmatched.stream().filter(e::matches).findFirst().orElse(null);
            if (match == null) {
                missing.add(e);
            } else {
                unmatched.remove(match);
            }
        }
        assertThat(missing).as("expected problems not reported; reported:%n%s", describe(problems)).isEmpty();
        assertThat(unmatched).as("problems reported but not expected").isEmpty();
    }

    private static String describe(List<Problem> problems) {
        StringBuilder s = new StringBuilder();
        problems.forEach(p -> s.append("  ").append(p.where()).append(" | ").append(p.message()).append('\n'));
        return s.toString();
    }

    static Stream<Path> submissions() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static Path expect(Path submission) {
        return submission.resolveSibling(submission.getFileName().toString().replaceFirst("\\.json$", ".expect"));
    }

    private static List<Expectation> expectations(Path submission) throws IOException {
        List<Expectation> expected = new ArrayList<>();
        for (String line : Files.readAllLines(expect(submission), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException(expect(submission) + ": a line needs POINTER | MESSAGE: " + line);
            }
            expected.add(new Expectation(line.substring(0, bar).trim(), line.substring(bar + 1).trim()));
        }
        return expected;
    }
}
