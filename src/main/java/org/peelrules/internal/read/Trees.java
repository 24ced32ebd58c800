package org.peelrules.internal.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;

/** Reading a submission's JSON tree defensively: a field of the wrong type reads as absent, never as a default. */
final class Trees {
    /** The submission's lists of evidence items, as its JSON names them. */
    static final List<String> LISTS = List.of("metrics", "caseAudits", "surveys", "observations", "priorItems",
            "practices");
    private Trees() {
    }

    /** Visits each object in one of the submission's lists, with its JSON pointer. */
    static void each(JsonNode s, String list, BiConsumer<JsonNode, String> visit) {
        JsonNode items = s.path(list);
        if (!items.isArray()) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isObject()) {
                visit.accept(items.get(i), "/" + list + "/" + i);
            }
        }
    }

    static Optional<String> text(JsonNode object, String field) {
        JsonNode v = object.path(field);
        return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    static OptionalDouble number(JsonNode object, String field) {
        JsonNode v = object.path(field);
        return v.isNumber() && Double.isFinite(v.asDouble()) ? OptionalDouble.of(v.asDouble()) : OptionalDouble.empty();
    }

    static Optional<LocalDate> date(JsonNode object, String field) {
        try {
            return text(object, field).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
