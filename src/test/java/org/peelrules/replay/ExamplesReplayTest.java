package org.peelrules.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.peelrules.SubmissionReader;
import org.peelrules.TestRules;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.Recommendation;

/**
 * The cases under examples/: the synthetic cases replay to their published outcome, area by area; the fidelity
 * cases (the encodings of the founding report, and real inspections encoded from public material) are
 * measurements, whose agreement docs/fidelity.md records, and the record must match what a replay gives today.
 * Every encoding of the founding report must give every published grade and its cause of concern.
 */
class ExamplesReplayTest {
    /** Folders of examples/ that measure fidelity rather than assert it. */
    static final Set<String> FIDELITY = Set.of("real", "west-mercia-2021-22", "west-mercia-2021-22-independent",
            "west-mercia-2021-22-per-paragraph", "west-mercia-2021-22-per-sentence", "west-mercia-2021-22-headings");
    /**
     * Encodings of one report, made apart, each of every finding the report states: each must give its published
     * grades, however finely written. (The headings-only encoding leaves most findings out; fidelity.md records it.)
     */
    static final List<String> FOUNDING_REPORT = List.of("west-mercia-2021-22", "west-mercia-2021-22-independent",
            "west-mercia-2021-22-per-paragraph", "west-mercia-2021-22-per-sentence");
    private static final Path RECORD = Path.of("docs/fidelity.md");

    @TestFactory
    Stream<DynamicNode> everyRegressionExampleAgreesWithItsPublishedOutcome() throws IOException {
        List<Path> folders = folders(false);
        assertThat(folders).isNotEmpty();
        return folders.stream().map(f -> DynamicContainer.dynamicContainer(f.getFileName().toString(),
                ReplayTests.of(f, TestRules.evaluator())));
    }

    @Test
    void theFidelityRecordStatesWhatAReplayOfTheFidelityCasesGivesToday() throws IOException {
        String record = Files.readString(RECORD);
        for (Path folder : folders(true)) {
            List<CaseResult> results = new Replay(TestRules.evaluator()).replayAll(List.of(folder));
            assertThat(results).isNotEmpty();
            Agreement a = Agreement.of(results);
            assertThat(a.failedCases()).as("cases of %s that could not be replayed", folder).isZero();
            String line = String.format(Locale.ROOT, "| `examples/%s` | %d | %d of %d | %d | %d of %d | %d | %.2f / %.2f |",
                    folder.getFileName(), a.cases(), a.gradesAgreeing(), a.gradesAsserted(),
                    a.gradesAgreeingProvisionally(), a.matched(), a.matched() + a.missing(), a.extra(),
                    a.areasForImprovement().precision(), a.areasForImprovement().recall());
            assertThat(record).as("docs/fidelity.md records today's replay of %s", folder).contains(line);
        }
    }

    @TestFactory
    Stream<DynamicNode> eachEncodingOfTheFoundingReportGivesEveryPublishedGradeAndTheCauseOfConcern() {
        return FOUNDING_REPORT.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path folder = TestRules.EXAMPLES.resolve(name);
            Agreement a = Agreement.of(new Replay(TestRules.evaluator()).replayAll(List.of(folder)));
            assertThat(a.gradesAsserted()).isEqualTo(13);
            assertThat(a.gradesAgreeing()).as("grades and outcomes agreeing").isEqualTo(a.gradesAsserted());

            Assessment assessment = TestRules.evaluator().evaluate(SubmissionReader.read(folder.resolve(Replay.EVIDENCE)));
            AreaJudgment investigating = assessment.judgment("investigating-crime").orElseThrow();
            assertThat(investigating.causesOfConcern()).singleElement().satisfies(c -> {
                assertThat(c.topic()).isEqualTo("5.1");
                assertThat(c.recommendations()).extracting(Recommendation::characteristic)
                        .containsExactly("5.1.1", "5.1.2");
            });
            assertThat(assessment.judgments()).filteredOn(j -> !j.area().equals("investigating-crime"))
                    .allSatisfy(j -> assertThat(j.causesOfConcern()).as(j.area()).isEmpty());
        }));
    }

    @Test
    void everyExampleFolderIsACompleteCaseOrAFolderOfThem() throws IOException {
        try (Stream<Path> folders = Files.list(TestRules.EXAMPLES)) {
            assertThat(folders.filter(Files::isDirectory)).isNotEmpty().allSatisfy(folder -> {
                List<Path> cases = Replay.cases(folder);
                assertThat(cases).as("cases in %s", folder).isNotEmpty().allSatisfy(c -> {
                    assertThat(c.resolve(Replay.EVIDENCE)).isRegularFile();
                    assertThat(c.resolve(Replay.EXPECTED)).isRegularFile();
                });
            });
        }
    }

    private static List<Path> folders(boolean fidelity) throws IOException {
        try (Stream<Path> folders = Files.list(TestRules.EXAMPLES)) {
            return folders.filter(Files::isDirectory)
                    .filter(f -> FIDELITY.contains(f.getFileName().toString()) == fidelity).sorted().toList();
        }
    }
}
