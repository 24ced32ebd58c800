package org.peelrules.judgment;

import java.util.List;

/** Practice new to policing, in place across the force, on a characteristic the force exceeds. */
public record InnovativePractice(
        String area,
        String characteristic,
        String title,
        List<String> evidence) implements Finding {

    public InnovativePractice {
        evidence = Lists.sortedDistinct(evidence);
    }

    @Override
    public List<String> characteristics() {
        return List.of(characteristic);
    }
}
