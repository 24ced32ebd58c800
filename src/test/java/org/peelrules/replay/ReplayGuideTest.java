package org.peelrules.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.RuleFolders;
import org.peelrules.TestRules;
import org.peelrules.internal.json.Json;

/**
 * docs/replay.md stays true: it documents every field expected.json may hold, its example expected.json reads,
 * its example of a rejected file is what the replay says, and its JUnit example is the compiled one beside the
 * README's quickstart.
 */
class ReplayGuideTest {
    private static final Path GUIDE = Path.of("docs/replay.md");
    private static final Path EXAMPLE = Path.of("src/test/java/org/peelrules/readme/PastInspectionsTest.java");

    @Test
    void everyFieldOfExpectedJsonIsDocumented() {
        String guide = RuleFolders.read(GUIDE);
        assertThat(ExpectedReader.FIELDS.values().stream().flatMap(List::stream).distinct())
                .isNotEmpty().allSatisfy(f -> assertThat(guide).as("field %s", f).contains("`" + f + "`"));
    }

    @Test
    void theExampleExpectedJsonReads() throws IOException {
        List<String> examples = blocks("json");
        assertThat(examples).isNotEmpty();
        for (String example : examples) {
            assertThat(ExpectedReader.problems(Json.json().readTree(example))).isEmpty();
            assertThat(Json.json().readValue(example, Expected.class).judgments()).isNotEmpty();
        }
    }

    @Test
    void theExampleOfARejectedFileIsWhatTheReplaySays(@TempDir Path temp) throws IOException {
        String documented = blocks("text").stream().filter(b -> b.contains("cannot be replayed")).findFirst()
                .orElseThrow();
        Path folder = RuleFolders.copy(RuleFolders.CORPUS.resolve("agreeing/rp-good"), temp.resolve("rp-good"));
        Files.writeString(folder.resolve(Replay.EXPECTED), """
                { "source": "s", "judgments": [ { "area": "responding-to-the-public", "grde": "good",
                  "areasForImprovement": [ { "characteristic": "4.3.2", "txt": "x" } ] } ] }
                """);
        String report = ReplayText.report(new Replay(TestRules.evaluator()).replayAll(List.of(folder)));
        List<String> problems = documented.lines().filter(l -> l.startsWith("    /")).toList();
        assertThat(problems).hasSize(2);
        assertThat(report.lines().toList()).containsSubsequence(problems);
        assertThat(report).contains("rp-good: cannot be replayed\n").contains("expected.json (2 problems)\n");
    }

    @Test
    void theJUnitExampleIsTheCompiledOne() {
        String source = RuleFolders.read(EXAMPLE);
        String code = RuleFolders.between(source, "// docs/replay.md:begin", "// docs/replay.md:end");
        assertThat(RuleFolders.between(RuleFolders.read(GUIDE), "<!-- example:begin -->", "<!-- example:end -->"))
                .isEqualTo("```java\n" + code + "\n```");
    }

    @Test
    void theReadmeLinksTheGuide() {
        assertThat(RuleFolders.read(Path.of("README.md"))).contains("(docs/replay.md)");
    }

    private static List<String> blocks(String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?ms)^```" + language + "\\s*\\n(.*?)^```").matcher(RuleFolders.read(GUIDE));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
