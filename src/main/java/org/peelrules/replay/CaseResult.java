package org.peelrules.replay;

import java.util.List;

/**
 * One replayed case.
 *
 * @param error why the case could not be replayed (unreadable or invalid files), or {@code null}
 */
public record CaseResult(String name, List<AreaResult> areas, String error) {

    public CaseResult {
        areas = List.copyOf(areas);
    }

    static CaseResult failed(String name, String error) {
        return new CaseResult(name, List.of(), error);
    }

    /** Every published grade and finding was derived (see {@link AreaResult#agrees()}). */
    public boolean agrees() {
        return error == null && areas.stream().allMatch(AreaResult::agrees);
    }
}
