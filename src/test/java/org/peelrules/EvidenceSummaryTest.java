package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peelrules.evidence.Emphasis;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.Rating;

/** How an evidence item reads in a trace: its figures and words in one line, saying no more than it does. */
class EvidenceSummaryTest {

    @Test
    void anObservationReadsAsItsRatingAndTextAndSaysWhenItIsTheHeadline() {
        assertThat(Tracer.summary(new Observation("o", "4.1.2", Rating.MOSTLY_MEETS, "THRIVE is used.", "s")))
                .isEqualTo("mostly meets: THRIVE is used.");
        assertThat(Tracer.summary(new Observation("o", "4.1.2", Rating.MEETS, Emphasis.HEADLINE, "Calls are handled well.",
                "s"))).isEqualTo("meets (headline): Calls are handled well.");
        assertThat(Tracer.summary(new Observation("o", "4.1.2", Rating.NEUTRAL, "A nurse works in the control room.",
                "s"))).isEqualTo("neutral: A nurse works in the control room.");
    }
}
