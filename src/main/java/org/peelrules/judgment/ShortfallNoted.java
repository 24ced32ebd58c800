package org.peelrules.judgment;

import java.util.List;

/**
 * A shortfall on a characteristic that is otherwise demonstrated: noted, but not among the areas for improvement
 * a report would publish. A report publishes a selection of the shortfalls it finds, the serious and the broad;
 * a caveat beside stronger evidence of success is recorded here, so that nothing found is lost.
 */
public record ShortfallNoted(
        String area,
        String characteristic,
        String text,
        List<String> evidence) implements Finding {

    public ShortfallNoted {
        evidence = Lists.sortedDistinct(evidence);
    }

    @Override
    public List<String> characteristics() {
        return List.of(characteristic);
    }
}
