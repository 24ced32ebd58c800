package org.peelrules;

import java.util.Collection;
import java.util.List;

/** The one place that makes lists canonical, so that output never depends on firing or input order. */
final class Lists {
    private Lists() {
    }

    static List<String> sortedDistinct(Collection<String> values) {
        return values == null ? List.of() : values.stream().distinct().sorted().toList();
    }
}
