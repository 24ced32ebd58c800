package org.peelrules.internal.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peelrules.evidence.Bound;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.Emphasis;
import org.peelrules.evidence.Metric;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.PriorItem;
import org.peelrules.evidence.Rating;
import org.peelrules.evidence.SurveyResult;

/** How an evidence item reads in a trace: its figures and words in one line, saying no more than it does. */
class EvidenceSummaryTest {

    @Test
    void aFigureGivenRoughlyIsNeverShownAsExact() {
        assertThat(Tracer.summary(new Metric("m", "x", 85, Bound.OVER, "percent", null, null, null, null, null,
                "s")))
                .isEqualTo("over 85%");
        assertThat(Tracer.summary(new Metric("m", "x", 85, "percent", null, null, null, null, "s"))).isEqualTo("85%");
        assertThat(Tracer.summary(new Metric("m", "x", 84, "percent", null, 4.0,
                new Metric.Comparison("national-rate", 82, 2.0), null, "s")))
                .isEqualTo("84% ± 4 (national rate: 82 ± 2)");
        assertThat(Tracer.summary(new Metric("m", "x", 84, null, "percent", null, null, null,
                new Metric.Rank(12, 43, "forces in England and Wales", Metric.Rank.CountedFrom.HIGHEST), null, "s")))
                .isEqualTo("84%, position 12 of 43 forces in England and Wales from the highest");
        assertThat(Tracer.summary(new CaseAudit("a", "x", null, null, 33.0, Bound.OVER, null, null, "s")))
                .isEqualTo("over 33% failing");
        assertThat(Tracer.summary(new CaseAudit("a", "x", 10, 40, null, Bound.UNDER, null, null, "s")))
                .isEqualTo("under 10 of 40 failing (25%)");
        assertThat(Tracer.summary(new SurveyResult("s", "x", 33, Bound.ABOUT, "workforce", null, null, "s")))
                .isEqualTo("about 33% of workforce");
    }

    @Test
    void anObservationReadsAsItsRatingAndTextAndSaysWhenItIsTheHeadline() {
        assertThat(Tracer.summary(new Observation("o", "4.1.2", Rating.MOSTLY_MEETS, "THRIVE is used.", "s")))
                .isEqualTo("mostly meets: THRIVE is used.");
        assertThat(Tracer.summary(new Observation("o", "4.1.2", Rating.MEETS, Emphasis.HEADLINE,
                "Calls are handled well.", "s"))).isEqualTo("meets (headline): Calls are handled well.");
        assertThat(Tracer.summary(new Observation("o", "4.1.2", Rating.NEUTRAL, "A nurse works in the control room.",
                "s"))).isEqualTo("neutral: A nurse works in the control room.");
    }

    @Test
    void anEarlierItemSaysItsYearAndProgressOnlyWhenTheSourceDoes() {
        assertThat(Tracer.summary(new PriorItem("p", PriorItem.Kind.AREA_FOR_IMPROVEMENT, 2019, "9.4.2",
                "Manage performance.", PriorItem.Progress.NOT_RESOLVED, "s")))
                .isEqualTo("area for improvement from 2019, not resolved: Manage performance.");
        assertThat(Tracer.summary(new PriorItem("p", PriorItem.Kind.RECOMMENDATION, null, "9.4.2",
                "Manage performance.", PriorItem.Progress.NOT_STATED, "s")))
                .isEqualTo("recommendation, progress not stated: Manage performance.");
    }
}
