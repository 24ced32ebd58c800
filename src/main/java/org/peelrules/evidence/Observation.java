package org.peelrules.evidence;

/** An inspector's recorded finding against one characteristic of good performance. */
public record Observation(
        String id,
        String characteristic,
        Rating rating,
        String text,
        String source) implements EvidenceItem {
}
