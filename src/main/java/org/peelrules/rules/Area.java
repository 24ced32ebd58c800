package org.peelrules.rules;

import java.io.Serializable;

/** An area of the framework, as its catalogue file declares it. */
public record Area(String id, int number, String title, String shortName, Kind kind) implements Serializable {

    /** How the framework reports on an area. */
    public enum Kind {
        /** Always graded on the five-tier scale. */
        GRADED,
        /** Graded when the submission holds evidence for it (crime data integrity); otherwise not inspected. */
        GRADED_WHEN_INSPECTED,
        /** Inspected and reported without a grade; its findings feed the graded areas. */
        NOT_GRADED,
        /** Inspected and graded in a separate report. */
        REPORTED_SEPARATELY
    }

    public boolean graded() {
        return kind == Kind.GRADED || kind == Kind.GRADED_WHEN_INSPECTED;
    }
}
