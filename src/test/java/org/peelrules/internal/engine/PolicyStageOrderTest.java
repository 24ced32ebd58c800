package org.peelrules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peelrules.errors.Problem;
import org.peelrules.internal.language.DrlText;
import org.peelrules.internal.run.Limits;

/**
 * The grading policy fires its two stages in the order the rule set declares them, not in an order of its own:
 * each stage's rules say whether the other stage had run before them.
 */
class PolicyStageOrderTest {
    static final String DRL = """
            package test;

            rule "grading runs" agenda-group "grading"
            when
            then
                insert( "grading" );
            end

            rule "grading runs before judgment" agenda-group "grading"
            when
                not String( this == "judgment" )
            then
                insert( "grading before judgment" );
            end

            rule "judgment runs" agenda-group "judgment"
            when
            then
                insert( "judgment" );
            end

            rule "judgment runs before grading" agenda-group "judgment"
            when
                not String( this == "grading" )
            then
                insert( "judgment before grading" );
            end
            """;

    static Engine engine() {
        List<Problem> problems = new ArrayList<>();
        Optional<Engine> engine = Engine.compile(Map.of("order.drl", DRL.getBytes(StandardCharsets.UTF_8)),
                Map.of("order.drl", new DrlText("order.drl", DRL)), "order", problems);
        assertThat(problems).isEmpty();
        return engine.orElseThrow();
    }

    static List<String> asked(List<String> declared, boolean judge) {
        Limits limits = new Limits(Duration.ofSeconds(30), 1_000, 1_000);
        try (Engine.Policy policy = engine().policy(limits, new Engine.Places("order", rule -> Optional.empty()),
                List.of(), declared)) {
            policy.fire(judge);
            return policy.facts(String.class).sorted().toList();
        }
    }

    @Test
    void gradingDeclaredFirstRunsFirst() {
        assertThat(asked(List.of("assessment", "findings", "grading", "judgment"), true))
                .containsExactly("grading", "grading before judgment", "judgment");
    }

    @Test
    void judgmentDeclaredFirstRunsFirst() {
        assertThat(asked(List.of("assessment", "judgment", "findings", "grading"), true))
                .containsExactly("grading", "judgment", "judgment before grading");
    }

    @Test
    void askedForATallyAloneOnlyTheGradingStageRuns() {
        assertThat(asked(List.of("assessment", "findings", "grading", "judgment"), false))
                .containsExactly("grading", "grading before judgment");
    }
}
