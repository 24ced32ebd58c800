package org.peelrules.check;

import java.util.stream.Collectors;
import org.peelrules.internal.ruleset.RuleInfo;
import org.peelrules.judgment.Grade;

/** A scenario run in words: a line per scenario with what differed beneath a failure, then the coverage. */
public final class ScenarioText {
    private ScenarioText() {
    }

    public static String render(Scenarios.Report report) {
        StringBuilder s = new StringBuilder();
        for (Scenarios.Result r : report.results()) {
            s.append(r.passed() ? "pass  " : "FAIL  ").append(r.where()).append("  ").append(r.name()).append('\n');
            r.differences().forEach(d -> s.append("        ").append(d).append('\n'));
        }
        int total = report.results().size();
        s.append('\n').append(count(total, "scenario")).append(": ").append(total - report.failed()).append(" passed, ")
                .append(report.failed()).append(" failed\n");

        Scenarios.Coverage c = report.coverage();
        s.append('\n').append("Coverage (").append(count(total, "scenario"))
                .append(c.replayCases() > 0 ? " and " + count(c.replayCases(), "replay case") : "").append("):\n");
        s.append("  rules fired: ").append(c.rules() - c.neverFired().size()).append(" of ").append(c.rules())
                .append(percent(c.rules() - c.neverFired().size(), c.rules())).append('\n');
        s.append("  characteristics assessed from evidence: ").append(c.characteristics() - c.notEvidencedCount())
                .append(" of ").append(c.characteristics())
                .append(percent(c.characteristics() - c.notEvidencedCount(), c.characteristics())).append('\n');
        s.append("  grades reached in graded areas: ").append(c.gradedTiers() - c.gradesNotReachedCount()).append(" of ")
                .append(c.gradedTiers()).append(percent(c.gradedTiers() - c.gradesNotReachedCount(), c.gradedTiers()))
                .append('\n');
        if (!c.neverFired().isEmpty()) {
            s.append("\nRules no scenario fires (").append(c.neverFired().size()).append("):\n");
            for (RuleInfo r : c.neverFired()) {
                s.append("  ").append(r.id()).append("  ").append(r.location()).append("  \"").append(r.name())
                        .append("\"\n");
            }
        }
        if (!c.notEvidenced().isEmpty()) {
            s.append("\nCharacteristics no scenario assesses from evidence (").append(c.notEvidencedCount())
                    .append("):\n");
            c.notEvidenced().forEach((area, ids) -> s.append("  ").append(area).append(": ")
                    .append(String.join(", ", ids)).append('\n'));
        }
        if (!c.gradesNotReached().isEmpty()) {
            s.append("\nGrades no scenario reaches (").append(c.gradesNotReachedCount()).append("):\n");
            c.gradesNotReached().forEach((area, grades) -> s.append("  ").append(area).append(": ")
                    .append(grades.stream().map(Grade::label).collect(Collectors.joining(", "))).append('\n'));
        }
        s.append("\nRule set ").append(report.stamp()).append('\n');
        return s.toString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "" : " (" + Math.round(100.0 * part / whole) + "%)";
    }
}
