package org.peelrules.readme;

// README:begin
import java.nio.file.Path;
import org.peelrules.Assessment;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.SubmissionReader;
import org.peelrules.evidence.Submission;

public class Quickstart {
    public static void main(String[] args) {
        // Build once and share: a RuleSet and its Evaluator are immutable and thread-safe.
        Evaluator evaluator = Evaluator.of(RuleSet.bundled());

        // Read and validate a submission; problems come back as one exception listing every JSON pointer.
        Submission submission = SubmissionReader.read(Path.of("examples/west-mercia-2021-22/evidence.json"));

        Assessment assessment = evaluator.evaluate(submission);
        assessment.judgments().forEach(j -> System.out.println(j.title() + ": "
                + (j.grade() != null ? j.grade().label() : j.outcome().label())));
    }
}
// README:end
