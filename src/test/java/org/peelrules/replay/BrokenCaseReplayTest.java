package org.peelrules.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.SyntheticSubmissions;
import org.peelrules.TestRules;
import org.peelrules.internal.json.Json;

/** A corpus with broken cases still replays the sound ones: a fault in one case never loses the others. */
class BrokenCaseReplayTest {
    private static final String EXPECTED = """
            { "source": "test", "judgments": [ { "area": "investigating-crime", "outcome": "insufficient-evidence" } ] }
            """;

    @TempDir
    Path corpus;

    @Test
    void brokenCasesAreReportedAndTheOthersReplayed() throws IOException {
        sound("a-sound", 1);
        Path unparsable = Files.createDirectory(corpus.resolve("b-unparsable"));
        Files.writeString(unparsable.resolve(Replay.EVIDENCE), "{ \"framework\": ");
        Files.writeString(unparsable.resolve(Replay.EXPECTED), EXPECTED);
        sound("c-sound", 2);
        Path unexpected = Files.createDirectory(corpus.resolve("d-without-expected"));
        Files.writeString(unexpected.resolve(Replay.EVIDENCE),
                Json.json().writeValueAsString(SyntheticSubmissions.random(TestRules.ruleSet(), 3, 5)));
        sound("e-sound", 4);

        Replay replay = new Replay(TestRules.evaluator());
        List<CaseResult> results = Replay.cases(corpus).stream().map(replay::replay).toList();

        assertThat(results).extracting(CaseResult::name)
                .containsExactly("a-sound", "b-unparsable", "c-sound", "d-without-expected", "e-sound");
        assertThat(results.get(1).error()).contains(Replay.EVIDENCE).contains("line 1");
        assertThat(results.get(3).error()).contains("needs an expected.json");
        for (int sound : new int[] {0, 2, 4}) {
            assertThat(results.get(sound).error()).as(results.get(sound).name()).isNull();
            assertThat(results.get(sound).areas()).extracting(AreaResult::area).containsExactly("investigating-crime");
        }
    }

    @Test
    void theJUnitHarnessGivesABrokenCaseAFailingTestAndTheOthersTheirOwn() throws IOException {
        sound("a-sound", 1);
        Path unparsable = Files.createDirectory(corpus.resolve("b-unparsable"));
        Files.writeString(unparsable.resolve(Replay.EVIDENCE), "not json");
        Files.writeString(unparsable.resolve(Replay.EXPECTED), EXPECTED);
        sound("c-sound", 2);

        List<DynamicNode> nodes = ReplayTests.of(corpus, TestRules.evaluator()).toList();

        assertThat(nodes).extracting(DynamicNode::getDisplayName).containsExactly("a-sound", "b-unparsable", "c-sound");
        assertThat(nodes.get(0)).isInstanceOf(DynamicContainer.class);
        assertThat(nodes.get(2)).isInstanceOf(DynamicContainer.class);
        // The unparsable case is read when its test runs: its area test fails, saying why.
        DynamicTest broken = (DynamicTest) ((DynamicContainer) nodes.get(1)).getChildren().toList().get(0);
        assertThatThrownBy(() -> broken.getExecutable().execute()).hasMessageContaining(Replay.EVIDENCE);
    }

    private void sound(String name, long seed) throws IOException {
        Path folder = Files.createDirectory(corpus.resolve(name));
        Files.writeString(folder.resolve(Replay.EVIDENCE),
                Json.json().writeValueAsString(SyntheticSubmissions.random(TestRules.ruleSet(), seed, 5)));
        Files.writeString(folder.resolve(Replay.EXPECTED), EXPECTED);
    }
}
