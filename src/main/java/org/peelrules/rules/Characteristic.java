package org.peelrules.rules;

import java.io.Serializable;

/**
 * A characteristic of good performance (framework numbering n.m.k).
 *
 * @param improvement    how an area for improvement on it is worded ("The force should ...")
 * @param recommendation how a recommendation under a cause of concern on it is worded
 * @param feeds          for an ungraded area's characteristic, the graded area whose judgment it informs
 */
public record Characteristic(
        String id,
        String area,
        String topic,
        String text,
        String source,
        String improvement,
        String recommendation,
        String feeds) implements Serializable {

    /** The graded area whose judgment this characteristic counts towards. */
    public String countsTowards() {
        return feeds != null ? feeds : area;
    }
}
