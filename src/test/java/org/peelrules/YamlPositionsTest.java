package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.peelrules.internal.json.YamlPositions;

/** Positions of YAML nodes by JSON pointer, for problems found after a file was read. */
class YamlPositionsTest {
    private static final String YAML = """
            # a comment
            area:
              id: calls
            topics:
              - id: "1.1"
                characteristics:
                  - id: "1.1.1"
                    text: Answers calls.
            """;

    @Test
    void valuesAndKeysHaveTheirLineAndColumn() {
        YamlPositions at = YamlPositions.of("c.yaml", YAML.getBytes(StandardCharsets.UTF_8));
        assertThat(at.complete()).isTrue();
        assertThat(at.at("/area/id")).isEqualTo("c.yaml:3:7");
        assertThat(at.keyAt("/area/id")).isEqualTo("c.yaml:3:3");
        assertThat(at.at("/topics/0/characteristics/0/text")).isEqualTo("c.yaml:8:15");
        assertThat(at.has("/topics/0/characteristics/0/source")).isFalse();
        // A missing field falls back to the entry that lacks it.
        assertThat(at.at("/topics/0/characteristics/0/source")).isEqualTo("c.yaml:7:9");
    }

    @Test
    void aFileThatDoesNotParseStillGivesTheFile() {
        YamlPositions at = YamlPositions.of("c.yaml", "area: [unclosed\n".getBytes(StandardCharsets.UTF_8));
        assertThat(at.complete()).isFalse();
        assertThat(at.at("/topics/3")).startsWith("c.yaml:");
    }
}
