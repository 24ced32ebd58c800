package org.peelrules.readme;

// README:begin
import java.nio.file.Path;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.SubmissionReader;
import org.peelrules.evidence.Submission;
import org.peelrules.judgment.Assessment;

public class Quickstart {
    public static void main(String[] args) {
        // Build once and share: a RuleSet and its Evaluator are immutable and thread-safe.
        RuleSet rules = RuleSet.bundled();
        Evaluator evaluator = Evaluator.of(rules);

        // Read and check a submission, names included, once; every problem comes back with its JSON pointer.
        Submission submission = SubmissionReader.read(Path.of("examples/west-mercia-2021-22/evidence.json"), rules);

        Assessment assessment = evaluator.evaluate(submission);
        assessment.judgments().forEach(j -> System.out.println(j.title() + ": "
                + (j.grade() != null ? j.grade().label() : j.outcome().label())));
    }
}
// README:end
