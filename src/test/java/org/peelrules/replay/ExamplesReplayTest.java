package org.peelrules.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.peelrules.TestRules;

/** Every case under examples/ replays to its published outcome. */
class ExamplesReplayTest {

    @TestFactory
    Stream<DynamicNode> everyExampleAgreesWithItsPublishedOutcome() {
        return ReplayTests.of(TestRules.EXAMPLES, TestRules.evaluator());
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
}
