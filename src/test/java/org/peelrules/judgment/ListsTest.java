package org.peelrules.judgment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Canonical lists: every value once, in order, whatever order and repeats they came in. */
class ListsTest {

    @Property(tries = 1000, seed = "11")
    void sortsAndDropsRepeatsAsTheStatementSays(
            @ForAll @Size(max = 8) List<@StringLength(max = 2) String> values) {
        assertThat(Lists.sortedDistinct(values)).isEqualTo(values.stream().distinct().sorted().toList());
    }

    @Example
    void nothingGivesAnEmptyList() {
        assertThat(Lists.sortedDistinct(null)).isEmpty();
        assertThat(Lists.sortedDistinct(Set.of())).isEmpty();
    }

    @Example
    void theListCannotBeChanged() {
        List<String> canonical = Lists.sortedDistinct(List.of("b", "a", "b"));
        assertThat(canonical).containsExactly("a", "b").isUnmodifiable();
    }
}
