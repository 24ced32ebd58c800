package org.peelrules;

import org.peelrules.rules.Standard;

/** A standard a rule compared with, as the rule set states it: its id, value, unit and what it means. */
public record StandardValue(String id, double value, String unit, String note) {

    static StandardValue of(Standard s) {
        return new StandardValue(s.id(), s.value(), s.unit(), s.note() == null ? null : s.note().strip());
    }
}
