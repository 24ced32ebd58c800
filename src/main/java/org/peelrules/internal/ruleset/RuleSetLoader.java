package org.peelrules.internal.ruleset;

import static org.peelrules.internal.ruleset.RuleSetFiles.CATALOGUE_DIR;
import static org.peelrules.internal.ruleset.RuleSetFiles.MANIFEST;
import static org.peelrules.internal.ruleset.RuleSetFiles.STANDARDS;
import static org.peelrules.internal.ruleset.RuleSetFiles.VERSION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.peelrules.errors.Problem;
import org.peelrules.errors.RuleSetException;
import org.peelrules.internal.engine.Engine;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.json.Suggest;
import org.peelrules.internal.json.YamlPositions;
import org.peelrules.internal.json.YamlSyntax;
import org.peelrules.internal.language.DrlText;
import org.peelrules.internal.language.RuleSafety;
import org.peelrules.internal.ruleset.RuleSetFiles.CatalogueFile;
import org.peelrules.internal.ruleset.RuleSetFiles.Manifest;
import org.peelrules.internal.ruleset.RuleSetFiles.StandardsFile;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;

/**
 * Reads a rule set folder, checks everything in it and has the engine compile its rules, reporting every problem
 * with its file, line and column. Nothing is built unless everything checks.
 *
 * <p>The checks run in as many independent groups as they can, so one mistake does not hide another:
 * every YAML file is read; the catalogue is checked when all of them read; the safety check reads every
 * rule file; the rules are compiled unless a rule file is unsafe; and the rules' metadata and the
 * standards and measures they read are checked against the catalogue when both exist.
 */
public final class RuleSetLoader {
    /** The framework version of the rule set packaged in the jar. */
    public static final String BUNDLED = RuleSetFiles.BUNDLED;

    private final String label;
    /** A rule set loaded earlier from the same folder, whose compiled rules are reused if the rule files are unchanged. */
    private final LoadedRules earlier;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, YamlPositions> positions = new HashMap<>();

    private RuleSetLoader(String label, LoadedRules earlier) {
        this.label = label;
        this.earlier = earlier;
    }

    private RuleSetLoader(String label) {
        this(label, null);
    }

    /** Loads the rule set in a folder (of the file system or of a jar). */
    public static LoadedRules load(Path root, String label) {
        return load(root, label, null);
    }

    /**
     * The same, reusing the compiled rules of {@code earlier} (may be null) when the rule files are byte for byte
     * those it was built from: an edit to the standards or the catalogue then costs a read and check of the YAML,
     * not a compilation. The standards and catalogue are facts put in each session, never compiled in.
     */
    public static LoadedRules load(Path root, String label, LoadedRules earlier) {
        RuleSetLoader loader = new RuleSetLoader(label, earlier);
        if (!Files.isDirectory(root)) {
            throw new RuleSetException(label, List.of(new Problem(label, "not a folder")));
        }
        return loader.load(loader.readAll(root));
    }

    /** Loads a rule set from its files (YAML and DRL), by their path in the rule set's folder. */
    public static LoadedRules load(Map<String, byte[]> files, String label) {
        return new RuleSetLoader(label).load(files);
    }

    // --- Loading --------------------------------------------------------------------------------------------

    private LoadedRules load(Map<String, byte[]> files) {
        if (RuleSetLoader.BUNDLED.equals(label) && problems.isEmpty()) {
            // Loaded and checked when the jar was built, and used only for these very files (PrecompiledRules).
            var precompiled = PrecompiledRules.ruleSet(files);
            if (precompiled.isPresent()) {
                return precompiled.get();
            }
        }
        Manifest manifest = read(files, MANIFEST, Manifest.class);
        if (manifest != null) {
            checkVersion(manifest);
        }
        StandardsFile standards = read(files, STANDARDS, StandardsFile.class);
        Map<String, CatalogueFile> catalogueFiles = new TreeMap<>();
        boolean cataloguesRead = true;
        for (String f : files.keySet()) {
            if (f.startsWith(CATALOGUE_DIR + "/") && f.endsWith(".yaml")) {
                CatalogueFile c = read(files, f, CatalogueFile.class);
                cataloguesRead &= c != null;
                if (c != null) {
                    catalogueFiles.put(f, c);
                }
            }
        }
        if (catalogueFiles.isEmpty() && cataloguesRead) {
            problems.add(new Problem(CATALOGUE_DIR + "/", "no catalogue files (*.yaml): a rule set needs its areas"));
        }
        // A catalogue built from some of its files would report the missing ones' entries as unknown.
        Catalogue catalogue = manifest != null && standards != null && cataloguesRead && !catalogueFiles.isEmpty()
                ? new CatalogueBuilder(problems, positions).build(catalogueFiles, standards, manifest) : null;

        Map<String, byte[]> drl = new TreeMap<>();
        files.forEach((f, bytes) -> {
            if (f.endsWith(".drl")) {
                drl.put(f, bytes);
            }
        });
        if (drl.isEmpty()) {
            problems.add(new Problem(label, "no rule files (*.drl)"));
        }
        Map<String, DrlText> texts = new TreeMap<>();
        drl.forEach((f, bytes) -> texts.put(f, new DrlText(f, new String(bytes, StandardCharsets.UTF_8))));
        List<Problem> unsafe = new ArrayList<>();
        texts.values().forEach(t -> RuleSafety.check(t, unsafe));
        problems.addAll(unsafe);
        String rulesDigest = RuleSetFiles.hash(drl);
        // Unsafe code is never handed to the compiler.
        Engine engine = !unsafe.isEmpty() || drl.isEmpty() ? null
                : earlier != null && rulesDigest.equals(earlier.rulesDigest()) ? earlier.engine().reuse()
                : Engine.compile(drl, texts, label, problems).orElse(null);
        Map<String, RuleInfo> rules = engine != null ? index(texts, engine, catalogue) : Map.of();
        if (catalogue != null) {
            checkReferences(texts, catalogue);
        }
        if (manifest != null) {
            checkStages(manifest, texts);
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(label, problems.stream().distinct().sorted(ProblemOrder.BY_LOCATION).toList());
        }
        return new LoadedRules(manifest.name(), manifest.framework(), manifest.title(), manifest.version(), RuleSetFiles.hash(files),
                catalogue, engine, rules, rulesDigest,
                wording(manifest));
    }

    /** The manifest's stages and sentences, keyed by the grades and outcomes its schema names in kebab case. */
    private static Wording wording(Manifest manifest) {
        Map<Grade, String> grades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            grades.put(g, manifest.grades().get(kebab(g)));
        }
        Map<Outcome, String> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            if (o != Outcome.GRADED) {
                outcomes.put(o, manifest.outcomes().get(kebab(o)));
            }
        }
        return new Wording(manifest.stages(), grades, outcomes);
    }

    private static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The stages are the order the rules run in, declared here alone: a rule in a stage ruleset.yaml does not list
     * would never run. The library itself asks the grading and judgment stages by name (their names are the
     * contract, their order the rule set's), to explain why an area got no higher grade.
     */
    private void checkStages(Manifest manifest, Map<String, DrlText> texts) {
        List<String> stages = manifest.stages();
        if (stages == null) {
            return; // the schema reports it missing
        }
        for (String needed : List.of(Engine.GRADING, Engine.JUDGMENT)) {
            if (!stages.contains(needed)) {
                problems.add(new Problem(positions.get(MANIFEST).at("/stages"), "stages must include \"" + needed
                        + "\": the grading policy's rules run in it"));
            }
        }
        for (DrlText text : texts.values()) {
            for (DrlText.Rule rule : text.rules()) {
                if (rule.agendaGroup() != null && !stages.contains(rule.agendaGroup())) {
                    problems.add(new Problem(rule.at().toString(), "rule \"" + rule.name() + "\" runs in stage \""
                            + rule.agendaGroup() + "\", which the stages in " + MANIFEST + " do not list, so it would never run"
                            + Suggest.from(rule.agendaGroup(), stages)));
                }
            }
        }
    }

    /**
     * Every output names the rule set's version, so a rule set without one (or with one no later version can be
     * told apart from) does not load.
     */
    private void checkVersion(Manifest manifest) {
        YamlPositions at = positions.get(MANIFEST);
        String version = manifest.version();
        if (version == null || version.isBlank()) {
            problems.add(new Problem(at.keyAt(""), "missing version: every rule set says which version of it this is, "
                    + "such as \"version: 1.0.0\"; raise it whenever the rules, standards or catalogue change "
                    + "(peel rules diff says what changed)"));
        } else if (!VERSION.matcher(version.strip()).matches()) {
            problems.add(new Problem(at.at("/version"), "version \"" + version + "\" is not numbers separated by dots, "
                    + "such as 1.0.0 or 2021.22.1"));
        }
    }

    private Map<String, byte[]> readAll(Path root) {
        try {
            return RuleSetFiles.files(root);
        } catch (IOException e) {
            problems.add(new Problem(label, "cannot read: " + e.getMessage()));
            return new TreeMap<>();
        }
    }

    private <T> T read(Map<String, byte[]> files, String name, Class<T> type) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            problems.add(new Problem(name, "missing: every rule set has " + name));
            return null;
        }
        try {
            // The schema first: it finds every bad value in the file at once, where reading into records stops
            // at the first.
            JsonNode tree = Json.yaml().readTree(bytes);
            String schema = YamlSchemas.forFile(name);
            if (schema != null && tree != null && !tree.isMissingNode() && !tree.isNull()) {
                List<Problem> invalid = YamlSchemas.validate(schema, name, bytes, tree);
                if (!invalid.isEmpty()) {
                    problems.addAll(invalid);
                    return null;
                }
            }
            T value = Json.yaml().readValue(bytes, type);
            if (value == null) {
                problems.add(new Problem(name + ":1:1", "empty file"));
            } else {
                positions.put(name, YamlPositions.of(name, bytes));
            }
            return value;
        } catch (JsonMappingException e) {
            // Records are built once their whole entry is read, so Jackson's own location is often the
            // entry's end: the pointer finds the field itself.
            String pointer = pointer(e);
            YamlPositions yaml = YamlPositions.of(name, bytes);
            String where = pointer.isEmpty() || !yaml.complete() ? at(name, e)
                    : e instanceof UnrecognizedPropertyException ? yaml.keyAt(pointer) : yaml.best(pointer);
            problems.add(new Problem(where, plain(e, pointer) + (pointer.isEmpty() ? "" : " (at " + pointer + ")")));
        } catch (JsonProcessingException e) {
            problems.add(new Problem(at(name, e), plain(e, "")));
        } catch (IOException e) {
            problems.add(new Problem(name, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    public static String at(String file, JsonProcessingException e) {
        Optional<YamlSyntax.Error> syntax = syntax(e);
        if (syntax.isPresent()) {
            return file + ":" + syntax.get().line() + ":" + syntax.get().column();
        }
        return e.getLocation() == null ? file
                : file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
    }

    public static String plain(JsonProcessingException e, String pointer) {
        Optional<YamlSyntax.Error> syntax = syntax(e);
        if (syntax.isPresent()) {
            return syntax.get().words();
        }
        String m = e.getOriginalMessage();
        int cut = m.indexOf(" (for ");
        m = cut > 0 ? m.substring(0, cut) : m;
        cut = m.indexOf(" in 'reader'");
        m = cut > 0 ? m.substring(0, cut) : m;
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        return m.replaceAll("(?s)Cannot map `null` into type `\\w+`.*", "missing \"" + field + "\"")
                .replaceAll("(?s)Cannot deserialize value of type `(double|float|int|long)` from String (\".*?\"):.*",
                        "$2 is not a number")
                .replaceAll("`org\\.peelrules\\.[A-Za-z.$]+`", "value")
                .replaceAll("(?s)Unrecognized field \"([^\"]+)\".*", "unknown field \"$1\"")
                .replaceAll("\\s+", " ").strip();
    }

    /** A YAML syntax error, read from the parser's message; never a mapping error (a field's value). */
    private static Optional<YamlSyntax.Error> syntax(JsonProcessingException e) {
        if (e instanceof JsonMappingException) {
            return Optional.empty();
        }
        return e.getLocation() == null ? YamlSyntax.of(e.getOriginalMessage())
                : YamlSyntax.of(e.getOriginalMessage(), e.getLocation().getLineNr(), e.getLocation().getColumnNr());
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            s.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return s.toString();
    }

    // --- The rules ------------------------------------------------------------------------------------------

    /** Each rule's id, file, line and characteristics, checked against the catalogue. */
    private Map<String, RuleInfo> index(Map<String, DrlText> texts, Engine engine, Catalogue catalogue) {
        Map<String, DrlText.Rule> written = new HashMap<>();
        texts.values().forEach(t -> t.rules().forEach(r -> written.putIfAbsent(r.name(), r)));
        Set<String> known = new HashSet<>();
        if (catalogue != null) {
            catalogue.characteristics().forEach(c -> known.add(c.id()));
        }
        Map<String, RuleInfo> rules = new TreeMap<>();
        Map<String, String> ids = new HashMap<>();
        engine.rules().stream()
                .sorted(Comparator.comparing(r -> written.containsKey(r.name())
                        ? written.get(r.name()).at().toString() : r.name()))
                .forEach(r -> {
                    DrlText.Rule w = written.get(r.name());
                    DrlText.Position header = w != null ? w.at() : new DrlText.Position(label, 1, 1);
                    String id = r.id();
                    String covers = r.characteristics();
                    List<String> characteristics = covers == null ? List.of() : Stream.of(covers.split(","))
                            .map(String::strip).filter(s -> !s.isEmpty()).toList();
                    String idAt = w != null && w.id() != null ? w.id().at().toString() : header.toString();
                    if (id == null || id.isBlank()) {
                        problems.add(new Problem(header.toString(), "rule \"" + r.name()
                                + "\" has no @id(...): give it a stable id such as @id(\"RP-07\")"));
                    } else if (ids.putIfAbsent(id, idAt) != null) {
                        problems.add(new Problem(idAt, "rule id " + id + " is also used at " + ids.get(id)));
                    }
                    String coversAt = w != null && w.characteristics() != null
                            ? w.characteristics().at().toString() : header.toString();
                    if (characteristics.isEmpty()) {
                        problems.add(new Problem(coversAt, "rule \"" + r.name() + "\" names no characteristic: "
                                + "add @characteristics(\"n.m.k\") or @characteristics(\"*\")"));
                    }
                    if (catalogue != null) {
                        characteristics.stream().filter(c -> !c.equals("*") && !known.contains(c)).forEach(c ->
                                problems.add(new Problem(coversAt, "rule \"" + r.name() + "\" names characteristic "
                                        + c + ", which the catalogue does not have" + Suggest.from(c, known))));
                    }
                    rules.put(r.name(), new RuleInfo(id == null ? "" : id, r.name(), header.file(),
                            header.line(), characteristics));
                });
        return rules;
    }

    /**
     * A rule that reads a standard or a measure the data does not have can never fire, and a signal on a
     * characteristic it does not have is never weighed: each a silent typo.
     */
    private void checkReferences(Map<String, DrlText> texts, Catalogue catalogue) {
        Set<String> standards = new HashSet<>();
        catalogue.standards().forEach(s -> standards.add(s.id()));
        Set<String> measures = catalogue.measuresById().keySet();
        Set<String> characteristics = new HashSet<>();
        catalogue.characteristics().forEach(c -> characteristics.add(c.id()));
        for (DrlText t : texts.values()) {
            for (DrlText.Literal s : t.standardsRead()) {
                if (!standards.contains(s.value())) {
                    problems.add(new Problem(s.at().toString(), "standard \"" + s.value() + "\" is not in "
                            + STANDARDS + ": the rule can never fire" + Suggest.from(s.value(), standards)));
                }
            }
            // A signal on a characteristic the catalogue does not have would be dropped without a word.
            for (DrlText.Literal c : t.signalsNamed()) {
                if (!characteristics.contains(c.value())) {
                    problems.add(new Problem(c.at().toString(), "characteristic \"" + c.value() + "\" is not in the "
                            + "catalogue: the signal would be dropped" + Suggest.from(c.value(), characteristics)));
                }
            }
            for (DrlText.Literal m : t.measuresRead()) {
                if (!measures.contains(m.value())) {
                    problems.add(new Problem(m.at().toString(), "measure \"" + m.value() + "\" is in no catalogue's "
                            + "measure register: the rule can never fire" + Suggest.from(m.value(), measures)));
                }
            }
        }
    }
}
