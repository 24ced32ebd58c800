package org.peelrules.internal.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.peelrules.errors.Problem;
import org.peelrules.internal.json.Values;

/**
 * A submission's consistency, which the schema cannot state: ids unique across lists, counts within their
 * totals, finite numbers, well-formed text, estimates inside their ranges, periods that run forwards, and a
 * severity only on a shortfall.
 */
final class Consistency {
    /** Units whose values cannot be negative; a percentage also cannot exceed 100. */
    private static final Set<String> NON_NEGATIVE_UNITS = Set.of("percent", "count", "days", "hours", "minutes",
            "years", "ratio", "quartile");

    private Consistency() {
    }

    static void check(JsonNode s, List<Problem> problems) {
        finiteNumbers(s, "", problems);
        wellFormedText(s, "", problems);
        duplicateIds(s, problems);
        Trees.each(s, "caseAudits", (a, at) -> caseAudit(a, at, problems));
        Trees.each(s, "metrics", (m, at) -> metric(m, at, problems));
        Trees.each(s, "surveys", (r, at) -> Trees.number(r, "proportion").ifPresent(p -> bound(r, p, "percent", "a proportion",
                at, problems)));
        Trees.each(s, "observations", (o, at) -> severity(o, at, problems));
        dates(s, problems);
    }

    /** Severity grades a shortfall: an observation that the force meets a characteristic reports none. */
    private static void severity(JsonNode observation, String at, List<Problem> problems) {
        Optional<String> rating = Trees.text(observation, "rating");
        if (observation.has("severity") && rating.isPresent()
                && !rating.get().equals("partly-meets") && !rating.get().equals("does-not-meet")) {
            problems.add(new Problem(at + "/severity", "a severity is given only to a shortfall: the rating must be "
                    + "partly-meets or does-not-meet, not " + Values.abbreviate(rating.get())));
        }
    }

    /** A number too large for a double parses as infinity; it would compare as larger than every threshold. */
    private static void finiteNumbers(JsonNode node, String at, List<Problem> problems) {
        if (node.isNumber() && !Double.isFinite(node.asDouble())) {
            problems.add(new Problem(at, "is not a usable number: " + node.asText()));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> finiteNumbers(f.getValue(), Values.pointer(at, f.getKey()), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                finiteNumbers(node.get(i), at + "/" + i, problems);
            }
        }
    }

    /**
     * JSON can escape half of a UTF-16 surrogate pair on its own (U+D800, say), which is no character at all:
     * every output would show it as "?" or refuse it. Text must be Unicode, in field names as in values.
     */
    private static void wellFormedText(JsonNode node, String at, List<Problem> problems) {
        if (node.isTextual()) {
            loneSurrogate(node.asText()).ifPresent(half -> problems.add(new Problem(at, "is not valid Unicode text: "
                    + half)));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String field = Values.pointer(at, f.getKey());
                loneSurrogate(f.getKey()).ifPresent(half -> problems.add(new Problem(field,
                        "the field name is not valid Unicode text: " + half)));
                wellFormedText(f.getValue(), field, problems);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                wellFormedText(node.get(i), at + "/" + i, problems);
            }
        }
    }

    /** "it holds half of a surrogate pair (U+D800) alone", for the first such half in the text. */
    private static Optional<String> loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format(Locale.ROOT, "it holds half of a surrogate pair (U+%04X) alone",
                        (int) c));
            }
        }
        return Optional.empty();
    }

    private static void duplicateIds(JsonNode s, List<Problem> problems) {
        Map<String, String> firstUse = new HashMap<>();
        for (String list : Trees.LISTS) {
            Trees.each(s, list, (item, at) -> Trees.text(item, "id").ifPresent(id -> {
                String first = firstUse.putIfAbsent(id, at);
                if (first != null) {
                    problems.add(new Problem(at + "/id", "id \"" + Values.abbreviate(id) + "\" is already used at "
                            + first + "; every evidence item needs an id of its own"));
                }
            }));
        }
    }

    private static void caseAudit(JsonNode a, String at, List<Problem> problems) {
        OptionalDouble failing = Trees.number(a, "failing");
        OptionalDouble sampled = Trees.number(a, "sampled");
        OptionalDouble rate = Trees.number(a, "failureRate");
        if (failing.isPresent() && sampled.isPresent() && failing.getAsDouble() > sampled.getAsDouble()) {
            problems.add(new Problem(at + "/failing", "failing (" + Values.number(failing.getAsDouble())
                    + ") is more than the cases sampled (" + Values.number(sampled.getAsDouble()) + ")"));
            return;
        }
        if (failing.isPresent() && sampled.isPresent() && sampled.getAsDouble() > 0) {
            rate = OptionalDouble.of(100 * failing.getAsDouble() / sampled.getAsDouble());
        }
        rate.ifPresent(r -> bound(a, r, "percent", "a failure rate", at, problems));
        interval(rate, Trees.number(a, "marginOfError"), "percent", at, problems);
    }

    private static void metric(JsonNode m, String at, List<Problem> problems) {
        OptionalDouble position = Trees.number(m.path("rank"), "position");
        OptionalDouble ranked = Trees.number(m.path("rank"), "of");
        if (position.isPresent() && ranked.isPresent() && position.getAsDouble() > ranked.getAsDouble()) {
            problems.add(new Problem(at + "/rank/position", "position (" + Values.number(position.getAsDouble())
                    + ") is more than the number ranked (" + Values.number(ranked.getAsDouble()) + ")"));
        }
        Optional<String> unit = Trees.text(m, "unit");
        OptionalDouble value = Trees.number(m, "value");
        if (unit.isEmpty() || value.isEmpty()) {
            return;
        }
        boolean inRange = range(value.getAsDouble(), unit.get(), at + "/value", problems);
        JsonNode comparison = m.path("comparison");
        OptionalDouble compared = Trees.number(comparison, "value");
        if (compared.isPresent() && range(compared.getAsDouble(), unit.get(), at + "/comparison/value", problems)) {
            interval(compared, Trees.number(comparison, "marginOfError"), unit.get(), at + "/comparison", problems);
        }
        if (inRange) {
            bound(m, value.getAsDouble(), unit.get(), "percent".equals(unit.get()) ? "a percentage"
                    : "count".equals(unit.get()) ? "a count" : "a value in " + unit.get(), at, problems);
            interval(value, Trees.number(m, "marginOfError"), unit.get(), at, problems);
        }
    }

    /**
     * A bound that leaves the figure no value its unit allows: over 100 per cent, or under nothing. A figure out
     * of range is reported as such, not here.
     */
    private static void bound(JsonNode item, double figure, String unit, String what, String at,
                              List<Problem> problems) {
        Optional<String> bound = Trees.text(item, "bound");
        if (bound.filter("over"::equals).isPresent() && "percent".equals(unit) && figure == 100) {
            problems.add(new Problem(at + "/bound", what + " cannot be over 100"));
        } else if (bound.filter("under"::equals).isPresent() && nonNegative(unit) && figure == 0) {
            problems.add(new Problem(at + "/bound", what + " cannot be under 0"));
        }
    }

    /** Whether a value lies in the range its unit allows; reports it if not. */
    private static boolean range(double value, String unit, String at, List<Problem> problems) {
        if ("percent".equals(unit) && (value < 0 || value > 100)) {
            problems.add(new Problem(at, "a percentage must lie between 0 and 100, not " + Values.number(value)));
            return false;
        }
        if (nonNegative(unit) && value < 0) {
            problems.add(new Problem(at, ("count".equals(unit) ? "a count" : "a value in " + unit)
                    + " cannot be negative, not " + Values.number(value)));
            return false;
        }
        return true;
    }

    /**
     * A confidence interval is given as a margin of error either side of its estimate, so it always contains the
     * estimate when the margin is not negative (the schema's to check); what can go wrong is that it reaches
     * beyond the values the unit allows.
     */
    private static void interval(OptionalDouble estimate, OptionalDouble margin, String unit, String at,
                                 List<Problem> problems) {
        if (estimate.isEmpty() || margin.isEmpty() || margin.getAsDouble() < 0) {
            return;
        }
        double low = estimate.getAsDouble() - margin.getAsDouble();
        double high = estimate.getAsDouble() + margin.getAsDouble();
        String interval = "the interval " + Values.number(estimate.getAsDouble()) + " ± "
                + Values.number(margin.getAsDouble()) + " (" + Values.number(low) + " to " + Values.number(high) + ")";
        if ("percent".equals(unit) && (low < 0 || high > 100)) {
            problems.add(new Problem(at + "/marginOfError", interval + " reaches outside 0 to 100"));
        } else if (nonNegative(unit) && low < 0) {
            problems.add(new Problem(at + "/marginOfError", interval + " reaches below 0, which a value in " + unit
                    + " cannot be"));
        }
    }

    private static boolean nonNegative(String unit) {
        return NON_NEGATIVE_UNITS.contains(unit) || unit.startsWith("per ") || unit.startsWith("per-");
    }

    private static void dates(JsonNode s, List<Problem> problems) {
        Optional<LocalDate> from = Trees.date(s.path("inspectionPeriod"), "from");
        Optional<LocalDate> to = Trees.date(s.path("inspectionPeriod"), "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            problems.add(new Problem("/inspectionPeriod/to", "the inspection period ends (" + to.get()
                    + ") before it starts (" + from.get() + ")"));
        }
        to.ifPresent(end -> Trees.each(s, "priorItems", (p, at) -> Trees.number(p, "year").ifPresent(year -> {
            if (year > end.getYear()) {
                problems.add(new Problem(at + "/year", "an item from an earlier inspection cannot date from "
                        + Values.number(year) + ", after the inspection period ends (" + end + ")"));
            }
        })));
    }
}
