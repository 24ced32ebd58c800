package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peelrules.check.RuleSetCheck;
import org.peelrules.check.Diagnostic;
import org.peelrules.check.Diagnostic.Severity;
import org.peelrules.internal.ruleset.GradingGrid;

/** The lint {@code peel rules check} adds to loading: what nothing uses, and gaps in the grading policy. */
class RuleSetCheckTest {
    private static final String EXTRA_MEASURE = """
              - id: calls-abandoned
                characteristic: "1.1.1"
                kind: metric
                unit: percent
                description: Share of calls abandoned.
              - id: Calls_Reviewed
                characteristic: "1.1.1"
                kind: failure-rate
                unit: percent
                description: Share of reviewed calls handled badly.
            """;

    @Test
    void theBundledRuleSetHasNoErrors() {
        RuleSetCheck.Result result = RuleSetCheck.check(TestRules.FOLDER);
        assertThat(result.of(Severity.ERROR)).isEmpty();
        assertThat(result.ok()).isTrue();
    }

    @Test
    void theBundledRuleSetChecksWithNoWarningItDoesNotAcknowledge() {
        RuleSetCheck.Result result = RuleSetCheck.check(TestRules.FOLDER);
        assertThat(result.of(Severity.WARNING)).isEmpty();
        assertThat(result.acknowledged()).hasSize(28).allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.code()).isEqualTo(org.peelrules.check.Diagnostic.Codes.MEASURE_UNREAD);
            assertThat(d.message()).startsWith("measure " + d.subject() + " is read by no rule");
        });
    }

    @Test
    void anAcknowledgementSetsAsideItsOwnWarningOnlyAndOneThatMatchesNothingIsAWarning(@TempDir Path tmp) {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("mini"));
        RuleFolders.write(folder, "catalogue/calls.yaml", RuleFolders.read(folder.resolve("catalogue/calls.yaml"))
                + EXTRA_MEASURE);
        RuleFolders.write(folder, RuleSetCheck.ACKNOWLEDGED, """
                acknowledged:
                  - code: measure-read-by-no-rule
                    subject: calls-abandoned
                    reason: Context only.
                  - code: standard-read-by-no-rule
                    subject: calls-answered-target
                    reason: Left over from an older edit.
                """);

        RuleSetCheck.Result result = RuleSetCheck.check(folder);

        assertThat(result.acknowledged()).extracting(Diagnostic::code, Diagnostic::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("measure-read-by-no-rule", "calls-abandoned"));
        assertThat(result.of(Severity.WARNING)).extracting(Diagnostic::where, Diagnostic::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("acknowledged-warnings.yaml:5:11",
                        org.peelrules.check.Diagnostic.Codes.ACKNOWLEDGEMENT_UNUSED),
                org.assertj.core.groups.Tuple.tuple("catalogue/calls.yaml:35:9", org.peelrules.check.Diagnostic.Codes.MEASURE_ID_REFUSED));
        assertThat(result.of(Severity.WARNING).get(0).message()).isEqualTo("the acknowledged warning "
                + "standard-read-by-no-rule for \"calls-answered-target\" no longer occurs: remove it from "
                + "acknowledged-warnings.yaml");
    }

    @Test
    void aBadAcknowledgementsFileIsAnErrorAtItsPlace(@TempDir Path tmp) {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("mini"));
        RuleFolders.write(folder, RuleSetCheck.ACKNOWLEDGED, """
                acknowledged:
                  - code: measure-unread
                    subject: calls-abandoned
                """);

        RuleSetCheck.Result result = RuleSetCheck.check(folder);

        assertThat(result.ok()).isFalse();
        assertThat(result.of(Severity.ERROR)).extracting(Diagnostic::toString).containsExactly(
                "acknowledged-warnings.yaml:2:5: error: missing \"reason\" (at /acknowledged/0/reason)",
                "acknowledged-warnings.yaml:2:11: error: \"measure-unread\" is not one of: measure-read-by-no-rule, "
                        + "standard-read-by-no-rule, measure-id-refused-by-submissions, "
                        + "characteristic-id-refused-by-submissions (at /acknowledged/0/code)");
    }

    @Test
    void entriesNothingUsesAreWarnedAbout(@TempDir Path tmp) {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("mini"));
        RuleFolders.write(folder, "catalogue/calls.yaml", RuleFolders.read(folder.resolve("catalogue/calls.yaml"))
                + EXTRA_MEASURE);
        RuleFolders.write(folder, "standards.yaml", RuleFolders.read(folder.resolve("standards.yaml")) + """
                  - id: calls-abandoned-maximum
                    value: 10
                    unit: percent
                    source: test
                """);

        RuleSetCheck.Result result = RuleSetCheck.check(folder);

        assertThat(result.ok()).isTrue();
        assertThat(result.of(Severity.WARNING)).extracting(Diagnostic::where)
                .containsExactly("catalogue/calls.yaml:30:9", "catalogue/calls.yaml:35:9", "standards.yaml:8:9");
        assertThat(result.of(Severity.WARNING)).extracting(Diagnostic::message).satisfiesExactly(
                m -> assertThat(m).isEqualTo("measure calls-abandoned is read by no rule: evidence on it is context "
                        + "only, never judged (to judge it, add a rule that compares it with a standard, or make it a "
                        + "failure-rate measure if it counts cases failing a test)"),
                m -> assertThat(m).startsWith("measure id \"Calls_Reviewed\" is one the submission schema refuses (")
                        .endsWith("): no evidence can ever name it"),
                m -> assertThat(m).isEqualTo("standard calls-abandoned-maximum is read by no rule: changing it "
                        + "changes nothing"));
        assertThat(result.of(Severity.INFO)).extracting(Diagnostic::where).containsExactly("catalogue/calls.yaml:18:13");
    }

    @Test
    void aGradingPolicyThatJudgesSomeAreasTwiceIsAnError(@TempDir Path tmp) {
        Path folder = RuleFolders.copy(RuleFolders.MINI, tmp.resolve("mini"));
        RuleFolders.write(folder, "rules/lenient.drl", """
                package org.peelrules.ruleset;

                import org.peelrules.judgment.Grade;
                import org.peelrules.rules.*;

                rule "Every graded area is good"
                    @id("MG-09") @characteristics("*")
                    agenda-group "judgment"
                when
                    $area : Area( kind == Area.Kind.GRADED )
                then
                    insert( Judgment.graded( $area.id(), Grade.GOOD ) );
                end
                """);

        RuleSetCheck.Result result = RuleSetCheck.check(folder);

        assertThat(result.ok()).isFalse();
        assertThat(result.of(Severity.ERROR)).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
                .startsWith("the grading policy gives 2 judgments at once (rules MG-02, MG-09) for ")
                .contains("an area (graded) of 1 characteristic: 0 exceeded, 0 met, 0 partly met, 1 not met"));
        assertThat(result.of(Severity.ERROR)).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
                .startsWith("the grading policy gives 2 judgments at once (rules MG-01, MG-09) for "));
    }

    @Test
    void theGridCoversEveryKindOfAreaAndOnlyPatternsTheEarlierStagesCanProduce() {
        assertThat(GradingGrid.patterns()).extracting(GradingGrid.Pattern::kind).contains(
                org.peelrules.rules.Area.Kind.values());
        assertThat(GradingGrid.patterns()).allSatisfy(p -> {
            assertThat(p.notMet()).isGreaterThanOrEqualTo(p.topics());
            assertThat(p.national() == 0 || p.partlyMet() + p.notMet() > 0).isTrue();
        });
        assertThat(GradingGrid.patterns()).doesNotHaveDuplicates();
    }
}
