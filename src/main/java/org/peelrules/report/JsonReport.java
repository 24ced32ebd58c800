package org.peelrules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.peelrules.internal.json.Json;
import org.peelrules.judgment.Assessment;

/** The assessment as JSON, in the stable shape documented in docs/output-format.md. */
public final class JsonReport {
    private JsonReport() {
    }

    /**
     * Any other report the command line builds from results (a batch, a change impact) as JSON, written by the
     * same mapper as an assessment.
     */
    public static String write(Object report) throws JsonProcessingException {
        return Json.json().writeValueAsString(report) + "\n";
    }

    public static String render(Assessment a) {
        try {
            return Json.json().writeValueAsString(a) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment always serialises", e);
        }
    }
}
