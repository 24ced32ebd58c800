package org.peelrules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.peelrules.Assessment;
import org.peelrules.Json;

/** The assessment as JSON, in the stable shape documented in docs/output-format.md. */
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(Assessment a) {
        try {
            return Json.json().writeValueAsString(a) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment always serialises", e);
        }
    }
}
