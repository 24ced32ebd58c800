package org.peelrules.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peelrules.SubmissionReader;
import org.peelrules.TestRules;
import org.peelrules.evidence.Submission;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.report.JsonReport;

class PeelRulesModuleTest {
    private static final Path WEST_MERCIA = Path.of("examples/west-mercia-2021-22/evidence.json");

    @Test
    void aHostsOwnMapperWithTheModuleWritesAnAssessmentAsTheLibraryDoes() throws Exception {
        ObjectMapper host = new ObjectMapper().registerModule(new PeelRulesModule());
        Submission submission = SubmissionReader.read(WEST_MERCIA, TestRules.ruleSet());
        Assessment assessment = TestRules.evaluator().evaluate(submission);

        String written = host.writeValueAsString(assessment);

        assertThat(host.readTree(written)).isEqualTo(host.readTree(JsonReport.render(assessment)));
        assertThat(written).contains("\"grade\":\"requires-improvement\"").doesNotContain(":null");
    }

    @Test
    void aJudgmentsExplanationIsWrittenAsItsTraceAndWhyNotHigherAndNotAsAPropertyOfItsOwn() throws Exception {
        ObjectMapper host = new ObjectMapper().registerModule(new PeelRulesModule());
        Assessment assessment = TestRules.evaluator().evaluate(SubmissionReader.read(WEST_MERCIA, TestRules.ruleSet()));

        JsonNode judgments = host.readTree(host.writeValueAsString(assessment)).get("judgments");

        assertThat(judgments).hasSize(assessment.judgments().size());
        for (int i = 0; i < judgments.size(); i++) {
            AreaJudgment judgment = assessment.judgments().get(i);
            JsonNode written = judgments.get(i);
            List<String> properties = new ArrayList<>();
            written.fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as(judgment.area()).doesNotContain("explanation").contains("trace")
                    .endsWith(judgment.whyNotHigher() == null ? "trace" : "whyNotHigher");
            assertThat(written.get("trace")).isEqualTo(host.valueToTree(judgment.trace()));
        }
    }

    @Test
    void aHostsOwnMapperWithTheModuleReadsAndWritesASubmission() throws Exception {
        ObjectMapper host = new ObjectMapper().registerModule(new PeelRulesModule());
        Submission submission = SubmissionReader.read(WEST_MERCIA, TestRules.ruleSet());

        Submission again = host.readValue(host.writeValueAsString(submission), Submission.class);

        assertThat(again).isEqualTo(submission);
    }

    @Test
    void enumsOfOtherLibrariesKeepTheMappersOwnSettings() throws Exception {
        ObjectMapper host = new ObjectMapper().registerModule(new PeelRulesModule());

        assertThat(host.writeValueAsString(java.time.DayOfWeek.MONDAY)).isEqualTo("\"MONDAY\"");
        assertThat(host.writeValueAsString(org.peelrules.judgment.Grade.REQUIRES_IMPROVEMENT))
                .isEqualTo("\"requires-improvement\"");
    }
}
