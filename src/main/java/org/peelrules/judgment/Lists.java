package org.peelrules.judgment;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** The one place that makes lists canonical, so that output never depends on firing or input order. */
final class Lists {
    private Lists() {
    }

    /**
     * The values sorted in natural order, each once.
     *
     * @param values strings in any order, with repeats; may be {@code null}
     * @return an unmodifiable list, empty for {@code null} or no values
     */
    static List<String> sortedDistinct(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        // Called for every derived fact, mostly on one or two items: sorting an array and dropping repeats costs
        // less than a stream's distinct and sort, or a sorted set.
        String[] items = values.toArray(new String[0]);
        Arrays.sort(items);
        int kept = 1;
        for (int i = 1; i < items.length; i++) {
            if (!items[i].equals(items[kept - 1])) {
                items[kept++] = items[i];
            }
        }
        return List.of(kept == items.length ? items : Arrays.copyOf(items, kept));
    }
}
