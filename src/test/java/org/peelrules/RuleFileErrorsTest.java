package org.peelrules;

import org.peelrules.errors.Problem;
import org.peelrules.errors.RuleSetException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes a policy team makes in a rule file, each made once in a copy of the bundled rule set: every one
 * is reported at its file, line and column in a plain sentence, with "did you mean" where a near name exists,
 * and the rule engine's own wording (error numbers, "mismatched input", "is undefined for the type") never
 * reaches the reader.
 */
class RuleFileErrorsTest {
    private static final String AREA = "areas/responding-to-the-public.drl";
    private static final String RP01_CONSEQUENCE = "Signal.againstStandard( \"4.1.1\", $m, Status.NOT_MET, $weight ) );\nend\n";

    @TempDir
    Path tmp;

    @Test
    void aRuleWithoutEndIsNamedAndTheFixSaid() {
        assertThat(problems(AREA, s -> s.replaceFirst(java.util.regex.Pattern.quote(RP01_CONSEQUENCE),
                "Signal.againstStandard( \"4.1.1\", \\$m, Status.NOT_MET, \\$weight ) );\n"))).containsExactly(
                AREA + ":15:6: rule \"999 calls answered within ten seconds below the national standard\" is not "
                        + "closed: add `end` after its `then` part, before rule \"999 calls unanswered within ten "
                        + "seconds at the systemic rate: the national standard missed widely\"");
    }

    @Test
    void aFileThatEndsInsideARuleSaysWhichRule() {
        assertThat(problems(AREA, s -> s.substring(0, s.stripTrailing().lastIndexOf("end")))).containsExactly(
                AREA + ":90:6: rule \"Non-emergency calls answered within the force's own target a substantial "
                        + "proportion of the time\" is not closed: add `end` after its `then` part");
    }

    @Test
    void curlyQuotesAreNamedWithTheStraightOneToUse() {
        assertThat(problems(AREA, s -> s.replaceFirst("\"emergency-calls-answered-within-10-seconds\"",
                "\u201Cemergency-calls-answered-within-10-seconds\u201D"))).containsExactly(
                AREA + ":18:21: uses a curly quote \u201C (as a word processor types it): use the straight quote \" "
                        + "instead");
        assertThat(problems(AREA, s -> s.replaceFirst("@id\\(\"RP-01\"\\)", "@id(\u2018RP-01\u2019)")))
                .containsExactly(AREA + ":16:9: uses a curly quote \u2018 (as a word processor types it): use the "
                        + "straight quote ' instead");
    }

    @Test
    void aMiscasedHelperGetsDidYouMean() {
        assertThat(problems("evidence.drl", s -> s.replaceFirst("Signal\\.partlyMet\\( \\$c, \\$a",
                "Signal.partlymet( \\$c, \\$a"))).containsExactly(
                "evidence.drl:120:20: Signal has no method \"partlymet\" (did you mean \"partlyMet\"?)");
    }

    @Test
    void aHelperGivenTheWrongArgumentsListsTheOnesItTakes() {
        assertThat(problems(AREA, s -> s.replaceFirst("Signal.againstStandard\\( \"4.1.1\", \\$m, Status.NOT_MET, "
                + "\\$weight \\)", "Signal.againstStandard( \"4.1.1\", \\$m )"))).singleElement().asString()
                .isEqualTo(AREA + ":24:20: Signal.againstStandard does not take (String, Metric); it takes (String, "
                        + "EvidenceItem, Status, double)");
    }

    @Test
    void anUnknownTypeGetsDidYouMeanAndNoFollowOnErrors() {
        assertThat(problems(AREA, s -> s.replaceFirst("\\$m : Metric\\( measure == \"emergency-calls-answered-within-"
                + "10-seconds\", value >= \\$minimum \\)", "\\$m : Metrik( measure == \"emergency-calls-answered-within-"
                + "10-seconds\", value >= \\$minimum )"))).containsExactly(
                AREA + ":44:10: there is no fact type \"Metrik\" (did you mean \"Metric\"?)");
    }

    @Test
    void anUnknownFieldGetsDidYouMean() {
        assertThat(problems(AREA, s -> s.replaceFirst("value >= \\$minimum \\)", "valeu >= \\$minimum )")))
                .containsExactly(AREA + ":44:75: Metric has no field \"valeu\" (did you mean \"value\"?)");
    }

    @Test
    void aMisspeltBoundNameGetsDidYouMean() {
        assertThat(problems(AREA, s -> s.replaceFirst("Status.MET, \\$weight", "Status.MET, \\$wieght")))
                .containsExactly(AREA + ":46:62: $wieght is not bound in this rule (did you mean \"$weight\"?)");
    }

    @Test
    void aMissingBracketIsPlacedWhereReadingStopped() {
        assertThat(problems(AREA, s -> s.replaceFirst("value >= \\$minimum \\)\nthen", "value >= \\$minimum \nthen")))
                .containsExactly(AREA + ":45:1: \"then\" comes before what is above it is finished: check that every "
                        + "bracket ( is closed by ) and every quote \" by another (in rule \"999 calls answered within "
                        + "ten seconds to the national standard\")");
    }

    @Test
    void everyMistakeInAFileIsListedAtOnce() {
        List<String> problems = problems(AREA, s -> s
                .replaceFirst("Signal.standardMissedAtSystemicRate\\(", "Signal.standardmissedAtSystemicRate(")
                .replaceFirst("value >= \\$minimum \\)", "valeu >= \\$minimum )")
                .replaceFirst("Status.MET, \\$weight", "Status.MET, \\$wieght"));
        assertThat(problems).containsExactly(
                AREA + ":36:20: Signal has no method \"standardmissedAtSystemicRate\" (did you mean "
                        + "\"standardMissedAtSystemicRate\"?)",
                AREA + ":44:75: Metric has no field \"valeu\" (did you mean \"value\"?)",
                AREA + ":46:62: $wieght is not bound in this rule (did you mean \"$weight\"?)");
    }

    /** The problems loading a copy of the bundled rule set gives after one edit of one file, as file:line:column: message. */
    private List<String> problems(String file, UnaryOperator<String> edit) {
        Path folder = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("rules-" + System.nanoTime()));
        String before = RuleFolders.read(folder.resolve(file));
        String after = edit.apply(before);
        assertThat(after).as("the edit changes %s", file).isNotEqualTo(before);
        RuleFolders.write(folder, file, after);
        RuleSetException refused = catchThrowableOfType(() -> RuleSet.load(folder), RuleSetException.class);
        assertThat(refused).as("loading the edited rule set fails").isNotNull();
        List<String> lines = refused.problems().stream().map(Problem::toString).toList();
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("[ERR").doesNotContain("mismatched input")
                .doesNotContain("is undefined for the type").doesNotContain("cannot be resolved"));
        return lines;
    }
}
