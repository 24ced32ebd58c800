package org.peelrules.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelrules.RuleFolders;
import org.peelrules.RuleHarness;
import org.peelrules.RuleSet;
import org.peelrules.TestRules;

/**
 * What a figure given roughly lets a rule conclude: {@code atLeast} and {@code below} say only what the source's
 * words make certain, the same way for a metric, a case audit's failure rate and a survey result.
 */
class BoundTest {

    static Stream<Arguments> figures() {
        return Stream.of(
                // the figure as the source gives it, the threshold, certainly at least, certainly below
                Arguments.of("exactly 85", 85.0, null, 85.0, true, false),
                Arguments.of("exactly 85", 85.0, null, Math.nextUp(85.0), false, true),
                Arguments.of("over 85", 85.0, Bound.OVER, 85.0, true, false),
                Arguments.of("over 85", 85.0, Bound.OVER, 80.0, true, false),
                Arguments.of("over 85", 85.0, Bound.OVER, 86.0, false, false),
                Arguments.of("over 85", 85.0, Bound.OVER, 99.0, false, false),
                Arguments.of("under 20", 20.0, Bound.UNDER, 20.0, false, true),
                Arguments.of("under 20", 20.0, Bound.UNDER, 25.0, false, true),
                Arguments.of("under 20", 20.0, Bound.UNDER, 15.0, false, false),
                Arguments.of("fewer than half", 50.0, Bound.UNDER, 10.0, false, false),
                Arguments.of("about 33", 33.0, Bound.ABOUT, 33.0, true, false),
                Arguments.of("about 33", 33.0, Bound.ABOUT, 30.0, true, false),
                Arguments.of("about 33", 33.0, Bound.ABOUT, 34.0, false, true));
    }

    @ParameterizedTest(name = "{0} against {3}: at least {4}, below {5}")
    @MethodSource("figures")
    void aMetricIsCertainlyAtLeastOrBelowAThresholdOnlyWhenItsWordsSaySo(String words, double value, Bound bound,
                                                                        double threshold, boolean atLeast,
                                                                        boolean below) {
        Metric m = new Metric("m", "measure", value, bound, "percent", null, null, null, null, null, "s");
        assertThat(m.atLeast(threshold)).as("%s is at least %s", words, threshold).isEqualTo(atLeast);
        assertThat(m.below(threshold)).as("%s is below %s", words, threshold).isEqualTo(below);
    }

    @ParameterizedTest(name = "{0} against {3}: at least {4}, below {5}")
    @MethodSource("figures")
    void aSurveyResultReadsItsProportionTheSameWay(String words, double value, Bound bound, double threshold,
                                                  boolean atLeast, boolean below) {
        SurveyResult s = new SurveyResult("s", "measure", value, bound, "workforce", null, null, "s");
        assertThat(s.atLeast(threshold)).as("%s is at least %s", words, threshold).isEqualTo(atLeast);
        assertThat(s.below(threshold)).as("%s is below %s", words, threshold).isEqualTo(below);
    }

    @ParameterizedTest(name = "{0} against {3}: at least {4}, below {5}")
    @MethodSource("figures")
    void aCaseAuditReadsItsFailureRateTheSameWay(String words, double value, Bound bound, double threshold,
                                                boolean atLeast, boolean below) {
        CaseAudit a = new CaseAudit("a", "measure", null, null, value, bound, null, null, "s");
        assertThat(a.atLeast(threshold)).as("%s is at least %s", words, threshold).isEqualTo(atLeast);
        assertThat(a.below(threshold)).as("%s is below %s", words, threshold).isEqualTo(below);
    }

    @Test
    void aCaseAuditGivenAsCountsBoundsTheShareTheyMake() {
        // "fewer than 10 of the 40 cases": under 25 per cent.
        CaseAudit a = new CaseAudit("a", "measure", 10, 40, null, Bound.UNDER, null, null, "s");
        assertThat(a.below(25)).isTrue();
        assertThat(a.below(20)).isFalse();
        assertThat(a.atLeast(10)).isFalse();
    }

    @Test
    void noFigureIsEverCertainlyBothAtLeastAndBelowOneThreshold() {
        double[] values = {0, 19.5, 20, 50, 85, 100};
        for (Bound bound : Stream.concat(Stream.of((Bound) null), Arrays.stream(Bound.values())).toList()) {
            for (double value : values) {
                for (double threshold : values) {
                    Metric m = new Metric("m", "measure", value, bound, "percent", null, null, null, null, null,
                            "s");
                    assertThat(m.atLeast(threshold) && m.below(threshold))
                            .as("%s %s against %s", bound, value, threshold).isFalse();
                }
            }
        }
    }

    /** As docs/authoring-rules.md shows a rule asking, so that the words there stay true of the rule language. */
    @Test
    void aRuleCanAskWhetherAFigureIsCertainlyAtLeastOrBelowAStandard(@TempDir Path tmp) {
        Path folder = RuleFolders.copy(TestRules.FOLDER, tmp.resolve("rules"));
        Path file = folder.resolve("areas/responding-to-the-public.drl");
        RuleFolders.write(folder, "areas/responding-to-the-public.drl", RuleFolders.read(file) + """

                rule "999 calls answered within ten seconds certainly to the national standard"
                    @id("RP-91") @characteristics("4.1.1")
                when
                    Standard( id == "emergency-calls-answered-within-10-seconds", $minimum : value )
                    $m : Metric( measure == "emergency-calls-answered-within-10-seconds", atLeast( $minimum ) )
                then
                    insert( Signal.met( "4.1.1", $m ) );
                end

                rule "999 calls answered within ten seconds certainly below the national standard"
                    @id("RP-92") @characteristics("4.1.1")
                when
                    Standard( id == "emergency-calls-answered-within-10-seconds", $minimum : value )
                    $m : Metric( measure == "emergency-calls-answered-within-10-seconds", below( $minimum ) )
                then
                    insert( Signal.notMet( "4.1.1", $m ) );
                end
                """);
        RuleSet rules = RuleSet.load(folder);
        double minimum = rules.standards().stream()
                .filter(s -> s.id().equals("emergency-calls-answered-within-10-seconds")).findFirst().orElseThrow()
                .value();
        Map<Bound, List<String>> fired = new LinkedHashMap<>();
        for (Bound bound : Bound.values()) {
            Metric m = new Metric("m", "emergency-calls-answered-within-10-seconds", minimum, bound, "percent", null,
                    null, null, null, null, "s");
            fired.put(bound, RuleHarness.run(rules, RuleHarness.submission(m)).fired().keySet().stream()
                    .filter(id -> id.startsWith("RP-9")).toList());
        }
        assertThat(fired).containsExactly(Map.entry(Bound.OVER, List.of("RP-91")),
                Map.entry(Bound.UNDER, List.of("RP-92")), Map.entry(Bound.ABOUT, List.of("RP-91")));
    }

    @Test
    void aRecordMadeWithoutABoundIsExact() {
        assertThat(new Metric("m", "measure", 85, "percent", null, null, null, null, "s").bound()).isNull();
        assertThat(new CaseAudit("a", "measure", 1, 4, null, null, null, "s").bound()).isNull();
        assertThat(new SurveyResult("s", "measure", 50, "workforce", null, null, "s").bound()).isNull();
    }
}
