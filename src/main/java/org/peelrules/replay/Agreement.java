package org.peelrules.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;

/**
 * How far a corpus of replayed cases agrees with the published outcomes: grades agreeing, the confusion
 * matrix over the tiers, and the findings' precision and recall. Only what expected.json asserts is counted.
 *
 * @param cases          cases replayed, counting those that failed
 * @param failedCases    cases that could not be replayed (unreadable or invalid files)
 * @param areas          areas compared
 * @param gradesAgreeing areas whose derived grade or non-grade outcome is the published one, of those given one
 * @param areasAgreeing  areas that also derived every published finding ({@link AreaResult#agrees()})
 * @param confusion      published (rows) against derived (columns): the five tiers, then "no grade"; areas
 *                       whose published grade or non-grade outcome is given
 * @param matched        findings published and derived
 * @param missing        findings published, not derived
 * @param extra          findings derived, not published
 * @param gradesAsserted areas whose expected.json entry gives a grade or an outcome to score
 * @param derivedMatched derived findings that were published, each counted once however many published findings
 *                       match it (two published areas for improvement on one characteristic match one derived)
 * @param areasForImprovement the areas for improvement alone, the findings a report publishes most of
 * @param gradesAgreeingProvisionally areas not graded for want of evidence whose provisional grade is the
 *                       published grade (not counted in {@code gradesAgreeing})
 */
public record Agreement(
        int cases,
        int failedCases,
        int areas,
        int gradesAgreeing,
        int areasAgreeing,
        List<List<Integer>> confusion,
        long matched,
        long missing,
        long extra,
        int gradesAsserted,
        long derivedMatched,
        FindingCounts areasForImprovement,
        int gradesAgreeingProvisionally) {

    /** Row and column labels of the confusion matrix: the five tiers, best first, then "no grade". */
    public static final List<String> LABELS = labels();

    public Agreement {
        confusion = confusion.stream().map(List::copyOf).toList();
    }

    /**
     * Findings compared, of every kind or of one.
     *
     * @param derivedMatched derived findings published, each counted once (see {@link Agreement#derivedMatched})
     */
    public record FindingCounts(long matched, long missing, long extra, long derivedMatched) {

        static FindingCounts of(List<FindingMatch> findings) {
            long matched = 0;
            long missing = 0;
            long extra = 0;
            long derivedMatched = 0;
            for (FindingMatch f : findings) {
                switch (f.verdict()) {
                    case MATCHED -> {
                        matched++;
                        derivedMatched += f.derived();
                    }
                    case MISSING -> missing++;
                    case EXTRA -> extra++;
                }
            }
            return new FindingCounts(matched, missing, extra, derivedMatched);
        }

        /** Derived findings that were published: of those derived; 1 when nothing was derived. */
        public double precision() {
            return derivedMatched + extra == 0 ? 1.0 : (double) derivedMatched / (derivedMatched + extra);
        }

        /** Published findings that were derived: of those published; 1 when nothing was published. */
        public double recall() {
            return matched + missing == 0 ? 1.0 : (double) matched / (matched + missing);
        }
    }

    public static Agreement of(List<CaseResult> results) {
        int size = LABELS.size();
        int[][] matrix = new int[size][size];
        int areas = 0;
        int asserted = 0;
        int grades = 0;
        int agreeing = 0;
        int provisionally = 0;
        for (CaseResult c : results) {
            for (AreaResult a : c.areas()) {
                areas++;
                asserted += a.gradeAsserted() ? 1 : 0;
                grades += a.gradeAsserted() && a.gradeAgrees() ? 1 : 0;
                agreeing += a.agrees() ? 1 : 0;
                provisionally += a.gradeAsserted() && a.gradeAgreesProvisionally() ? 1 : 0;
                // "graded" without a grade has no row: it names no tier.
                boolean placed = a.expectedOutcome() != null
                        && (a.expectedOutcome() != Outcome.GRADED || a.expectedGrade() != null);
                if (placed && a.derivedOutcome() != null) {
                    matrix[index(a.expectedOutcome(), a.expectedGrade())][index(a.derivedOutcome(), a.derivedGrade())]++;
                }
            }
        }
        List<List<Integer>> confusion = new ArrayList<>();
        for (int[] row : matrix) {
            confusion.add(java.util.Arrays.stream(row).boxed().toList());
        }
        FindingCounts findings = FindingCounts.of(findings(results).toList());
        FindingCounts improvements = FindingCounts.of(findings(results)
                .filter(f -> f.kind().equals(Scoring.IMPROVEMENT)).toList());
        return new Agreement(results.size(), (int) results.stream().filter(r -> r.error() != null).count(), areas,
                grades, agreeing, confusion, findings.matched(), findings.missing(), findings.extra(), asserted,
                findings.derivedMatched(), improvements, provisionally);
    }

    private static Stream<FindingMatch> findings(List<CaseResult> results) {
        return results.stream().flatMap(c -> c.areas().stream()).flatMap(a -> a.findings().stream());
    }

    /** The confusion matrix's row or column for an outcome: its tier, or "no grade" for a non-grade outcome. */
    public static int index(Outcome outcome, Grade grade) {
        return outcome == Outcome.GRADED && grade != null ? grade.ordinal() : Grade.values().length;
    }

    /** Findings of every kind. */
    public FindingCounts findings() {
        return new FindingCounts(matched, missing, extra, derivedMatched);
    }

    /** Derived findings that were published, of those derived; 1 when nothing was derived. */
    public double precision() {
        return findings().precision();
    }

    /** Published findings that were derived: matched / (matched + missing); 1 when nothing was published. */
    public double recall() {
        return findings().recall();
    }

    /** No case failed and every area agrees. */
    public boolean allAgree() {
        return failedCases == 0 && areasAgreeing == areas;
    }

    private static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (Grade g : Grade.values()) {
            labels.add(g.label());
        }
        labels.add("no grade");
        return Collections.unmodifiableList(labels);
    }
}
