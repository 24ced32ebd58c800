package org.peelrules.rules;

import java.io.Serializable;

/** A national standard or policy threshold from the rule set's standards file. */
public record Standard(String id, double value, String unit, String source, String note) implements Serializable {
}
