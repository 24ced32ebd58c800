package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;

class JudgmentEqualityTest {
    private static <T> Supplier<T> mustNotBeWorkedOut() {
        return () -> {
            throw new AssertionError("equality worked out an explanation");
        };
    }

    private static AreaJudgment judgment(Grade grade) {
        return new AreaJudgment("preventing-crime", "Preventing crime", "Preventing crime", Outcome.GRADED, grade,
                null, "descriptor", "GP-11", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                mustNotBeWorkedOut(), mustNotBeWorkedOut());
    }

    @Test
    void judgmentsCompareWhatTheySayWithoutWorkingOutTheirExplanations() {
        assertThat(judgment(Grade.GOOD)).isEqualTo(judgment(Grade.GOOD)).hasSameHashCodeAs(judgment(Grade.GOOD));
        assertThat(judgment(Grade.GOOD)).isNotEqualTo(judgment(Grade.ADEQUATE));
    }
}
