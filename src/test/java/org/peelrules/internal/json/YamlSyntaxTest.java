package org.peelrules.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.RuleSet;
import org.peelrules.errors.Problem;
import org.peelrules.errors.RuleSetException;
import org.peelrules.internal.json.YamlSyntax.Error;

/** The commonest YAML mistakes, each said in words at the line where it is. */
class YamlSyntaxTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Optional<Error> read(String yaml) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> YAML.readTree(yaml));
        return YamlSyntax.of(e.getOriginalMessage());
    }

    @Test
    void aLineIndentedUnlikeItsNeighboursIsPlacedAndSaid() {
        assertThat(read("standards:\n  - id: x\n    value: 2\n   unit: weight\n")).contains(new Error(4, 4,
                "this line is not indented like the entries of the list or map it belongs to"
                        + " (the one that begins at line 2)"));
    }

    @Test
    void aTabIsPlacedOnItsOwnLine() {
        // Jackson's own location for this one is the line before.
        assertThat(read("standards:\n  - id: x\n\tvalue: 2\n"))
                .contains(new Error(3, 1, "a tab character: indent with spaces only"));
    }

    @Test
    void anUnclosedQuoteIsPlacedWhereItOpens() {
        assertThat(read("standards:\n  - id: \"x\n    value: 2\n"))
                .contains(new Error(2, 9, "a quotation mark opened here is never closed"));
    }

    @Test
    void aSecondColonOnALineAsksForQuotes() {
        assertThat(read("standards:\n  - id: x: y\n")).contains(new Error(2, 10,
                "a colon and a space inside a value: put the value in quotes"));
    }

    @Test
    void aMissingColonIsPlacedOnItsLine() {
        assertThat(read("standards:\n  - id: x\n    value 2\n    unit: w\n")).contains(new Error(3, 5,
                "a line without the colon that separates a name from its value"));
    }

    @Test
    void anUnclosedListIsPlacedWhereItOpens() {
        assertThat(read("a: [1, 2\nb: 3\n"))
                .contains(new Error(1, 4, "a list opened here with \"[\" is not closed with \"]\""));
    }

    @Test
    void aFileThatEndsInsideAListIsPlacedAtItsLastToken() {
        String yaml = "scenarios:\n  - name: Unclosed\n    evidence: {observations: [\n";
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> YAML.readTree(yaml));
        assertThat(YamlSyntax.of(e.getOriginalMessage(), e.getLocation().getLineNr(), e.getLocation().getColumnNr()))
                .contains(new Error(3, 31, "the file ends before a list or map opened with \"[\" or \"{\" is closed"));
    }

    @Test
    void aMessageThatIsNotTheYamlParsersIsLeftAlone() {
        assertThat(YamlSyntax.of("Unrecognized field \"valu\"")).isEmpty();
        assertThat(YamlSyntax.of(null)).isEmpty();
    }

    @Test
    void aRuleSetWithABadlyIndentedFileNamesItsFileLineAndTheMistake(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        try (var files = Files.walk(Path.of("rules", RuleSet.BUNDLED))) {
            for (Path f : files.toList()) {
                Path to = rules.resolve(Path.of("rules", RuleSet.BUNDLED).relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path standards = rules.resolve("standards.yaml");
        String text = Files.readString(standards);
        int at = text.indexOf("    value:", text.indexOf("  - id: weight-headline"));
        Files.writeString(standards, text.substring(0, at) + text.substring(at + 1));
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(rules));
        assertThat(e.problems()).extracting(Problem::where, Problem::message).contains(
                org.assertj.core.groups.Tuple.tuple("standards.yaml:" + line + ":4",
                        "this line is not indented like the entries of the list or map it belongs to"
                                + " (the one that begins at line "
                                + (text.substring(0, text.indexOf("  - id:")).chars().filter(c -> c == '\n').count() + 1)
                                + ")"));
    }
}
