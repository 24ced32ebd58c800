package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.EvidenceItem;
import org.peelrules.evidence.Submission;
import org.peelrules.internal.ruleset.RuleInfo;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.judgment.CharacteristicAssessment;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;
import org.peelrules.judgment.RuleRef;
import org.peelrules.judgment.Trace;
import org.peelrules.replay.Replay;
import org.peelrules.report.ExplainReport;

/**
 * The trace every judgment carries: captured from the rules that ran, agreeing with the judgment it explains,
 * and citing rules by id, file and line that really are there.
 */
class ExplanationTest {
    static final Path WEST_MERCIA = TestRules.EXAMPLES.resolve("west-mercia-2021-22").resolve(Replay.EVIDENCE);

    private final Evaluator evaluator = TestRules.evaluator();

    /**
     * An evaluation records only which rule decided each area and runs again, traced in full, when an explanation
     * is first asked for: what it explains must be what a run traced as it went explains.
     */
    @Test
    void explanationsWorkedOutFromARunTracedLaterAreThoseOfARunTracedAsItWent() throws IOException {
        List<Path> cases;
        try (Stream<Path> found = Files.walk(TestRules.EXAMPLES)) {
            cases = found.filter(p -> p.getFileName().toString().equals(Replay.EVIDENCE)).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThan(20);
        for (Path evidence : cases) {
            Submission submission = SubmissionReader.read(evidence);
            Assessment later = evaluator.evaluate(submission);
            Assessment asItWent = evaluator.evaluateRecording(submission).assessment();
            assertThat(later).isEqualTo(asItWent);
            for (AreaJudgment j : later.judgments()) {
                AreaJudgment same = asItWent.judgment(j.area()).orElseThrow();
                assertThat(j.decidedBy()).as("%s %s", evidence, j.area()).isNotEmpty().isEqualTo(same.decidedBy());
                assertThat(j.trace()).as("%s %s", evidence, j.area()).isEqualTo(same.trace());
                assertThat(j.whyNotHigher()).as("%s %s", evidence, j.area()).isEqualTo(same.whyNotHigher());
            }
        }
    }

    @Test
    void westMerciaInvestigatingCrimeIsExplainedByItsCauseOfConcernAndTheCaseAuditsBehindIt() {
        Submission submission = SubmissionReader.read(WEST_MERCIA);
        Assessment assessment = evaluator.evaluate(submission);
        AreaJudgment j = assessment.judgment("investigating-crime").orElseThrow();

        Trace.FindingStep concern = j.trace().findings().stream()
                .filter(f -> f.kind().equals("cause-of-concern") && f.title().equals("Investigations"))
                .findFirst().orElseThrow(() -> new AssertionError("no cause of concern 'Investigations' in the trace"));
        assertThat(concern.rule().file()).isEqualTo("findings.drl");
        List<Trace.EvidenceStep> audits = concern.systemic().stream().flatMap(s -> s.evidence().stream())
                .filter(e -> e.kind().equals("case-audit")).toList();
        // The report's own figure: "14 out of 66 serious cases reviewed were ineffectively supervised".
        assertThat(audits).extracting(Trace.EvidenceStep::id).contains("wm-ic-supervision");

        String explanation = ExplainReport.render(assessment, j);
        assertThat(explanation).contains("Cause of concern: Investigations (5.1)");
        for (Trace.EvidenceStep audit : audits) {
            CaseAudit item = submission.caseAudits().stream().filter(a -> a.id().equals(audit.id())).findFirst()
                    .orElseThrow();
            assertThat(explanation).contains(audit.id());
            if (item.failing() != null && item.sampled() != null) {
                assertThat(explanation).as("the figures of %s", item.id())
                        .contains(item.failing() + " of " + item.sampled() + " failing");
            }
            assertThat(explanation).contains(audit.rule().id() + " (" + audit.rule().location() + ")");
        }
    }

    @Test
    void everyTraceAgreesWithTheJudgmentItExplains() {
        for (Assessment a : assessments()) {
            for (AreaJudgment j : a.judgments()) {
                String where = a.force() + ", " + j.area();
                Trace t = j.trace();
                assertThat(t).as(where).isNotNull();
                assertThat(t.outcome().rule().id()).as(where).isEqualTo(j.decidedBy());
                assertThat(t.descriptor() != null).as("%s: a descriptor exactly when graded", where)
                        .isEqualTo(j.grade() != null);
                assertThat(t.findings()).extracting(f -> f.kind() + " " + f.subject()).as(where)
                        .containsExactlyInAnyOrderElementsOf(findings(j));
                boolean belowTheTop = j.grade() != null && j.grade() != Grade.OUTSTANDING;
                boolean wantsEvidence = j.outcome() == Outcome.INSUFFICIENT_EVIDENCE
                        || j.outcome() == Outcome.NOT_INSPECTED;
                assertThat(j.whyNotHigher() != null).as("%s: why not higher exactly when there is a higher", where)
                        .isEqualTo(belowTheTop || wantsEvidence);
                if (j.whyNotHigher() != null) {
                    assertThat(j.whyNotHigher().now()).as(where).isEqualTo(t.tally());
                    assertThat(j.whyNotHigher().target()).as(where)
                            .isEqualTo(belowTheTop ? Grade.values()[j.grade().ordinal() - 1] : null);
                }
                for (CharacteristicAssessment c : j.characteristics()) {
                    if (!c.countsTowards().equals(j.area()) && t.tally() != null) {
                        continue;
                    }
                    Trace.CharacteristicStep step = t.characteristics().stream()
                            .filter(s -> s.characteristic().equals(c.characteristic())).findFirst()
                            .orElseThrow(() -> new AssertionError(where + ": no trace of " + c.characteristic()));
                    assertThat(step.status()).as(where).isEqualTo(c.status());
                    assertThat(step.evidence().stream().map(Trace.EvidenceStep::id).distinct().sorted().toList())
                            .as("%s %s evidence", where, c.characteristic()).isEqualTo(c.evidence());
                }
            }
        }
    }

    @Test
    void everyRuleATraceCitesIsWhereItSays() throws IOException {
        Set<RuleRef> cited = new java.util.HashSet<>();
        for (Assessment a : assessments()) {
            for (AreaJudgment j : a.judgments()) {
                rules(j).forEach(cited::add);
            }
        }
        assertThat(cited).isNotEmpty();
        for (RuleRef r : cited) {
            List<String> lines = Files.readAllLines(TestRules.FOLDER.resolve(r.file()));
            assertThat(lines.get(r.line() - 1)).as("%s", r).contains("rule \"" + r.name() + "\"");
            assertThat(TestRules.ruleSet().rule(r.name()).map(RuleInfo::id)).as("%s", r).contains(r.id());
        }
    }

    @Test
    void everyEvidenceStepNamesAnItemOfTheSubmissionWithItsSource() {
        for (Path folder : Replay.cases(TestRules.EXAMPLES)) {
            Submission s = SubmissionReader.read(folder.resolve(Replay.EVIDENCE));
            List<EvidenceItem> items = s.items().toList();
            for (AreaJudgment j : evaluator.evaluate(s).judgments()) {
                evidence(j.trace()).forEach(e -> {
                    EvidenceItem item = items.stream().filter(i -> i.id().equals(e.id())).findFirst()
                            .orElseThrow(() -> new AssertionError(j.area() + " cites " + e.id()));
                    assertThat(e.source()).isEqualTo(item.source());
                    assertThat(e.summary()).isNotBlank();
                });
            }
        }
    }

    @Test
    void aSyntheticAreaIsTracedFromEvidenceToDescriptor() {
        Evaluator synthetic = Evaluator.of(SyntheticArea.ruleSet(tempDir()));
        SyntheticArea.Builder b = SyntheticArea.ratings(SyntheticArea.concat(
                SyntheticArea.times(6, org.peelrules.evidence.Rating.MEETS),
                SyntheticArea.times(2, org.peelrules.evidence.Rating.PARTLY_MEETS),
                SyntheticArea.times(2, org.peelrules.evidence.Rating.EXCEEDS)));
        AreaJudgment j = synthetic.evaluate(b.submission()).judgment(SyntheticArea.AREA).orElseThrow();
        Trace t = j.trace();
        assertThat(t.descriptor().rule().file()).isEqualTo("grading-policy.drl");
        assertThat(t.descriptor().standards()).isNotEmpty();
        assertThat(t.characteristics()).extracting(Trace.CharacteristicStep::characteristic)
                .containsExactlyElementsOf(SyntheticArea.CHARACTERISTICS);
        for (int i = 0; i < SyntheticArea.CHARACTERISTICS.size(); i++) {
            Trace.CharacteristicStep step = t.characteristics().get(i);
            assertThat(step.evidence()).extracting(Trace.EvidenceStep::id).containsExactly("o" + i);
            assertThat(step.evidence().get(0).rule().file()).isEqualTo("evidence.drl");
            assertThat(step.rule().file()).isEqualTo("assessment.drl");
        }
        assertThat(t.findings()).as("an area for improvement on each partly met characteristic")
                .extracting(Trace.FindingStep::subject)
                .containsExactlyElementsOf(SyntheticArea.CHARACTERISTICS.subList(6, 8));
    }

    // --- Helpers ---------------------------------------------------------------------------------------

    static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("peel-synthetic");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Assessment> assessments() {
        List<Assessment> all = new ArrayList<>();
        for (Path folder : Replay.cases(TestRules.EXAMPLES)) {
            all.add(evaluator.evaluate(SubmissionReader.read(folder.resolve(Replay.EVIDENCE))));
        }
        all.add(evaluator.evaluate(CatalogueSubmission.of(TestRules.ruleSet())));
        return all;
    }

    private static List<String> findings(AreaJudgment j) {
        List<String> out = new ArrayList<>();
        j.causesOfConcern().forEach(c -> out.add("cause-of-concern " + c.topic()));
        j.areasForImprovement().forEach(c -> out.add("area-for-improvement " + c.characteristic()));
        j.nationalRecommendationsNotMet()
                .forEach(c -> out.add("national-recommendation-not-met " + c.characteristic()));
        j.innovativePractice().forEach(c -> out.add("innovative-practice " + c.characteristic()));
        j.otherShortfalls().forEach(c -> out.add("shortfall-noted " + c.characteristic()));
        return out;
    }

    private static Stream<RuleRef> rules(AreaJudgment j) {
        Trace t = j.trace();
        List<RuleRef> refs = new ArrayList<>();
        refs.add(t.outcome().rule());
        if (t.descriptor() != null) {
            refs.add(t.descriptor().rule());
        }
        if (t.talliedBy() != null) {
            refs.add(t.talliedBy());
        }
        t.findings().forEach(f -> {
            refs.add(f.rule());
            f.systemic().forEach(s -> refs.add(s.rule()));
        });
        t.characteristics().forEach(c -> refs.add(c.rule()));
        evidence(t).forEach(e -> refs.add(e.rule()));
        if (j.whyNotHigher() != null && j.whyNotHigher().rule() != null) {
            refs.add(j.whyNotHigher().rule());
        }
        return refs.stream();
    }

    private static Stream<Trace.EvidenceStep> evidence(Trace t) {
        return Stream.concat(t.characteristics().stream().flatMap(c -> c.evidence().stream()),
                t.findings().stream().flatMap(f -> Stream.concat(f.evidence().stream(),
                        f.systemic().stream().flatMap(s -> s.evidence().stream()))));
    }
}
