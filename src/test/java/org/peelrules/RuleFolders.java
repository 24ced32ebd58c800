package org.peelrules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Rule set folders made at test time: copies of a rule set, with files laid over them or edited. */
public final class RuleFolders {
    /** A small complete rule set: one graded area, two characteristics, one measure, one standard. */
    public static final Path MINI = Path.of("src/test/resources/mini-rules");
    /** A replay corpus for {@link #MINI}. */
    public static final Path MINI_CORPUS = Path.of("src/test/resources/mini-corpus");
    /** Broken rule folders, one per kind of error, each laid over {@link #MINI}. */
    public static final Path BROKEN = Path.of("src/test/resources/broken-rules");
    /** Synthetic replay cases for the bundled rule set (folders of cases: agreeing, disagreeing, broken). */
    public static final Path CORPUS = Path.of("src/test/resources/replay-corpus");

    private RuleFolders() {
    }

    /** Copies {@code source} into {@code target} (created), then lays each {@code overlay} folder's files over it. */
    public static Path copy(Path source, Path target, Path... overlays) {
        copyTree(source, target);
        for (Path overlay : overlays) {
            copyTree(overlay, target);
        }
        return target;
    }

    /** Writes {@code text} to {@code file} under {@code folder}, creating folders as needed. */
    public static Path write(Path folder, String file, String text) {
        try {
            Path p = folder.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets one standard's value in a rule set folder's standards.yaml, as a policy team would edit it. */
    public static void setStandard(Path folder, String id, String value) {
        Path file = folder.resolve("standards.yaml");
        String text = read(file);
        Matcher m = Pattern.compile("(- id: " + Pattern.quote(id) + "\\s*\\n\\s*value: )(\\S+)").matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("standards.yaml has no entry " + id + " with its value on the next line");
        }
        write(folder, "standards.yaml", text.substring(0, m.start(2)) + value + text.substring(m.end(2)));
    }

    private static void copyTree(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text between two markers, trimmed; fails the test when either marker is missing. */
    public static String between(String text, String begin, String end) {
        int from = text.indexOf(begin);
        int to = text.indexOf(end, from);
        org.assertj.core.api.Assertions.assertThat(from).as("marker %s", begin).isNotNegative();
        org.assertj.core.api.Assertions.assertThat(to).as("marker %s", end).isPositive();
        return text.substring(from + begin.length(), to).strip();
    }
}
