package org.peelrules.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.peelrules.TestRules;

/**
 * The cases under examples/: the synthetic cases and the project's own encoding of the founding report replay
 * to their published outcome, area by area; the fidelity cases (real inspections encoded from public material,
 * and the independent encoding of the founding report) are measurements, whose agreement docs/fidelity.md
 * records, and the record must match what a replay gives today.
 */
class ExamplesReplayTest {
    /** Folders of examples/ that measure fidelity rather than assert it. */
    static final Set<String> FIDELITY = Set.of("real", "west-mercia-2021-22-independent");
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
            String line = "| `examples/" + folder.getFileName() + "` | " + a.cases() + " | " + a.gradesAgreeing() + " of "
                    + a.gradesAsserted() + " | " + a.matched() + " of " + (a.matched() + a.missing()) + " | "
                    + a.extra() + " |";
            assertThat(record).as("docs/fidelity.md records today's replay of %s", folder).contains(line);
        }
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
