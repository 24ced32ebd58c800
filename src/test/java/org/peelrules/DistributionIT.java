package org.peelrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive that {@code mvn package} makes runs with a Java runtime alone: unpacked into a folder of
 * its own and started through {@code bin/peel} with a PATH holding java and the few POSIX tools the launcher uses,
 * and nothing else (no Maven, no bash, no JAVA_HOME), from a working folder that is not the checkout. Run in the
 * integration-test phase, after the archive is made.
 */
class DistributionIT {
    private static final Path TARGET = Path.of("target");
    /** What bin/peel calls besides java: the shell, and the tools for its folder and its locale. */
    private static final List<String> TOOLS = List.of("sh", "dirname", "ls", "locale", "grep");

    @TempDir
    static Path temp;
    static Path home;
    static Path path;

    @BeforeAll
    static void unpack() throws Exception {
        assumeThat(File.separatorChar).as("the archive is unpacked and run with POSIX tools").isEqualTo('/');
        Path archive = archive(".tar.gz");
        run(List.of("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", temp.toString()), Map.of(), temp);
        try (Stream<Path> top = Files.list(temp)) {
            home = top.filter(p -> p.getFileName().toString().startsWith("peel-rules-")).findFirst().orElseThrow();
        }
        path = Files.createDirectories(temp.resolve("path"));
        Files.createSymbolicLink(path.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : TOOLS) {
            Files.createSymbolicLink(path.resolve(tool), which(tool));
        }
    }

    @Test
    void evaluatesTheSampleWithOnlyAJavaRuntime() {
        Result r = peel("evaluate", "--sample");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("West Mercia Police — PEEL assessment\n")
                .contains("Investigating crime: Requires improvement");
    }

    @Test
    void printsItsVersion() {
        Result r = peel("--version");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("peel-rules " + archive(".tar.gz").getFileName().toString()
                .replaceFirst("^peel-rules-", "").replaceFirst("-bin\\.tar\\.gz$", ""));
    }

    @Test
    void checksTheRuleSetItShips() {
        Result r = peel("rules", "check", home.resolve("rules/peel-2021-22").toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }

    /** A case under a folder whose name is not ASCII, from a shell whose locale is C, as on a bare server. */
    @Test
    void replaysACaseWhosePathIsNotAsciiUnderTheCLocale() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("cases").resolve("Gwent — é"));
        for (String file : List.of("evidence.json", "expected.json")) {
            Files.copy(home.resolve("examples/real/gwent-2021-22").resolve(file), folder.resolve(file));
        }
        Result r = peel("replay", folder.toString());
        // Replayed, whether or not it agrees (Gwent does not, in full): 1 would be a file it could not read.
        assertThat(r.exit()).as(r.out() + r.err()).isIn(0, 2);
        assertThat(r.out()).startsWith("Gwent — é: ").contains("Summary: 1 case");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void shipsAWindowsLauncherWithWindowsLineEndings() throws IOException {
        String bat = Files.readString(home.resolve("bin/peel.bat"), StandardCharsets.UTF_8);
        assertThat(bat).contains("org.peelrules.cli.PeelCommand").contains("%JAVA_HOME%\\bin\\java.exe");
        assertThat(bat.split("\n", -1)).allSatisfy(line -> assertThat(line).satisfiesAnyOf(
                l -> assertThat(l).endsWith("\r"), l -> assertThat(l).isEmpty()));
        assertThat(Files.readString(home.resolve("bin/peel"), StandardCharsets.UTF_8)).startsWith("#!/bin/sh\n")
                .doesNotContain("\r");
        assertThat(Files.isExecutable(home.resolve("bin/peel"))).isTrue();
    }

    @Test
    void theZipHoldsWhatTheTarHolds() throws Exception {
        List<String> tar = new ArrayList<>(run(List.of("tar", "-tzf", archive(".tar.gz").toAbsolutePath().toString()),
                Map.of(), temp).out().lines().filter(l -> !l.endsWith("/")).toList());
        List<String> zip = new ArrayList<>();
        try (ZipFile z = new ZipFile(archive(".zip").toFile())) {
            z.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(zip::add);
        }
        Collections.sort(tar);
        Collections.sort(zip);
        assertThat(zip).isEqualTo(tar);
        String root = zip.get(0).substring(0, zip.get(0).indexOf('/') + 1);
        assertThat(zip).contains(root + "bin/peel", root + "bin/peel.bat", root + "README.md", root + "LICENSE",
                root + "rules/peel-2021-22/ruleset.yaml", root + "examples/west-mercia-2021-22/evidence.json");
        assertThat(zip).anyMatch(n -> n.matches(root + "lib/peel-rules-[^/]+\\.jar"))
                .anyMatch(n -> n.startsWith(root + "lib/picocli-")).anyMatch(n -> n.startsWith(root + "lib/logback-"))
                .noneMatch(n -> n.contains("junit"));
    }

    private static Result peel(String... args) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/peel").toString());
        command.addAll(List.of(args));
        // Nothing inherited: no JAVA_HOME, no Maven, a C locale; the working folder is not the checkout.
        return run(command, Map.of("PATH", path.toString(), "LANG", "C", "HOME", temp.toString()), temp);
    }

    record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> command, Map<String, String> env, Path in) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(in.toFile());
            if (!env.isEmpty()) {
                pb.environment().clear();
                pb.environment().putAll(env);
            }
            Path out = Files.createTempFile(temp, "out", ".txt");
            Path err = Files.createTempFile(temp, "err", ".txt");
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            // A bound so that a launcher that hangs fails the build rather than stalling it; not a timing check.
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError(command + " did not finish");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Path archive(String suffix) {
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(f -> f.getFileName().toString().matches("peel-rules-.+-bin\\Q" + suffix + "\\E"))
                    .findFirst().orElseThrow(() -> new AssertionError("no distribution archive *-bin" + suffix
                            + " in target: run mvn package first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path which(String tool) {
        for (String dir : List.of("/bin", "/usr/bin")) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError("no " + tool + " in /bin or /usr/bin");
    }
}
