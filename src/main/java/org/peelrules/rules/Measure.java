package org.peelrules.rules;

import java.io.Serializable;

/**
 * An entry of the measure register: a quantity a submission may report, and the characteristic it informs.
 * Every metric, case audit and survey result in a submission names one.
 */
public record Measure(String id, String characteristic, Kind kind, String unit, String description) implements Serializable {

    /** What a measure is: judged against a standard, or context. */
    public enum Kind {
        /** A value judged by rules against a named standard, or reported as context. */
        METRIC,
        /** The share of cases failing a test: judged by the common audit thresholds. */
        FAILURE_RATE,
        /** The share of a surveyed population giving an answer. */
        SURVEY
    }
}
