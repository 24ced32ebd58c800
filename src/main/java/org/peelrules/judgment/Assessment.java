package org.peelrules.judgment;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of evaluating one submission: a judgment on every area of the framework, stamped with the
 * rule set and library that produced it.
 *
 * @param framework  the framework version the rule set encodes, e.g. {@code peel-2021-22}
 * @param force      the force the submission is about
 * @param producedBy exactly which rules and library produced it
 * @param judgments  one judgment per area of the framework, in the framework's order (area number)
 */
public record Assessment(
        String framework,
        String force,
        Stamp producedBy,
        List<AreaJudgment> judgments) {

    /**
     * Exactly which rules and library produced an assessment.
     *
     * @param ruleSet        the rule set's name
     * @param ruleSetVersion the rule set's own version, from its {@code ruleset.yaml}, as its changelog names it
     * @param ruleSetHash    a SHA-256 over the rule set's files: two assessments with the same hash were decided by
     *                       the very same rules
     * @param library        the library's name, {@code peel-rules}
     * @param libraryVersion the library's version
     */
    public record Stamp(String ruleSet, String ruleSetVersion, String ruleSetHash, String library,
                        String libraryVersion) {
    }

    /**
     * Copies the judgments, so that the assessment cannot change after it is made.
     *
     * @param framework  the framework version the rule set encodes
     * @param force      the force the submission is about
     * @param producedBy exactly which rules and library produced it
     * @param judgments  one judgment per area of the framework, in the framework's order
     */
    public Assessment {
        judgments = List.copyOf(judgments);
    }

    /**
     * The judgment on one area, by area id.
     *
     * @param area an area id, e.g. {@code investigating-crime}
     * @return the judgment on that area, or empty when the framework has no area of that id
     */
    public Optional<AreaJudgment> judgment(String area) {
        return judgments.stream().filter(j -> j.area().equals(area)).findFirst();
    }
}
