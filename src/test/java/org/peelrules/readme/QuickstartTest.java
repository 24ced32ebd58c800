package org.peelrules.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.peelrules.RuleFolders;

/** The README's Java quickstart is this package's Quickstart, and it runs. */
class QuickstartTest {

    @Test
    void theReadmeShowsTheQuickstartAsItIs() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/peelrules/readme/Quickstart.java"));
        String readme = Files.readString(Path.of("README.md"));
        String code = RuleFolders.between(source, "// README:begin", "// README:end");
        assertThat(RuleFolders.between(readme, "<!-- quickstart:begin -->", "<!-- quickstart:end -->"))
                .isEqualTo("```java\n" + code + "\n```");
    }

    @Test
    void theQuickstartPrintsAJudgmentForEveryArea() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            Quickstart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .contains("Investigating crime: Requires improvement")
                .contains("Preventing crime and anti-social behaviour: Good")
                .contains("Disrupting serious organised crime: reported separately");
    }
}
