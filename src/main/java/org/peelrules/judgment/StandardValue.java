package org.peelrules.judgment;

/** A standard a rule compared with, as the rule set states it: its id, value, unit and what it means. */
public record StandardValue(String id, double value, String unit, String note) {
}
