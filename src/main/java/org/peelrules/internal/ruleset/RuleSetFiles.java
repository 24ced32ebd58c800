package org.peelrules.internal.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.peelrules.rules.Area;
import org.peelrules.rules.Measure;
import org.peelrules.rules.Standard;

/**
 * The files of a rule set folder and what each holds as read: the manifest ({@value #MANIFEST}), the standards
 * ({@value #STANDARDS}) and a catalogue file per area (under {@value #CATALOGUE_DIR}/), before any check.
 */
public final class RuleSetFiles {
    private RuleSetFiles() {
    }

    /** The framework version of the rule set packaged in the jar. */
    public static final String BUNDLED = "peel-2021-22";
    public static final String MANIFEST = "ruleset.yaml";
    public static final String STANDARDS = "standards.yaml";
    public static final String CATALOGUE_DIR = "catalogue";
    public static final String SCENARIOS = "scenarios";
    /** The warnings a rule set expects, each with why: not part of the rules, nor of the hash. */
    public static final String ACKNOWLEDGED = "acknowledged-warnings.yaml";

    /** The manifest as read: the rule set's name, versions, stages and wording. */
    record Manifest(String name, String framework, String title, String version, List<String> stages,
                    Map<String, String> grades, Map<String, String> outcomes) {
    }

    /**
     * A rule set's version: numbers separated by dots, such as {@code 2021.22.1}, so that two versions compare as
     * numbers do and {@code peel rules diff} can tell whether an edit raised it.
     */
    public static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,3}");

    /** The standards file as read. */
    public record StandardsFile(List<Standard> standards) {
    }

    /** A catalogue file as read: one area with its topics and measures. */
    public record CatalogueFile(AreaEntry area, List<TopicEntry> topics, List<MeasureEntry> measures) {
    }

    /** An area as a catalogue file states it. */
    public record AreaEntry(String id, int number, String title, String shortName, Area.Kind kind) {
    }

    /** A topic as a catalogue file states it. */
    public record TopicEntry(String id, String title, List<CharacteristicEntry> characteristics) {
    }

    /** A characteristic as a catalogue file states it. */
    public record CharacteristicEntry(String id, String text, String source, String improvement, String recommendation,
                               String feeds) {
    }

    /** A measure as a catalogue file states it. */
    public record MeasureEntry(String id, String characteristic, Measure.Kind kind, String unit, String description) {
    }


    /** A rule set's files (YAML and DRL), by their path in the folder. */
    public static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (isRuleSetFile(name)) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }


    /**
     * The same for a folder in a jar, from the jar's entries: opening the jar as a file system instead costs a
     * tenth of a second of a cold start.
     */
    public static Map<String, byte[]> files(JarFile jar, String folder) throws IOException {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        Map<String, byte[]> files = new TreeMap<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (!entry.isDirectory() && name.startsWith(prefix) && isRuleSetFile(name.substring(prefix.length()))) {
                try (InputStream in = jar.getInputStream(entry)) {
                    files.put(name.substring(prefix.length()), in.readAllBytes());
                }
            }
        }
        return files;
    }


    /**
     * Scenarios test a rule set and acknowledged warnings describe its check: neither is part of it, so editing
     * one changes neither its hash nor its rules. Its schemas (JSON) are for editors and the check alike.
     */
    static boolean isRuleSetFile(String name) {
        return !name.startsWith(SCENARIOS + "/") && !name.equals(ACKNOWLEDGED)
                && (name.endsWith(".drl") || name.endsWith(".yaml"));
    }


    static String hash(Map<String, byte[]> files) {
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
