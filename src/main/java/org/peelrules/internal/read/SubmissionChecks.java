package org.peelrules.internal.read;

import org.peelrules.internal.ruleset.LoadedRules;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.peelrules.errors.InvalidSubmissionException;
import org.peelrules.errors.Problem;
import org.peelrules.evidence.Submission;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.json.Suggest;
import org.peelrules.internal.json.Values;
import org.peelrules.internal.ruleset.Catalogue;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;
import org.peelrules.rules.Topic;

/**
 * Everything a submission must pass before it is evaluated, found in one pass over its JSON tree so that a
 * person preparing evidence sees every problem at once, whatever else is wrong:
 * <ol>
 *   <li>the shipped JSON Schema: structure, types, enums, ranges, sizes ({@link SchemaProblems});</li>
 *   <li>consistency a schema cannot express: counts that contradict each other, percentages and intervals out
 *       of range, dates out of order, an id used twice;</li>
 *   <li>given a rule set, that the framework, characteristics and measures it names exist there, with a
 *       "did you mean" where a name is close to a known one.</li>
 * </ol>
 * The checks read the tree defensively: a field of the wrong type is the schema's to report, and is skipped
 * here, so that one mistake is reported once.
 */
public final class SubmissionChecks {
    /** The classpath resource of the submission's JSON Schema. */
    public static final String SCHEMA = "/org/peelrules/evidence/submission.schema.json";
    static final List<String> LISTS = List.of("metrics", "caseAudits", "surveys", "observations", "priorItems",
            "practices");
    /** Units whose values cannot be negative; a percentage also cannot exceed 100. */
    private static final Set<String> NON_NEGATIVE_UNITS = Set.of("percent", "count", "days", "hours", "minutes",
            "years", "ratio", "quartile");
    private static final Pattern CHARACTERISTIC = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){0,3}");
    private static final Pattern MEASURE = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    /** A stable order for problems: by pointer, list positions compared as numbers (/metrics/2 before /metrics/10). */
    static final Comparator<Problem> IN_DOCUMENT_ORDER = Comparator
            .comparing(Problem::where, SubmissionChecks::comparePointers)
            .thenComparing(Problem::message);

    private SubmissionChecks() {
    }

    /**
     * Checks a submission handed to the evaluator, however it was made: read from a file, or built as records in
     * Java, where no schema has seen it. Its JSON form is checked exactly as a file would be, once: a submission
     * the reader or an earlier evaluation found sound against this rule set is not checked again.
     */
    public static void against(LoadedRules ruleSet, Submission s) {
        if (ruleSet.checked().contains(s)) {
            return;
        }
        List<Problem> problems = of(Json.json().valueToTree(s), ruleSet);
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException("for rule set " + ruleSet.name(), problems);
        }
        ruleSet.checked().add(s);
    }

    /**
     * Every problem with a submission's JSON tree, in a stable order; empty when it is sound.
     *
     * @param ruleSet the rule set whose names it must use, or {@code null} to check only structure and consistency
     */
    public static List<Problem> of(JsonNode submission, LoadedRules ruleSet) {
        return of(submission, () -> ruleSet);
    }

    /**
     * As {@link #of(JsonNode, LoadedRules)}, asking for the rule set only once structure and consistency are
     * checked, so that it may be loaded meanwhile. Should it fail to load, problems already found are reported
     * rather than its failure.
     */
    public static List<Problem> of(JsonNode submission, Supplier<LoadedRules> ruleSet) {
        List<Problem> problems = new ArrayList<>(SchemaProblems.of(submission));
        consistency(submission, problems);
        LoadedRules rules;
        try {
            rules = ruleSet.get();
        } catch (RuntimeException e) {
            if (problems.isEmpty()) {
                throw e;
            }
            rules = null;
        }
        if (rules != null) {
            references(rules, submission, problems);
        }
        return problems.stream().distinct().sorted(IN_DOCUMENT_ORDER).toList();
    }

    // --- Consistency ---------------------------------------------------------------------------------------

    private static void consistency(JsonNode s, List<Problem> problems) {
        finiteNumbers(s, "", problems);
        wellFormedText(s, "", problems);
        duplicateIds(s, problems);
        each(s, "caseAudits", (a, at) -> caseAudit(a, at, problems));
        each(s, "metrics", (m, at) -> metric(m, at, problems));
        each(s, "surveys", (r, at) -> number(r, "proportion").ifPresent(p -> bound(r, p, "percent", "a proportion",
                at, problems)));
        each(s, "observations", (o, at) -> severity(o, at, problems));
        dates(s, problems);
    }

    /** Severity grades a shortfall: an observation that the force meets a characteristic reports none. */
    private static void severity(JsonNode observation, String at, List<Problem> problems) {
        Optional<String> rating = text(observation, "rating");
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
        for (String list : LISTS) {
            each(s, list, (item, at) -> text(item, "id").ifPresent(id -> {
                String first = firstUse.putIfAbsent(id, at);
                if (first != null) {
                    problems.add(new Problem(at + "/id", "id \"" + Values.abbreviate(id) + "\" is already used at "
                            + first + "; every evidence item needs an id of its own"));
                }
            }));
        }
    }

    private static void caseAudit(JsonNode a, String at, List<Problem> problems) {
        OptionalDouble failing = number(a, "failing");
        OptionalDouble sampled = number(a, "sampled");
        OptionalDouble rate = number(a, "failureRate");
        if (failing.isPresent() && sampled.isPresent() && failing.getAsDouble() > sampled.getAsDouble()) {
            problems.add(new Problem(at + "/failing", "failing (" + Values.number(failing.getAsDouble())
                    + ") is more than the cases sampled (" + Values.number(sampled.getAsDouble()) + ")"));
            return;
        }
        if (failing.isPresent() && sampled.isPresent() && sampled.getAsDouble() > 0) {
            rate = OptionalDouble.of(100 * failing.getAsDouble() / sampled.getAsDouble());
        }
        rate.ifPresent(r -> bound(a, r, "percent", "a failure rate", at, problems));
        interval(rate, number(a, "marginOfError"), "percent", at, problems);
    }

    private static void metric(JsonNode m, String at, List<Problem> problems) {
        OptionalDouble position = number(m.path("rank"), "position");
        OptionalDouble ranked = number(m.path("rank"), "of");
        if (position.isPresent() && ranked.isPresent() && position.getAsDouble() > ranked.getAsDouble()) {
            problems.add(new Problem(at + "/rank/position", "position (" + Values.number(position.getAsDouble())
                    + ") is more than the number ranked (" + Values.number(ranked.getAsDouble()) + ")"));
        }
        Optional<String> unit = text(m, "unit");
        OptionalDouble value = number(m, "value");
        if (unit.isEmpty() || value.isEmpty()) {
            return;
        }
        boolean inRange = range(value.getAsDouble(), unit.get(), at + "/value", problems);
        JsonNode comparison = m.path("comparison");
        OptionalDouble compared = number(comparison, "value");
        if (compared.isPresent() && range(compared.getAsDouble(), unit.get(), at + "/comparison/value", problems)) {
            interval(compared, number(comparison, "marginOfError"), unit.get(), at + "/comparison", problems);
        }
        if (inRange) {
            bound(m, value.getAsDouble(), unit.get(), "percent".equals(unit.get()) ? "a percentage"
                    : "count".equals(unit.get()) ? "a count" : "a value in " + unit.get(), at, problems);
            interval(value, number(m, "marginOfError"), unit.get(), at, problems);
        }
    }

    /**
     * A bound that leaves the figure no value its unit allows: over 100 per cent, or under nothing. A figure out
     * of range is reported as such, not here.
     */
    private static void bound(JsonNode item, double figure, String unit, String what, String at,
                              List<Problem> problems) {
        Optional<String> bound = text(item, "bound");
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
        Optional<LocalDate> from = date(s.path("inspectionPeriod"), "from");
        Optional<LocalDate> to = date(s.path("inspectionPeriod"), "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            problems.add(new Problem("/inspectionPeriod/to", "the inspection period ends (" + to.get()
                    + ") before it starts (" + from.get() + ")"));
        }
        to.ifPresent(end -> each(s, "priorItems", (p, at) -> number(p, "year").ifPresent(year -> {
            if (year > end.getYear()) {
                problems.add(new Problem(at + "/year", "an item from an earlier inspection cannot date from "
                        + Values.number(year) + ", after the inspection period ends (" + end + ")"));
            }
        })));
    }

    // --- References to the rule set ------------------------------------------------------------------------

    private static void references(LoadedRules ruleSet, JsonNode s, List<Problem> problems) {
        text(s, "framework").filter(f -> !f.equals(ruleSet.framework())).ifPresent(f -> problems.add(
                new Problem("/framework", "framework \"" + Values.abbreviate(f) + "\" is not covered by rule set "
                        + ruleSet.name() + ", which encodes \"" + ruleSet.framework() + "\"")));
        Catalogue catalogue = ruleSet.catalogue();
        Map<String, Measure> measures = catalogue.measuresById();
        // Built once here, not once per item: the catalogue makes a new map on every call.
        Set<String> characteristics = catalogue.characteristicsById().keySet();
        each(s, "metrics", (m, at) -> measure(m, at, measures, problems, Measure.Kind.METRIC,
                Measure.Kind.FAILURE_RATE));
        each(s, "caseAudits", (m, at) -> measure(m, at, measures, problems, Measure.Kind.FAILURE_RATE));
        each(s, "surveys", (m, at) -> measure(m, at, measures, problems, Measure.Kind.SURVEY));
        for (String list : List.of("observations", "priorItems", "practices")) {
            each(s, list, (item, at) -> text(item, "characteristic")
                    .filter(c -> CHARACTERISTIC.matcher(c).matches())
                    .filter(c -> !characteristics.contains(c))
                    .ifPresent(c -> problems.add(new Problem(at + "/characteristic", unknownCharacteristic(c,
                            catalogue)))));
        }
    }

    private static void measure(JsonNode item, String at, Map<String, Measure> measures, List<Problem> problems,
                                Measure.Kind... kinds) {
        Optional<String> id = text(item, "measure").filter(m -> MEASURE.matcher(m).matches());
        if (id.isEmpty()) {
            return;
        }
        Measure measure = measures.get(id.get());
        if (measure == null) {
            problems.add(new Problem(at + "/measure", "unknown measure \"" + id.get() + "\": it is not in the rule "
                    + "set's measure register" + Suggest.from(id.get(), measures.keySet())));
            return;
        }
        if (!List.of(kinds).contains(measure.kind())) {
            String wanted = String.join(" or ", List.of(kinds).stream().map(Json::kebab).toList());
            problems.add(new Problem(at + "/measure", "measure \"" + id.get() + "\" is a " + Json.kebab(measure.kind())
                    + " measure; " + itemName(at) + " must name a " + wanted + " measure"));
        }
        text(item, "unit").filter(u -> measure.unit() != null && !u.equals(measure.unit())).ifPresent(u ->
                problems.add(new Problem(at + "/unit", "unit \"" + Values.abbreviate(u) + "\" is not the unit the "
                        + "measure register gives measure \"" + id.get() + "\": \"" + measure.unit() + "\"")));
    }

    /** Says which part of a framework number is unknown, and what the catalogue holds there instead. */
    private static String unknownCharacteristic(String id, Catalogue catalogue) {
        String[] parts = id.split("\\.");
        String unknown = "unknown characteristic \"" + id + "\": ";
        Optional<Topic> topic = catalogue.topics().stream().filter(t -> t.id().equals(id)).findFirst();
        if (topic.isPresent()) {
            return unknown + "that is topic " + id + " (" + topic.get().title() + "); name one of its characteristics, "
                    + span(characteristicsOf(id, catalogue));
        }
        Map<Integer, Area> areas = new TreeMap<>();
        catalogue.areas().forEach(a -> areas.put(a.number(), a));
        Area area = areas.get(Integer.parseInt(parts[0]));
        if (area == null) {
            return unknown + "there is no area " + parts[0] + "; the areas are numbered " + span(areas.keySet()
                    .stream().map(String::valueOf).toList()) + Suggest.from(id, catalogue.characteristicsById().keySet());
        }
        if (parts.length != 3) {
            return unknown + "a characteristic is numbered area.topic.characteristic, such as "
                    + catalogue.characteristics().stream().filter(c -> c.area().equals(area.id())).findFirst()
                    .map(Characteristic::id).orElse("4.1.2");
        }
        String topicId = parts[0] + "." + parts[1];
        Optional<Topic> known = catalogue.topics().stream().filter(t -> t.id().equals(topicId)).findFirst();
        if (known.isEmpty()) {
            return unknown + "area " + parts[0] + " (" + area.title() + ") has no topic " + topicId + "; its topics are "
                    + span(catalogue.topics().stream().filter(t -> t.area().equals(area.id())).map(Topic::id).toList());
        }
        return unknown + "topic " + topicId + " (" + known.get().title() + ") has characteristics "
                + span(characteristicsOf(topicId, catalogue));
    }

    private static List<String> characteristicsOf(String topic, Catalogue catalogue) {
        return catalogue.characteristics().stream().filter(c -> c.topic().equals(topic)).map(Characteristic::id)
                .toList();
    }

    /** "4.1.1 to 4.1.5", "4.1.1", or "none" (the lists come sorted by framework numbering). */
    private static String span(List<String> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        return ids.size() == 1 ? ids.get(0) : ids.get(0) + " to " + ids.get(ids.size() - 1);
    }

    private static String itemName(String at) {
        if (at.startsWith("/caseAudits/")) {
            return "a case audit";
        }
        return at.startsWith("/surveys/") ? "a survey result" : "a metric";
    }

    private static int comparePointers(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean numbers = x[i].matches("[0-9]{1,9}") && y[i].matches("[0-9]{1,9}");
            int c = numbers ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    // --- Reading the tree defensively --------------------------------------------------------------------

    /** Visits each object in one of the submission's lists, with its JSON pointer. */
    private static void each(JsonNode s, String list, BiConsumer<JsonNode, String> visit) {
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

    private static Optional<String> text(JsonNode object, String field) {
        JsonNode v = object.path(field);
        return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static OptionalDouble number(JsonNode object, String field) {
        JsonNode v = object.path(field);
        return v.isNumber() && Double.isFinite(v.asDouble()) ? OptionalDouble.of(v.asDouble()) : OptionalDouble.empty();
    }

    private static Optional<LocalDate> date(JsonNode object, String field) {
        try {
            return text(object, field).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
