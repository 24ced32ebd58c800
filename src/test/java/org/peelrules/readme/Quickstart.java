package org.peelrules.readme;

// README:begin
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

        // The sample submission that ships in the jar (West Mercia, 2021/22). For your own, read and check a file,
        // names included, once: SubmissionReader.read(Path.of("evidence.json"), rules); every problem comes back
        // with its JSON pointer.
        Submission submission = SubmissionReader.sample(rules);

        Assessment assessment = evaluator.evaluate(submission);
        assessment.judgments().forEach(j -> System.out.println(j.title() + ": "
                + (j.grade() != null ? j.grade().label() : j.outcome().label())));
    }
}
// README:end
