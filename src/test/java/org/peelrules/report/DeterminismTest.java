package org.peelrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.SubmissionReader;
import org.peelrules.TestRules;
import org.peelrules.evidence.Submission;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.replay.Replay;

/**
 * The same submission and rule set give byte-identical output in every format, whatever the order of the
 * items in each evidence list and whichever build of the rule set runs it (the folder, or the copy packaged
 * with the library, whose engine may order its work differently).
 */
class DeterminismTest {
    private static final int SHUFFLES = 4;
    static Evaluator packaged;

    @BeforeAll
    static void load() {
        packaged = Evaluator.of(RuleSet.bundled());
    }

    static Stream<Arguments> submissions() {
        List<Arguments> all = new ArrayList<>();
        for (Path folder : Replay.cases(TestRules.EXAMPLES)) {
            all.add(Arguments.of(folder.getFileName().toString(),
                    SubmissionReader.read(folder.resolve(Replay.EVIDENCE))));
        }
        all.add(Arguments.of("synthetic", org.peelrules.CatalogueSubmission.of(TestRules.ruleSet())));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("submissions")
    void everyFormatIsByteIdenticalWhateverTheOrderOfTheEvidence(String name, Submission submission) {
        Map<String, String> first = outputs(TestRules.evaluator().evaluate(submission));
        assertThat(first.get("json")).doesNotContain(LocalDate.now().toString());
        for (int seed = 1; seed <= SHUFFLES; seed++) {
            Map<String, String> again = outputs(TestRules.evaluator().evaluate(shuffled(submission, new Random(seed))));
            for (String format : first.keySet()) {
                assertThat(again.get(format)).as("%s as %s, evidence shuffled with seed %d", name, format, seed)
                        .isEqualTo(first.get(format));
            }
        }
        Map<String, String> other = outputs(packaged.evaluate(shuffled(submission, new Random(SHUFFLES + 1))));
        for (String format : first.keySet()) {
            assertThat(other.get(format)).as("%s as %s, by the packaged rule set", name, format)
                    .isEqualTo(first.get(format));
        }
    }

    /** Every output the library renders for an assessment, by format. */
    static Map<String, String> outputs(Assessment a) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("text", TextReport.render(a));
        out.put("markdown", MarkdownReport.render(a));
        out.put("html", HtmlReport.render(a));
        out.put("json", JsonReport.render(a));
        for (AreaJudgment j : a.judgments()) {
            out.put("explain " + j.area(), ExplainReport.render(a, j));
        }
        return out;
    }

    static Submission shuffled(Submission s, Random r) {
        return new Submission(s.framework(), s.force(), s.inspectionPeriod(), shuffled(s.metrics(), r),
                shuffled(s.caseAudits(), r), shuffled(s.surveys(), r), shuffled(s.observations(), r),
                shuffled(s.priorItems(), r), shuffled(s.practices(), r));
    }

    private static <T> List<T> shuffled(List<T> items, Random r) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, r);
        return copy;
    }
}
