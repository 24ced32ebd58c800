package org.peelrules.judgment;

/**
 * A standard a rule compared with, as the rule set states it: its id, value, unit and what it means.
 *
 * @param id    the standard's id in the rule set's {@code standards.yaml}, e.g. {@code good-minimum-demonstrated-share}
 * @param value its value, in its unit
 * @param unit  what the value counts: {@code percent} (0 to 100), {@code share} (0 to 1), {@code characteristics},
 *              {@code months} and so on
 * @param note  what it means, in the rule set's words, or {@code null} when the rule set gives no note
 */
public record StandardValue(String id, double value, String unit, String note) {
}
