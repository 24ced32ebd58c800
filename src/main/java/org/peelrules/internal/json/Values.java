package org.peelrules.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;

/** How problems quote what a submission holds: briefly, and never more than a line of it. */
public final class Values {
    private static final int LONGEST_QUOTE = 60;

    private Values() {
    }

    /** A value as a message quotes it: text in quotes, numbers as written, lists and objects by kind. */
    public static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isTextual()) {
            return "\"" + abbreviate(value.asText()) + "\"";
        }
        if (value.isNumber()) {
            return value.isFloatingPointNumber() ? number(value.asDouble()) : abbreviate(value.asText());
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.asText();
    }

    public static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= LONGEST_QUOTE ? oneLine : oneLine.substring(0, LONGEST_QUOTE) + "...";
    }

    /** A number without binary noise: 101.1, not 101.10000000000001. */
    public static String number(double d) {
        if (!Double.isFinite(d)) {
            return String.valueOf(d);
        }
        return BigDecimal.valueOf(d).round(MathContext.DECIMAL64).stripTrailingZeros()
                .round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }

    /** The JSON pointer of a field below an object, escaped as RFC 6901 requires. */
    public static String pointer(String parent, String field) {
        return parent + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    /**
     * A JSON Schema type in words, for a message saying what a value must be.
     *
     * @param object how the reader's format names an object: "an object" in JSON, "a mapping of fields" in YAML
     */
    public static String typeName(String type, String object) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "text";
            case "array" -> "a list";
            case "object" -> object;
            case "boolean" -> "true or false";
            default -> type;
        };
    }

    /** The validator's {@code i}th message argument as text, or empty when it has none. */
    public static String arg(Object[] args, int i) {
        return i < args.length && args[i] != null ? String.valueOf(args[i]) : "";
    }
}
