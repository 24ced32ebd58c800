package org.peelrules.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.peelrules.AreaJudgment;
import org.peelrules.Assessment;
import org.peelrules.Evaluator;
import org.peelrules.InvalidSubmissionException;
import org.peelrules.Json;
import org.peelrules.PeelRulesException;
import org.peelrules.Problem;
import org.peelrules.SubmissionReader;

/** Replays cases: evaluates each case's evidence and compares it with the published outcome. */
public final class Replay {
    public static final String EVIDENCE = "evidence.json";
    public static final String EXPECTED = "expected.json";

    private final Evaluator evaluator;

    public Replay(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** The case folders under {@code root}, in name order: any folder holding an evidence.json. */
    public static List<Path> cases(Path root) {
        if (Files.isRegularFile(root.resolve(EVIDENCE))) {
            return List.of(root);
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(EVIDENCE))).sorted().toList();
        } catch (IOException e) {
            throw new InvalidSubmissionException(root.toString(), List.of(new Problem("", "cannot list cases: "
                    + e.getMessage())));
        }
    }

    /** Reads a case's expected.json. */
    public static Expected expected(Path caseFolder) {
        Path file = caseFolder.resolve(EXPECTED);
        if (!Files.isRegularFile(file)) {
            throw new InvalidSubmissionException(file.toString(), List.of(new Problem("",
                    "a replay case needs an expected.json: a case that expects nothing proves nothing")));
        }
        try {
            return Json.json().readValue(file.toFile(), Expected.class);
        } catch (IOException e) {
            throw new InvalidSubmissionException(file.toString(), List.of(new Problem("", e.getMessage()
                    .lines().findFirst().orElse(""))));
        }
    }

    /** Replays one case folder; a case that cannot be read gives a result carrying the error. */
    public CaseResult replay(Path caseFolder) {
        String name = caseFolder.getFileName().toString();
        try {
            Expected expected = expected(caseFolder);
            Assessment assessment = evaluator.evaluate(SubmissionReader.read(caseFolder.resolve(EVIDENCE)));
            return compare(name, expected, assessment);
        } catch (PeelRulesException e) {
            return CaseResult.failed(name, e.getMessage());
        }
    }

    /** Compares an assessment with a published outcome, area by area. */
    public static CaseResult compare(String name, Expected expected, Assessment assessment) {
        List<AreaResult> areas = new ArrayList<>();
        for (Expected.Area e : expected.judgments()) {
            AreaJudgment derived = assessment.judgment(e.area()).orElse(null);
            if (derived == null) {
                areas.add(new AreaResult(e.area(), e.grade(), e.outcome(), null, null, List.of(),
                        List.of("area \"" + e.area() + "\" is not in the rule set")));
                continue;
            }
            List<FindingMatch> findings = new ArrayList<>();
            match(findings, "cause of concern", ids(e.causesOfConcern().stream().map(Expected.Cause::topic)),
                    ids(derived.causesOfConcern().stream().map(c -> c.topic())));
            match(findings, "recommendation",
                    ids(e.causesOfConcern().stream().flatMap(c -> c.recommendations().stream())
                            .map(Expected.Recommendation::characteristic)),
                    ids(derived.causesOfConcern().stream().flatMap(c -> c.recommendations().stream())
                            .map(r -> r.characteristic())));
            match(findings, "area for improvement",
                    ids(e.areasForImprovement().stream().map(Expected.Item::characteristic)),
                    ids(derived.areasForImprovement().stream().map(a -> a.characteristic())));
            match(findings, "innovative practice",
                    ids(e.innovativePractice().stream().map(Expected.Item::characteristic)),
                    ids(derived.innovativePractice().stream().map(p -> p.characteristic())));
            match(findings, "national recommendation not met",
                    ids(e.nationalRecommendationsNotMet().stream().map(n -> n.characteristic() + "/" + n.year())),
                    ids(derived.nationalRecommendationsNotMet().stream().map(n -> n.characteristic() + "/" + n.year())));
            areas.add(new AreaResult(e.area(), e.grade(), e.outcome(), derived.grade(), derived.outcome(), findings,
                    List.of()));
        }
        return new CaseResult(name, areas, null);
    }

    private static Set<String> ids(Stream<String> values) {
        Set<String> set = new TreeSet<>();
        values.filter(Objects::nonNull).forEach(set::add);
        return set;
    }

    private static void match(List<FindingMatch> out, String kind, Set<String> expected, Set<String> derived) {
        Set<String> all = new TreeSet<>(expected);
        all.addAll(derived);
        for (String key : all) {
            FindingMatch.Verdict v = expected.contains(key)
                    ? (derived.contains(key) ? FindingMatch.Verdict.MATCHED : FindingMatch.Verdict.MISSING)
                    : FindingMatch.Verdict.EXTRA;
            out.add(new FindingMatch(kind, key, v));
        }
    }
}
