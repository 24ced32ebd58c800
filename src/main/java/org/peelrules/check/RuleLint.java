package org.peelrules.check;

import org.peelrules.internal.ruleset.RuleSetFiles;
import org.peelrules.Budget;
import org.peelrules.errors.RuleSetFaultException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.peelrules.RuleSet;
import org.peelrules.SubmissionReader;
import org.peelrules.check.Diagnostic.Codes;
import org.peelrules.check.Diagnostic;
import org.peelrules.check.Diagnostic.Severity;
import org.peelrules.internal.engine.Engine;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.json.YamlPositions;
import org.peelrules.internal.language.DrlText;
import org.peelrules.internal.ruleset.GradingGrid;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;
import org.peelrules.rules.Standard;

/**
 * What {@code peel rules check} adds to loading, for a rule set that loads: entries that nothing uses, and
 * patterns of findings the grading policy leaves without a tier.
 *
 * <p>Which characteristics the rules "use": the common evidence rules ({@code @characteristics("*")})
 * assess every characteristic from observations, earlier inspections and practice, so every
 * characteristic is reachable that way. What a policy team wants to know is which characteristics only
 * that way: those no area rule names in its {@code @characteristics} and no measure in the register
 * informs. They are listed as notes, since an inspection may rightly assess some characteristics from
 * inspectors' observations alone.
 */
final class RuleLint {
    private static final int EXAMPLES = 3;

    private final Path folder;
    private final RuleSet ruleSet;
    private final Budget budget;
    private final List<DrlText> drl = new ArrayList<>();
    private final Map<String, byte[]> yaml = new TreeMap<>();
    private final Map<String, String> measureAt = new HashMap<>();
    private final Map<String, String> characteristicAt = new HashMap<>();
    private final List<Diagnostic> found = new ArrayList<>();

    private RuleLint(Path folder, RuleSet ruleSet, Budget budget) {
        this.folder = folder;
        this.ruleSet = ruleSet;
        this.budget = budget;
    }

    /** Lints a loaded rule set; what runs its rules (the grading grid) runs under {@code budget}. */
    static List<Diagnostic> lint(Path folder, RuleSet ruleSet, Budget budget) {
        RuleLint lint = new RuleLint(folder, ruleSet, budget);
        lint.read();
        lint.unusedEntries();
        lint.schemaIds();
        lint.gradingGaps();
        return lint.found;
    }

    private void read() {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                if (name.endsWith(".drl")) {
                    drl.add(new DrlText(name, Files.readString(p, StandardCharsets.UTF_8)));
                } else if (name.endsWith(".yaml")) {
                    yaml.put(name, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            // RuleSet.load has just read the same files; a folder that vanished since reports nothing more
        }
        yaml.forEach((file, bytes) -> {
            if (file.startsWith(RuleSetFiles.CATALOGUE_DIR + "/")) {
                index(file, bytes, measureAt, characteristicAt);
            }
        });
    }

    // --- Entries nothing uses ---------------------------------------------------------------------------

    private void unusedEntries() {
        Set<String> quoted = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (DrlText t : drl) {
            t.strings().forEach(s -> quoted.add(s.value()));
            t.rules().forEach(r -> named.addAll(r.characteristicIds()));
        }
        Set<String> informed = new HashSet<>();
        ruleSet.measures().forEach(m -> informed.add(m.characteristic()));
        for (Characteristic c : ruleSet.characteristics()) {
            if (!named.contains(c.id()) && !informed.contains(c.id())) {
                add(Severity.INFO, Codes.OBSERVED_ONLY, c.id(), characteristicAt.get(c.id()), "characteristic "
                        + c.id() + " is assessed only from observations, earlier inspections and practice: no area "
                        + "rule names it and no measure informs it");
            }
        }
        for (Measure m : ruleSet.measures()) {
            // Failure rates are judged by the common audit rules, survey results are read as context.
            if (m.kind() == Measure.Kind.METRIC && !quoted.contains(m.id())) {
                add(Severity.WARNING, Codes.MEASURE_UNREAD, m.id(), measureAt.get(m.id()), "measure " + m.id()
                        + " is read by no rule: evidence on it is context only, never judged (to judge it, add a rule "
                        + "that compares it with a standard, or make it a failure-rate measure if it counts cases "
                        + "failing a test)");
            }
        }
        YamlPositions standardsAt = YamlPositions.of(RuleSetFiles.STANDARDS, yaml.getOrDefault(
                RuleSetFiles.STANDARDS, new byte[0]));
        List<Standard> standards = ruleSet.standards();
        Map<String, Integer> standardIndex = standardIndex();
        for (Standard s : standards) {
            if (!quoted.contains(s.id())) {
                add(Severity.WARNING, Codes.STANDARD_UNREAD, s.id(),
                        standardsAt.at("/standards/" + standardIndex.getOrDefault(s.id(), -1) + "/id"),
                        "standard " + s.id() + " is read by no rule: changing it changes nothing");
            }
        }
    }

    private Map<String, Integer> standardIndex() {
        Map<String, Integer> index = new HashMap<>();
        try {
            JsonNode list = Json.yaml().readTree(yaml.getOrDefault(RuleSetFiles.STANDARDS, new byte[0]))
                    .path("standards");
            for (int i = 0; i < list.size(); i++) {
                index.putIfAbsent(list.get(i).path("id").asText(), i);
            }
        } catch (IOException e) {
            // loaded a moment ago; positions fall back to the file
        }
        return index;
    }

    private static void index(String file, byte[] bytes, Map<String, String> measureAt,
                              Map<String, String> characteristicAt) {
        YamlPositions at = YamlPositions.of(file, bytes);
        try {
            JsonNode tree = Json.yaml().readTree(bytes);
            JsonNode topics = tree.path("topics");
            for (int i = 0; i < topics.size(); i++) {
                JsonNode list = topics.get(i).path("characteristics");
                for (int j = 0; j < list.size(); j++) {
                    characteristicAt.putIfAbsent(list.get(j).path("id").asText(),
                            at.at("/topics/" + i + "/characteristics/" + j + "/id"));
                }
            }
            JsonNode measures = tree.path("measures");
            for (int i = 0; i < measures.size(); i++) {
                measureAt.putIfAbsent(measures.get(i).path("id").asText(), at.at("/measures/" + i + "/id"));
            }
        } catch (IOException e) {
            // loaded a moment ago; positions fall back to the file
        }
    }

    // --- Ids the submission schema refuses ---------------------------------------------------------------

    /** A measure or characteristic whose id the submission schema refuses can never receive evidence. */
    private void schemaIds() {
        JsonNode defs;
        try (InputStream in = SubmissionReader.class.getResourceAsStream(SubmissionReader.SCHEMA)) {
            defs = in == null ? null : Json.json().readTree(in).path("$defs");
        } catch (IOException e) {
            defs = null;
        }
        if (defs == null) {
            return;
        }
        Pattern measure = pattern(defs.path("measure").path("pattern").asText(null));
        Pattern characteristic = pattern(defs.path("characteristic").path("pattern").asText(null));
        for (Measure m : ruleSet.measures()) {
            if (measure != null && !measure.matcher(m.id()).find()) {
                add(Severity.WARNING, Codes.MEASURE_ID_REFUSED, m.id(), measureAt.get(m.id()), "measure id \""
                        + m.id() + "\" is one the submission schema refuses (" + measure.pattern()
                        + "): no evidence can ever name it");
            }
        }
        for (Characteristic c : ruleSet.characteristics()) {
            if (characteristic != null && !characteristic.matcher(c.id()).find()) {
                add(Severity.WARNING, Codes.CHARACTERISTIC_ID_REFUSED, c.id(), characteristicAt.get(c.id()),
                        "characteristic id \"" + c.id() + "\" is one the submission schema refuses ("
                        + characteristic.pattern() + "): no evidence can ever name it");
            }
        }
    }

    private static Pattern pattern(String regex) {
        try {
            return regex == null ? null : Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    // --- The grading policy's gaps and overlaps ---------------------------------------------------------

    /**
     * An evaluation fails when an area gets no judgment or several, so a pattern of findings the grading
     * policy leaves without exactly one is an error, not a style point.
     */
    private void gradingGaps() {
        List<GradingGrid.Result> results;
        try {
            results = GradingGrid.check(ruleSet.loaded(), budget.limits());
        } catch (RuleSetFaultException e) {
            found.addAll(Diagnostic.faulted("checking the grading policy for gaps", e));
            return;
        }
        if (results.isEmpty()) {
            return;
        }
        String at = drl.stream().flatMap(t -> t.rules().stream()).filter(r -> Engine.JUDGMENT.equals(r.agendaGroup()))
                .map(r -> r.at().toString()).findFirst()
                .orElse(drl.isEmpty() ? RuleSetFiles.MANIFEST : drl.get(0).file + ":1:1");
        Map<List<String>, List<GradingGrid.Pattern>> byRules = new LinkedHashMap<>();
        results.forEach(r -> byRules.computeIfAbsent(r.judgedBy(), k -> new ArrayList<>()).add(r.pattern()));
        int total = GradingGrid.patterns().size();
        byRules.forEach((rules, patterns) -> {
            String what = rules.isEmpty() ? "gives no judgment (no tier and no other outcome)"
                    : "gives " + rules.size() + " judgments at once (rules " + String.join(", ", rules) + ")";
            String examples = patterns.stream().limit(EXAMPLES).map(GradingGrid.Pattern::toString)
                    .collect(Collectors.joining("; "));
            add(Severity.ERROR, Codes.GRADING_GAP, rules.isEmpty() ? "no judgment" : String.join(",", rules), at,
                    "the grading policy " + what + " for " + patterns.size() + " of " + total
                    + " patterns of findings, such as " + examples + (patterns.size() > EXAMPLES ? "; ..." : "")
                    + ": evaluating a submission that shows one fails");
        });
    }

    private void add(Severity severity, String code, String subject, String where, String message) {
        found.add(new Diagnostic(severity, code, subject, where == null ? RuleSetFiles.CATALOGUE_DIR + "/" : where,
                message));
    }
}
