package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.peelrules.evidence.Submission;

/** The sample submission ships in the jar, is the West Mercia example itself, and reads without a working folder. */
class SampleTest {
    private static final Path WEST_MERCIA = TestRules.EXAMPLES.resolve("west-mercia-2021-22/evidence.json");

    @Test
    void theSampleIsTheExampleByteForByte() throws IOException {
        try (InputStream in = SubmissionReader.class.getResourceAsStream(SubmissionReader.SAMPLE)) {
            assertThat(in).as("the sample on the classpath").isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(WEST_MERCIA));
        }
    }

    @Test
    void theSampleReadsAsTheExampleDoes() {
        Submission sample = SubmissionReader.sample(TestRules.ruleSet());
        assertThat(sample).isEqualTo(SubmissionReader.read(WEST_MERCIA, TestRules.ruleSet()));
        assertThat(sample.force()).isEqualTo("West Mercia Police");
    }
}
