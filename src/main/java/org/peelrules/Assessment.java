package org.peelrules;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of evaluating one submission: a judgment on every area of the framework, stamped with the
 * rule set and library that produced it.
 */
public record Assessment(
        String framework,
        String force,
        Stamp producedBy,
        List<AreaJudgment> judgments) {

    /**
     * Exactly which rules and library produced an assessment.
     *
     * @param ruleSetVersion the rule set's own version, from its {@code ruleset.yaml}, as its changelog names it
     * @param ruleSetHash    a SHA-256 over the rule set's files: two assessments with the same hash were decided by
     *                       the very same rules
     */
    public record Stamp(String ruleSet, String ruleSetVersion, String ruleSetHash, String library,
                        String libraryVersion) {
    }

    public Assessment {
        judgments = List.copyOf(judgments);
    }

    /** The judgment on one area, by area id. */
    public Optional<AreaJudgment> judgment(String area) {
        return judgments.stream().filter(j -> j.area().equals(area)).findFirst();
    }
}
