package org.peelrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelrules.TestRules;
import org.peelrules.replay.Replay;

/**
 * {@code peel explain} and {@code peel evaluate --format ...} through the command line. Each run loads a rule
 * set, so the command line is exercised on a few cases; ExplainReport itself runs on every area of every
 * example in the report tests.
 */
class ExplainCommandTest {
    private static final String RULES = TestRules.FOLDER.toString();

    record Result(int code, String out, String err) {
    }

    static Result peel(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PeelCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static Stream<Arguments> examples() {
        List<Arguments> all = new ArrayList<>();
        for (Path folder : Replay.cases(TestRules.EXAMPLES)) {
            all.add(Arguments.of(folder.resolve(Replay.EVIDENCE).toString()));
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleEvaluatesInEveryFormat(String evidence) {
        for (String format : List.of("text", "markdown", "html", "json")) {
            Result r = peel("evaluate", evidence, "--format", format);
            assertThat(r.code()).as("%s: %s", format, r.err()).isZero();
            assertThat(r.out()).as(format).contains(TestRules.ruleSet().hash());
        }
    }

    @Test
    void westMerciaInvestigatingCrimeNamesItsCauseOfConcernAndTheAuditsBehindIt() {
        Result r = peel("explain", TestRules.EXAMPLES.resolve("west-mercia-2021-22/evidence.json").toString(),
                "--area", "investigating-crime", "--rules", RULES);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Investigating crime [investigating-crime], West Mercia Police")
                .contains(TestRules.ruleSet().hash());
        assertThat(r.out()).contains("Cause of concern: Investigations (5.1)")
                .contains("wm-ic-supervision [case audit").contains("14 of 66 failing");
    }

    @Test
    void anUnknownAreaIsAUserErrorListingTheAreas() {
        Result r = peel("explain", TestRules.EXAMPLES.resolve("west-mercia-2021-22/evidence.json").toString(),
                "--area", "investigating", "--rules", RULES);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no area \"investigating\"").contains("investigating-crime")
                .doesNotContain("Exception");
    }

    @Test
    void theAreaIsRequired() {
        Result r = peel("explain", TestRules.EXAMPLES.resolve("west-mercia-2021-22/evidence.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--area");
    }
}
