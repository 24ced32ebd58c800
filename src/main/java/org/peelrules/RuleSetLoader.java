package org.peelrules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.io.ByteArrayResource;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;
import org.peelrules.rules.Standard;
import org.peelrules.rules.Topic;

/**
 * Reads a rule set folder, checks everything in it and builds the rule base, reporting every problem with
 * its file and line. Nothing is built unless everything checks.
 */
final class RuleSetLoader {
    static final String MANIFEST = "ruleset.yaml";
    static final String STANDARDS = "standards.yaml";
    static final String CATALOGUE_DIR = "catalogue";
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern LINE_COLUMN = Pattern.compile("\\[?Line (\\d+):(\\d+)\\]?");

    private final Path root;
    private final String label;
    private final List<Problem> problems = new ArrayList<>();

    private RuleSetLoader(Path root, String label) {
        this.root = root;
        this.label = label;
    }

    static RuleSet load(Path root, String label) {
        return new RuleSetLoader(root, label).load();
    }

    // --- The files of a rule set ------------------------------------------------------------------------

    record Manifest(String name, String framework, String title) {
    }

    record StandardsFile(List<Standard> standards) {
    }

    record CatalogueFile(AreaEntry area, List<TopicEntry> topics, List<MeasureEntry> measures) {
    }

    record AreaEntry(String id, int number, String title, String shortName, Area.Kind kind) {
    }

    record TopicEntry(String id, String title, List<CharacteristicEntry> characteristics) {
    }

    record CharacteristicEntry(String id, String text, String source, String improvement, String recommendation,
                               String feeds) {
    }

    record MeasureEntry(String id, String characteristic, Measure.Kind kind, String unit, String description) {
    }

    // --- Loading --------------------------------------------------------------------------------------------

    private RuleSet load() {
        if (!Files.isDirectory(root)) {
            throw new RuleSetException(label, List.of(new Problem(label, "not a folder")));
        }
        Map<String, byte[]> files = readAll();
        Manifest manifest = read(files, MANIFEST, Manifest.class);
        StandardsFile standards = read(files, STANDARDS, StandardsFile.class);
        List<CatalogueFile> catalogueFiles = new ArrayList<>();
        Map<CatalogueFile, String> catalogueNames = new HashMap<>();
        files.keySet().stream().filter(f -> f.startsWith(CATALOGUE_DIR + "/") && f.endsWith(".yaml")).forEach(f -> {
            CatalogueFile c = read(files, f, CatalogueFile.class);
            if (c != null) {
                catalogueFiles.add(c);
                catalogueNames.put(c, f);
            }
        });
        if (catalogueFiles.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(CATALOGUE_DIR + "/", "no catalogue files (*.yaml): a rule set needs its areas"));
        }
        Catalogue catalogue = problems.isEmpty()
                ? buildCatalogue(catalogueFiles, catalogueNames, standards, manifest) : null;
        Map<String, byte[]> drl = new TreeMap<>();
        files.forEach((f, bytes) -> {
            if (f.endsWith(".drl")) {
                drl.put(f, bytes);
            }
        });
        if (drl.isEmpty()) {
            problems.add(new Problem(label, "no rule files (*.drl)"));
        }
        RuleSafety.check(drl, problems);
        KieBase kieBase = problems.isEmpty() ? build(drl) : null;
        Map<String, RuleInfo> rules = problems.isEmpty() ? index(drl, kieBase, catalogue) : Map.of();
        if (!problems.isEmpty()) {
            throw new RuleSetException(label, problems.stream().sorted().distinct().toList());
        }
        return new RuleSet(manifest.name(), manifest.framework(), manifest.title(), hash(files), catalogue, kieBase,
                rules);
    }

    private Map<String, byte[]> readAll() {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (name.endsWith(".drl") || name.endsWith(".yaml")) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(label, "cannot read: " + e.getMessage()));
        }
        return files;
    }

    private <T> T read(Map<String, byte[]> files, String name, Class<T> type) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            problems.add(new Problem(name, "missing: every rule set has " + name));
            return null;
        }
        try {
            T value = Json.yaml().readValue(bytes, type);
            if (value == null) {
                problems.add(new Problem(name, "empty file"));
            }
            return value;
        } catch (JsonMappingException e) {
            problems.add(new Problem(at(name, e), plain(e) + pathOf(e)));
        } catch (JsonProcessingException e) {
            problems.add(new Problem(at(name, e), plain(e)));
        } catch (IOException e) {
            problems.add(new Problem(name, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    private static String at(String file, JsonProcessingException e) {
        return e.getLocation() == null ? file
                : file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
    }

    private static String plain(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        int cut = m.indexOf(" (for ");
        m = cut > 0 ? m.substring(0, cut) : m;
        return m.replaceAll("`org\\.peelrules\\.[A-Za-z.$]+`", "value")
                .replaceAll("Unrecognized field \"([^\"]+)\".*", "unknown field \"$1\"");
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            s.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return s.isEmpty() ? "" : " (at " + s + ")";
    }

    // --- The catalogue --------------------------------------------------------------------------------------

    private Catalogue buildCatalogue(List<CatalogueFile> files, Map<CatalogueFile, String> names,
                                     StandardsFile standardsFile, Manifest manifest) {
        require(manifest.name(), MANIFEST, "name");
        require(manifest.framework(), MANIFEST, "framework");
        List<Area> areas = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        List<Characteristic> characteristics = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CatalogueFile f : files) {
            String file = names.get(f);
            AreaEntry a = f.area();
            if (a == null || a.id() == null || a.title() == null || a.kind() == null) {
                problems.add(new Problem(file, "the area needs an id, a title and a kind"));
                continue;
            }
            unique(ids, "area " + a.id(), file);
            areas.add(new Area(a.id(), a.number(), a.title(), a.shortName() == null ? a.title() : a.shortName(),
                    a.kind()));
            for (TopicEntry t : orEmpty(f.topics())) {
                require(t.id(), file, "a topic's id");
                require(t.title(), file, "topic " + t.id() + " title");
                unique(ids, "topic " + t.id(), file);
                topics.add(new Topic(t.id(), a.id(), t.title()));
                for (CharacteristicEntry c : orEmpty(t.characteristics())) {
                    require(c.id(), file, "a characteristic's id in topic " + t.id());
                    String where = file + " characteristic " + c.id();
                    require(c.text(), where, "text");
                    require(c.source(), where, "source");
                    require(c.improvement(), where, "improvement");
                    require(c.recommendation(), where, "recommendation");
                    if (c.id() != null && !c.id().startsWith(t.id() + ".")) {
                        problems.add(new Problem(file, "characteristic " + c.id() + " is not numbered under topic "
                                + t.id()));
                    }
                    unique(ids, "characteristic " + c.id(), file);
                    characteristics.add(new Characteristic(c.id(), a.id(), t.id(), trim(c.text()), c.source(),
                            trim(c.improvement()), trim(c.recommendation()), c.feeds()));
                }
            }
            for (MeasureEntry m : orEmpty(f.measures())) {
                require(m.id(), file, "a measure's id");
                require(m.kind(), file, "measure " + m.id() + " kind");
                unique(ids, "measure " + m.id(), file);
                measures.add(new Measure(m.id(), m.characteristic(), m.kind(), m.unit(), m.description()));
            }
        }
        Map<String, Area> areaIds = new HashMap<>();
        areas.forEach(a -> areaIds.put(a.id(), a));
        Set<String> characteristicIds = new HashSet<>();
        characteristics.forEach(c -> characteristicIds.add(c.id()));
        for (Characteristic c : characteristics) {
            if (c.feeds() != null && (areaIds.get(c.feeds()) == null || !areaIds.get(c.feeds()).graded())) {
                problems.add(new Problem(CATALOGUE_DIR + "/" + c.area() + ".yaml",
                        "characteristic " + c.id() + " feeds \"" + c.feeds() + "\", which is not a graded area"));
            }
        }
        for (Measure m : measures) {
            if (!characteristicIds.contains(m.characteristic())) {
                problems.add(new Problem(CATALOGUE_DIR + "/",
                        "measure " + m.id() + " informs unknown characteristic \"" + m.characteristic() + "\""));
            }
        }
        List<Standard> standards = standardsFile == null ? List.of() : orEmpty(standardsFile.standards());
        Set<String> standardIds = new HashSet<>();
        for (Standard s : standards) {
            require(s.id(), STANDARDS, "a standard's id");
            require(s.source(), STANDARDS, "standard " + s.id() + " source");
            if (s.id() != null && !standardIds.add(s.id())) {
                problems.add(new Problem(STANDARDS, "standard " + s.id() + " is defined twice"));
            }
        }
        return new Catalogue(areas, topics, characteristics, measures, standards);
    }

    private void unique(Set<String> ids, String what, String file) {
        if (!ids.add(what)) {
            problems.add(new Problem(file, what + " is defined twice"));
        }
    }

    private void require(Object value, String where, String what) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new Problem(where, "missing " + what));
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    // --- The rules ------------------------------------------------------------------------------------------

    private KieBase build(Map<String, byte[]> drl) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        drl.forEach((name, bytes) -> {
            ByteArrayResource resource = new ByteArrayResource(bytes, StandardCharsets.UTF_8.name());
            resource.setSourcePath(name);
            builder.add(resource, ResourceType.DRL);
        });
        if (builder.hasErrors()) {
            for (KnowledgeBuilderResult error : builder.getErrors()) {
                String message = error.getMessage() == null ? "" : error.getMessage().strip();
                if (message.startsWith("Parser returned a null Package")) {
                    continue;
                }
                String file = error.getResource() != null && error.getResource().getSourcePath() != null
                        ? error.getResource().getSourcePath() : label;
                int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
                int column = 0;
                Matcher m = LINE_COLUMN.matcher(message);
                if (m.find()) {
                    line = line > 0 ? line : Integer.parseInt(m.group(1));
                    column = Integer.parseInt(m.group(2));
                }
                problems.add(new Problem(file + ":" + Math.max(line, 1) + ":" + column,
                        message.replaceAll("\\s+", " ")));
            }
            return null;
        }
        return builder.newKieBase();
    }

    /** Each rule's id, file, line and characteristics, checked against the catalogue. */
    private Map<String, RuleInfo> index(Map<String, byte[]> drl, KieBase kieBase, Catalogue catalogue) {
        Map<String, String[]> where = new HashMap<>();
        drl.forEach((file, bytes) -> {
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = RULE_HEADER.matcher(lines[i]);
                if (m.find()) {
                    where.put(m.group(1), new String[] {file, String.valueOf(i + 1)});
                }
            }
        });
        Set<String> known = new HashSet<>();
        catalogue.characteristics().forEach(c -> known.add(c.id()));
        Map<String, RuleInfo> rules = new TreeMap<>();
        Map<String, String> ids = new HashMap<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            String[] at = where.getOrDefault(r.getName(), new String[] {label, "0"});
            String location = at[0] + ":" + at[1];
            Object id = r.getMetaData().get("id");
            Object covers = r.getMetaData().get("characteristics");
            List<String> characteristics = covers == null ? List.of()
                    : Stream.of(covers.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (id == null) {
                problems.add(new Problem(location, "rule \"" + r.getName() + "\" has no @id(...)"));
            } else if (ids.putIfAbsent(id.toString(), location) != null) {
                problems.add(new Problem(location, "rule id " + id + " is also used at " + ids.get(id.toString())));
            }
            if (characteristics.isEmpty()) {
                problems.add(new Problem(location, "rule \"" + r.getName()
                        + "\" names no characteristic: add @characteristics(\"n.m.k\") or @characteristics(\"*\")"));
            }
            characteristics.stream().filter(c -> !c.equals("*") && !known.contains(c)).forEach(c ->
                    problems.add(new Problem(location, "rule \"" + r.getName() + "\" names characteristic " + c
                            + ", which the catalogue does not have")));
            rules.put(r.getName(), new RuleInfo(id == null ? "" : id.toString(), r.getName(), at[0],
                    Integer.parseInt(at[1]), characteristics));
        }));
        return rules;
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                digest.update((byte) 0);
            });
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
