package org.peelrules.judgment;

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

    /** Exactly which rules and library produced an assessment. */
    public record Stamp(String ruleSet, String ruleSetHash, String library, String libraryVersion) {
    }

    public Assessment {
        judgments = List.copyOf(judgments);
    }

    /** The judgment on one area, by area id. */
    public Optional<AreaJudgment> judgment(String area) {
        return judgments.stream().filter(j -> j.area().equals(area)).findFirst();
    }
}
