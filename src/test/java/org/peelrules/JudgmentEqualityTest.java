package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Explanation;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.Trace;

/** Two judgments are equal when what they say is equal; comparing them never works an explanation out. */
class JudgmentEqualityTest {
    private static <T> Supplier<T> mustNotBeWorkedOut() {
        return () -> {
            throw new AssertionError("equality worked out an explanation");
        };
    }

    private static AreaJudgment judgment(Grade grade, Explanation explanation) {
        return new AreaJudgment("preventing-crime", "Preventing crime", "Preventing crime", Outcome.GRADED, grade,
                null, "descriptor", "GP-11", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                explanation);
    }

    private static AreaJudgment judgment(Grade grade) {
        return judgment(grade, Explanation.whenAskedFor(mustNotBeWorkedOut(), mustNotBeWorkedOut()));
    }

    @Test
    void judgmentsCompareWhatTheySayWithoutWorkingOutTheirExplanations() {
        assertThat(judgment(Grade.GOOD)).isEqualTo(judgment(Grade.GOOD)).hasSameHashCodeAs(judgment(Grade.GOOD));
        assertThat(judgment(Grade.GOOD)).isNotEqualTo(judgment(Grade.ADEQUATE));
        Set<AreaJudgment> set = new HashSet<>(List.of(judgment(Grade.GOOD), judgment(Grade.ADEQUATE)));
        assertThat(set).contains(judgment(Grade.GOOD)).hasSize(2);
        assertThat(judgment(Grade.GOOD).toString()).contains("preventing-crime", "GOOD");
    }

    @Test
    void judgmentsThatSayTheSameAreEqualWhateverTheirExplanations() {
        Explanation given = Explanation.of(new Trace(null, null, null, null, List.of(), List.of()), null);

        assertThat(judgment(Grade.GOOD, given)).isEqualTo(judgment(Grade.GOOD))
                .hasSameHashCodeAs(judgment(Grade.GOOD));
        assertThat(judgment(Grade.GOOD)).isEqualTo(judgment(Grade.GOOD, given));
    }
}
