package org.peelrules.replay;

import org.peelrules.internal.ruleset.RuleSetFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.peelrules.errors.Problem;
import org.peelrules.errors.RuleSetException;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.language.DrlText;

/**
 * What differs between two rule set folders, read as text: the standards whose values changed, and the
 * rules added, removed or rewritten (compared by id, comments and spacing aside). The change-impact
 * report names these beside each past case a change flips.
 *
 * @param standards the standards added, removed or given another value, by id
 * @param rules     the rules added, removed or rewritten, by id
 */
public record RuleSetDiff(List<StandardChange> standards, List<RuleChange> rules) {

    public RuleSetDiff {
        standards = List.copyOf(standards);
        rules = List.copyOf(rules);
    }

    /**
     * A standard whose value differs.
     *
     * @param before the value in the baseline, or {@code null} when the standard is new
     * @param after  the value in the changed rule set, or {@code null} when it was removed
     * @param readBy the ids of the rules that read it (in the changed rule set, or the baseline if removed)
     */
    public record StandardChange(String id, Double before, Double after, List<String> readBy) {
        public StandardChange {
            readBy = List.copyOf(readBy);
        }
    }

    /** Whether a rule was added, removed or changed between the two rule sets. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * A rule added, removed or rewritten.
     *
     * @param location        {@code file:line} in the changed rule set, or in the baseline for a removed rule
     * @param characteristics its {@code @characteristics} ({@code *} for every characteristic)
     */
    public record RuleChange(String id, String name, Kind kind, String location, List<String> characteristics) {
        public RuleChange {
            characteristics = List.copyOf(characteristics);
        }
    }

    /** Whether the two rule sets have the same rules and standards. */
    public boolean same() {
        return standards.isEmpty() && rules.isEmpty();
    }

    /** Compares the rule set in {@code baseline} with the one in {@code changed}. */
    public static RuleSetDiff between(Path baseline, Path changed) {
        Folder before = Folder.read(baseline);
        Folder after = Folder.read(changed);
        List<RuleChange> rules = new ArrayList<>();
        Set<String> ids = new TreeSet<>(before.rules.keySet());
        ids.addAll(after.rules.keySet());
        for (String id : ids) {
            Written b = before.rules.get(id);
            Written a = after.rules.get(id);
            if (b == null) {
                rules.add(a.change(Kind.ADDED));
            } else if (a == null) {
                rules.add(b.change(Kind.REMOVED));
            } else if (!a.source.equals(b.source)) {
                rules.add(a.change(Kind.CHANGED));
            }
        }
        List<StandardChange> standards = new ArrayList<>();
        Set<String> standardIds = new TreeSet<>(before.standards.keySet());
        standardIds.addAll(after.standards.keySet());
        for (String id : standardIds) {
            Double b = before.standards.get(id);
            Double a = after.standards.get(id);
            if (!Objects.equals(a, b)) {
                standards.add(new StandardChange(id, b, a, (a != null ? after : before).readers(id)));
            }
        }
        return new RuleSetDiff(standards, rules);
    }

    /** A rule as written: where, what it covers, its text, and the standards it reads. */
    private record Written(String id, String name, String location, List<String> characteristics, String source,
                           Set<String> standardsRead) {
        RuleChange change(Kind kind) {
            return new RuleChange(id, name, kind, location, characteristics);
        }
    }

    private record Folder(Map<String, Written> rules, Map<String, Double> standards) {
        static Folder read(Path folder) {
            Map<String, Written> rules = new TreeMap<>();
            Map<String, Double> standards = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = folder.relativize(p).toString().replace('\\', '/');
                    if (name.endsWith(".drl")) {
                        DrlText drl = new DrlText(name, Files.readString(p, StandardCharsets.UTF_8));
                        List<DrlText.Literal> reads = drl.standardsRead();
                        for (DrlText.Rule r : drl.rules()) {
                            String id = r.id() != null ? r.id().value() : "\"" + r.name() + "\"";
                            Set<String> read = new TreeSet<>();
                            reads.stream().filter(l -> l.offset() >= r.start() && l.offset() < r.end())
                                    .forEach(l -> read.add(l.value()));
                            rules.putIfAbsent(id, new Written(id, r.name(), name + ":" + r.at().line(),
                                    r.characteristicIds(), drl.source(r), read));
                        }
                    } else if (name.equals(RuleSetFiles.STANDARDS)) {
                        RuleSetFiles.StandardsFile file = Json.yaml().readValue(p.toFile(),
                                RuleSetFiles.StandardsFile.class);
                        if (file != null && file.standards() != null) {
                            file.standards().stream().filter(s -> s.id() != null)
                                    .forEach(s -> standards.putIfAbsent(s.id(), s.value()));
                        }
                    }
                }
            } catch (IOException e) {
                throw new RuleSetException(folder.toString(), List.of(new Problem(folder.toString(),
                        "cannot read: " + e.getMessage())));
            }
            return new Folder(rules, standards);
        }

        List<String> readers(String standard) {
            return rules.values().stream().filter(w -> w.standardsRead.contains(standard)).map(Written::id)
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }
}
