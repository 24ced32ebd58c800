package org.peelrules.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.peelrules.Grade;
import org.peelrules.Outcome;

/**
 * How far a corpus of replayed cases agrees with the published outcomes: grades agreeing, the confusion
 * matrix over the tiers, and the findings' precision and recall.
 *
 * @param cases          cases replayed, counting those that failed
 * @param failedCases    cases that could not be replayed (unreadable or invalid files)
 * @param areas          areas compared
 * @param gradesAgreeing areas whose derived grade or non-grade outcome is the published one
 * @param areasAgreeing  areas that also derived every published finding ({@link AreaResult#agrees()})
 * @param confusion      published (rows) against derived (columns): the five tiers, then "no grade"
 * @param matched        findings published and derived
 * @param missing        findings published, not derived
 * @param extra          findings derived, not published
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
        long extra) {

    /** Row and column labels of the confusion matrix: the five tiers, best first, then "no grade". */
    public static final List<String> LABELS = labels();

    public Agreement {
        confusion = confusion.stream().map(List::copyOf).toList();
    }

    public static Agreement of(List<CaseResult> results) {
        int size = LABELS.size();
        int[][] matrix = new int[size][size];
        int areas = 0;
        int grades = 0;
        int agreeing = 0;
        long matched = 0;
        long missing = 0;
        long extra = 0;
        for (CaseResult c : results) {
            for (AreaResult a : c.areas()) {
                areas++;
                grades += a.gradeAgrees() ? 1 : 0;
                agreeing += a.agrees() ? 1 : 0;
                matched += a.count(FindingMatch.Verdict.MATCHED);
                missing += a.count(FindingMatch.Verdict.MISSING);
                extra += a.count(FindingMatch.Verdict.EXTRA);
                if (a.expectedOutcome() != null && a.derivedOutcome() != null) {
                    matrix[index(a.expectedOutcome(), a.expectedGrade())][index(a.derivedOutcome(), a.derivedGrade())]++;
                }
            }
        }
        List<List<Integer>> confusion = new ArrayList<>();
        for (int[] row : matrix) {
            confusion.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new Agreement(results.size(), (int) results.stream().filter(r -> r.error() != null).count(), areas,
                grades, agreeing, confusion, matched, missing, extra);
    }

    /** The confusion matrix's row or column for an outcome: its tier, or "no grade" for a non-grade outcome. */
    public static int index(Outcome outcome, Grade grade) {
        return outcome == Outcome.GRADED && grade != null ? grade.ordinal() : Grade.values().length;
    }

    /** Derived findings that were published: matched / (matched + extra); 1 when nothing was derived. */
    public double precision() {
        return matched + extra == 0 ? 1.0 : (double) matched / (matched + extra);
    }

    /** Published findings that were derived: matched / (matched + missing); 1 when nothing was published. */
    public double recall() {
        return matched + missing == 0 ? 1.0 : (double) matched / (matched + missing);
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
