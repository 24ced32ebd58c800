package org.peelrules.internal.read;

import org.peelrules.internal.ruleset.LoadedRules;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 *       of range, dates out of order, an id used twice ({@link Consistency});</li>
 *   <li>given a rule set, that the framework, characteristics and measures it names exist there, with a
 *       "did you mean" where a name is close to a known one.</li>
 * </ol>
 * The checks read the tree defensively ({@link Trees}): a field of the wrong type is the schema's to report, and is skipped
 * here, so that one mistake is reported once.
 */
public final class SubmissionChecks {
    /** The classpath resource of the submission's JSON Schema. */
    public static final String SCHEMA = SchemaProblems.RESOURCE;
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
        Consistency.check(submission, problems);
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

    // --- References to the rule set ------------------------------------------------------------------------

    private static void references(LoadedRules ruleSet, JsonNode s, List<Problem> problems) {
        Trees.text(s, "framework").filter(f -> !f.equals(ruleSet.framework())).ifPresent(f -> problems.add(
                new Problem("/framework", "framework \"" + Values.abbreviate(f) + "\" is not covered by rule set "
                        + ruleSet.name() + ", which encodes \"" + ruleSet.framework() + "\"")));
        Catalogue catalogue = ruleSet.catalogue();
        Map<String, Measure> measures = catalogue.measuresById();
        // Built once here, not once per item: the catalogue makes a new map on every call.
        Set<String> characteristics = catalogue.characteristicsById().keySet();
        Trees.each(s, "metrics", (m, at) -> measure(m, at, measures, problems, Measure.Kind.METRIC,
                Measure.Kind.FAILURE_RATE));
        Trees.each(s, "caseAudits", (m, at) -> measure(m, at, measures, problems, Measure.Kind.FAILURE_RATE));
        Trees.each(s, "surveys", (m, at) -> measure(m, at, measures, problems, Measure.Kind.SURVEY));
        for (String list : List.of("observations", "priorItems", "practices")) {
            Trees.each(s, list, (item, at) -> Trees.text(item, "characteristic")
                    .filter(c -> CHARACTERISTIC.matcher(c).matches())
                    .filter(c -> !characteristics.contains(c))
                    .ifPresent(c -> problems.add(new Problem(at + "/characteristic", unknownCharacteristic(c,
                            catalogue)))));
        }
    }

    private static void measure(JsonNode item, String at, Map<String, Measure> measures, List<Problem> problems,
                                Measure.Kind... kinds) {
        Optional<String> id = Trees.text(item, "measure").filter(m -> MEASURE.matcher(m).matches());
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
        Trees.text(item, "unit").filter(u -> measure.unit() != null && !u.equals(measure.unit())).ifPresent(u ->
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
}
