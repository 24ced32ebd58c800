package org.peelrules.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading rule files as text: what is code, where each rule and reference is. */
class DrlTextTest {
    private static final String DRL = """
            package org.peelrules.ruleset;
            /* a block comment with rule "Not a rule" in it */
            rule "Calls below the target"  // the first rule
                @id("XX-01") @characteristics("1.1.1, 1.1.2")
                agenda-group "assessment"
            when
                Standard( id == "calls-target", $t : value )
                $m : Metric( measure == "calls-answered", value < $t )
            then
                insert( Signal.partlyMet( "1.1.1", $m ) );
            end

            rule "Second"
                @id("XX-02")
            when
            then
            end
            """;

    @Test
    void maskingBlanksCommentsAndStringContentsAndKeepsEveryOffset() {
        String masked = DrlText.mask(DRL);
        assertThat(masked).hasSameSizeAs(DRL);
        assertThat(masked.lines().count()).isEqualTo(DRL.lines().count());
        assertThat(masked).doesNotContain("Not a rule").doesNotContain("first rule").doesNotContain("calls-target")
                .contains("Standard( id == \"            \", $t : value )");
    }

    @Test
    void rulesAreFoundWithTheirMetadataAndPlaces() {
        List<DrlText.Rule> rules = new DrlText("a.drl", DRL).rules();
        assertThat(rules).extracting(DrlText.Rule::name).containsExactly("Calls below the target", "Second");
        DrlText.Rule first = rules.get(0);
        assertThat(first.at()).hasToString("a.drl:3:6");
        assertThat(first.id().value()).isEqualTo("XX-01");
        assertThat(first.id().at()).hasToString("a.drl:4:10");
        assertThat(first.characteristicIds()).containsExactly("1.1.1", "1.1.2");
        assertThat(first.agendaGroup()).isEqualTo("assessment");
        assertThat(rules.get(1).characteristics()).isNull();
        assertThat(rules.get(1).agendaGroup()).isNull();
    }

    @Test
    void referencesToStandardsAndMeasuresAreFoundWhereTheyAre() {
        DrlText text = new DrlText("a.drl", DRL);
        assertThat(text.standardsRead()).extracting(l -> l.value() + "@" + l.at())
                .containsExactly("calls-target@a.drl:7:22");
        assertThat(text.measuresRead()).extracting(l -> l.value() + "@" + l.at())
                .containsExactly("calls-answered@a.drl:8:30");
    }

    @Test
    void aRulesSourceIgnoresCommentsAndSpacingButNotStrings() {
        DrlText a = new DrlText("a.drl", DRL);
        DrlText b = new DrlText("b.drl", DRL.replace("// the first rule", "").replace("    $m", "        $m"));
        DrlText c = new DrlText("c.drl", DRL.replace("\"calls-answered\"", "\"calls-abandoned\""));
        assertThat(b.source(b.rules().get(0))).isEqualTo(a.source(a.rules().get(0)));
        assertThat(c.source(c.rules().get(0))).isNotEqualTo(a.source(a.rules().get(0)));
    }
}
