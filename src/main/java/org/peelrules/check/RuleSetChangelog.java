package org.peelrules.check;

import org.peelrules.internal.ruleset.RuleSetFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.peelrules.errors.Problem;
import org.peelrules.errors.RuleSetException;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.ruleset.RuleSetLoader;
import org.peelrules.replay.RuleSetDiff;

/**
 * A draft entry for a rule set's {@code CHANGELOG.md}: what differs between two rule set folders, in the words a
 * policy team writes its changelog in. The version change, the standards whose values changed (old -> new), the
 * rules added, removed or rewritten (by id and name; comments and spacing aside), and the catalogue's edits
 * (areas, topics, characteristics and measures added, removed or reworded).
 *
 * <p>It reads the folders as text and needs neither to load: a draft can be written for an edit that does not
 * yet check.
 *
 * @param before         the baseline's version ({@code null} if its {@code ruleset.yaml} names none)
 * @param after          the changed rule set's version ({@code null} if none)
 * @param contentChanged whether any file of the rule set other than its version differs: the rule set's hash
 *                       changes, so its version must too
 * @param rules          the standards and rules that differ
 * @param catalogue      each edit to the catalogue, in a sentence, by kind of entry and id
 */
public record RuleSetChangelog(String before, String after, boolean contentChanged, RuleSetDiff rules,
                               List<String> catalogue) {

    public RuleSetChangelog {
        catalogue = List.copyOf(catalogue);
    }

    /** Compares the rule set in {@code baseline} with the one in {@code changed}. */
    public static RuleSetChangelog between(Path baseline, Path changed) {
        Map<String, byte[]> a = files(baseline);
        Map<String, byte[]> b = files(changed);
        Map<String, Object> manifestA = manifest(baseline, a);
        Map<String, Object> manifestB = manifest(changed, b);
        boolean content = !Objects.equals(without(manifestA), without(manifestB)) || !sameFiles(a, b);
        return new RuleSetChangelog(version(manifestA), version(manifestB), content,
                RuleSetDiff.between(baseline, changed), catalogueEdits(baseline, a, changed, b));
    }

    /** Whether the version was raised: the changed rule set's is later, compared number by number. */
    public boolean versionRaised() {
        return before != null && after != null && compare(after, before) > 0
                || before == null && after != null;
    }

    /** Whether the entry is consistent: no content change, or a content change with a raised version. */
    public boolean ok() {
        return !contentChanged || versionRaised();
    }

    /** The entry in Markdown, ready to go at the top of the rule set's {@code CHANGELOG.md}. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(after == null ? "(no version)" : after).append("\n\n");
        if (!contentChanged) {
            out.append("No change to the rules, standards or catalogue since ").append(name(before)).append(".\n");
            return out.toString();
        }
        out.append(versionRaised() ? "Version " + name(before) + " -> " + after + "."
                : "Version " + name(after) + ", changed since " + name(before) + ": **the version was not raised**; "
                        + "set `version` in `ruleset.yaml` to a later one than " + name(before) + ".").append("\n");
        if (!rules.standards().isEmpty()) {
            out.append("\n### Standards\n\n");
            for (RuleSetDiff.StandardChange s : rules.standards()) {
                out.append("- `").append(s.id()).append("`: ")
                        .append(s.before() == null ? "added, " + number(s.after())
                                : s.after() == null ? "removed (was " + number(s.before()) + ")"
                                : number(s.before()) + " -> " + number(s.after()))
                        .append(s.readBy().isEmpty() ? "" : " (read by " + String.join(", ", s.readBy()) + ")")
                        .append('\n');
            }
        }
        if (!rules.rules().isEmpty()) {
            out.append("\n### Rules\n\n");
            for (RuleSetDiff.RuleChange r : rules.rules()) {
                out.append("- ").append(switch (r.kind()) {
                    case ADDED -> "Added";
                    case REMOVED -> "Removed";
                    case CHANGED -> "Changed";
                }).append(' ').append(r.id()).append(" \"").append(r.name()).append("\" (").append(r.location())
                        .append(")\n");
            }
        }
        if (!catalogue.isEmpty()) {
            out.append("\n### Catalogue\n\n");
            catalogue.forEach(c -> out.append("- ").append(c).append('\n'));
        }
        if (rules.same() && catalogue.isEmpty()) {
            out.append("\nNo rule, standard value or catalogue entry changed: only comments, notes or the rule set's "
                    + "description.\n");
        }
        return out.toString();
    }

    private static String name(String version) {
        return version == null ? "the unversioned rule set" : version;
    }

    private static String number(Double v) {
        return v == null ? "none" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Compares two versions number by number: {@code 2021.22.10} is later than {@code 2021.22.9}. */
    static int compare(String x, String y) {
        long[] a = parts(x);
        long[] b = parts(y);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int c = Long.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long[] parts(String version) {
        String v = version.strip();
        if (!RuleSetFiles.VERSION.matcher(v).matches()) {
            return new long[0];
        }
        return Arrays.stream(v.split("\\.")).mapToLong(Long::parseLong).toArray();
    }

    // --- Reading the folders --------------------------------------------------------------------------------

    private static Map<String, byte[]> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleSetException(folder.toString(), List.of(new Problem(folder.toString(), "not a folder")));
        }
        try {
            return RuleSetFiles.files(folder);
        } catch (IOException e) {
            throw new RuleSetException(folder.toString(), List.of(new Problem(folder.toString(),
                    "cannot read: " + e.getMessage())));
        }
    }

    /** Every file but the manifest, byte for byte; the manifest is compared without its version. */
    private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.keySet().stream().filter(f -> !f.equals(RuleSetFiles.MANIFEST))
                .allMatch(f -> Arrays.equals(a.get(f), b.get(f)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> manifest(Path folder, Map<String, byte[]> files) {
        byte[] bytes = files.get(RuleSetFiles.MANIFEST);
        if (bytes == null) {
            throw new RuleSetException(folder.toString(), List.of(new Problem(folder.resolve(RuleSetFiles.MANIFEST)
                    .toString(), "missing: every rule set has " + RuleSetFiles.MANIFEST)));
        }
        Map<String, Object> m = read(folder, RuleSetFiles.MANIFEST, bytes, Map.class);
        return m == null ? Map.of() : m;
    }

    private static Map<String, Object> without(Map<String, Object> manifest) {
        Map<String, Object> m = new TreeMap<>(manifest);
        m.remove("version");
        return m;
    }

    private static String version(Map<String, Object> manifest) {
        Object v = manifest.get("version");
        return v == null ? null : v.toString();
    }

    private static <T> T read(Path folder, String file, byte[] bytes, Class<T> type) {
        try {
            return Json.yaml().readValue(bytes, type);
        } catch (JsonProcessingException e) {
            throw new RuleSetException(folder.toString(), List.of(new Problem(
                    RuleSetLoader.at(folder.resolve(file).toString(), e), RuleSetLoader.plain(e, ""))));
        } catch (IOException e) {
            throw new RuleSetException(folder.toString(), List.of(new Problem(folder.resolve(file).toString(),
                    "cannot read: " + e.getMessage())));
        }
    }

    // --- The catalogue ----------------------------------------------------------------------------------------

    /** One catalogue entry, flattened: what kind, its id, where, and its fields by name. */
    private record Entry(String kind, String id, String file, Map<String, String> fields) {
    }

    private static List<String> catalogueEdits(Path baseline, Map<String, byte[]> a, Path changed,
                                               Map<String, byte[]> b) {
        Map<String, Entry> before = entries(baseline, a);
        Map<String, Entry> after = entries(changed, b);
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<String> edits = new ArrayList<>();
        for (String key : keys) {
            Entry x = before.get(key);
            Entry y = after.get(key);
            if (x == null) {
                edits.add("Added " + y.kind() + " " + y.id() + " (" + y.file() + ")" + title(y));
            } else if (y == null) {
                edits.add("Removed " + x.kind() + " " + x.id() + " (" + x.file() + ")" + title(x));
            } else if (!x.fields().equals(y.fields())) {
                List<String> changedFields = new ArrayList<>();
                Set<String> names = new TreeSet<>(x.fields().keySet());
                names.addAll(y.fields().keySet());
                for (String n : names) {
                    if (!Objects.equals(x.fields().get(n), y.fields().get(n))) {
                        changedFields.add(n);
                    }
                }
                edits.add("Changed " + y.kind() + " " + y.id() + " (" + y.file() + "): "
                        + describe(x, y, changedFields));
            }
        }
        return edits;
    }

    private static String title(Entry e) {
        String t = e.fields().get("title");
        return t == null ? "" : ": " + t;
    }

    /** Short values are given old -> new; longer wording is named, as the diff of the file shows it best. */
    private static String describe(Entry x, Entry y, List<String> fields) {
        List<String> parts = new ArrayList<>();
        for (String f : fields) {
            String a = x.fields().get(f);
            String b = y.fields().get(f);
            boolean shortValues = (a == null || a.length() <= 40) && (b == null || b.length() <= 40);
            parts.add(shortValues ? f + " " + (a == null ? "(none)" : a) + " -> " + (b == null ? "(none)" : b)
                    : f + " reworded");
        }
        return String.join("; ", parts);
    }

    private static Map<String, Entry> entries(Path folder, Map<String, byte[]> files) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        files.forEach((file, bytes) -> {
            if (!file.startsWith(RuleSetFiles.CATALOGUE_DIR + "/") || !file.endsWith(".yaml")) {
                return;
            }
            RuleSetFiles.CatalogueFile c = read(folder, file, bytes, RuleSetFiles.CatalogueFile.class);
            if (c == null) {
                return;
            }
            if (c.area() != null) {
                RuleSetFiles.AreaEntry a = c.area();
                add(entries, new Entry("area", a.id(), file, fields("title", a.title(), "short-name", a.shortName(),
                        "number", String.valueOf(a.number()), "kind", a.kind() == null ? null
                                : Json.kebab(a.kind()))));
            }
            for (RuleSetFiles.TopicEntry t : orEmpty(c.topics())) {
                add(entries, new Entry("topic", t.id(), file, fields("title", t.title())));
                for (RuleSetFiles.CharacteristicEntry ch : orEmpty(t.characteristics())) {
                    add(entries, new Entry("characteristic", ch.id(), file, fields("topic", t.id(), "text",
                            words(ch.text()), "source", words(ch.source()), "improvement", words(ch.improvement()),
                            "recommendation", words(ch.recommendation()), "feeds", ch.feeds())));
                }
            }
            for (RuleSetFiles.MeasureEntry m : orEmpty(c.measures())) {
                add(entries, new Entry("measure", m.id(), file, fields("characteristic", m.characteristic(), "kind",
                        m.kind() == null ? null : Json.kebab(m.kind()), "unit", m.unit(), "description",
                        words(m.description()))));
            }
        });
        return entries;
    }

    private static void add(Map<String, Entry> entries, Entry e) {
        if (e.id() != null) {
            entries.putIfAbsent(e.kind() + " " + e.id(), e);
        }
    }

    /** Fields by name, without those absent. */
    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                m.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return m;
    }

    /** Wording compared as it reads: a line folded differently is the same text. */
    private static String words(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
