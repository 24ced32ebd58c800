package org.peelrules.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What an earlier inspection's item says about the force now. */
class PriorItemTest {

    @Test
    void onlyAnItemPartlyOrNotResolvedIsOutstanding() {
        Map<PriorItem.Progress, Boolean> outstanding = Arrays.stream(PriorItem.Progress.values())
                .collect(Collectors.toMap(Function.identity(), p -> new PriorItem("p",
                        PriorItem.Kind.AREA_FOR_IMPROVEMENT, 2019, "4.1.3", "t", p, "s").outstanding()));
        assertThat(outstanding).containsExactlyInAnyOrderEntriesOf(Map.of(
                PriorItem.Progress.RESOLVED, false,
                PriorItem.Progress.PARTLY_RESOLVED, true,
                PriorItem.Progress.NOT_RESOLVED, true,
                PriorItem.Progress.NOT_STATED, false));
    }
}
