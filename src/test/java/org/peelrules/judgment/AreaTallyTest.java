package org.peelrules.judgment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

class AreaTallyTest {

    @Test
    void aTallyUnderAnotherNameDiffersInItsAreaAlone() throws ReflectiveOperationException {
        AreaTally tally = new AreaTally("preventing-crime", true, 9, 10, 8, 1, 2, 3, 1, 1, 1, 1, 7, 2, 3, 2, 1);
        AreaTally renamed = tally.withArea("other");

        assertEquals("other", renamed.area());
        // Every other component, named by reflection so that one added later is covered too.
        for (RecordComponent c : AreaTally.class.getRecordComponents()) {
            if (!c.getName().equals("area")) {
                assertEquals(c.getAccessor().invoke(tally), c.getAccessor().invoke(renamed), c.getName());
            }
        }
    }
}
