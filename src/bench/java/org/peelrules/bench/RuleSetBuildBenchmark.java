package org.peelrules.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.replay.CaseResult;
import org.peelrules.replay.Replay;

/**
 * Building the rule set in a warm JVM: from the folder (the classic build, with every check, as a policy team
 * loads a rule set) and from the jar (the bundled rule set, with its precompiled packages); and the fast loop
 * of {@code --watch}: one threshold edited in {@code standards.yaml}, the rule set reloaded and every example
 * replayed, which is what a policy team waits for after saving.
 */
@State(Scope.Benchmark)
public class RuleSetBuildBenchmark {
    private static final Pattern CALLS_TARGET =
            Pattern.compile("(- id: emergency-calls-answered-within-10-seconds\\s*\\n\\s*value: )(\\S+)");

    private Path folder;
    private RuleSet current;
    private boolean edited;

    @Setup
    public void copyRuleSet() throws IOException {
        folder = Files.createTempDirectory("peel-bench-rules");
        try (Stream<Path> walk = Files.walk(BenchInputs.RULES)) {
            for (Path p : walk.toList()) {
                Path to = folder.resolve(BenchInputs.RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        current = RuleSet.load(folder);
    }

    @TearDown
    public void removeCopy() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public RuleSet fromFolder() {
        return RuleSet.load(BenchInputs.RULES);
    }

    @Benchmark
    public RuleSet fromJar() {
        return RuleSet.bundled();
    }

    /** What {@code peel replay examples --rules DIR --watch} does after a one-threshold edit. */
    @Benchmark
    public List<CaseResult> oneThresholdEditReplayed() {
        edited = !edited;
        setCallsTarget(edited ? "89" : "90");
        current = RuleSet.reload(folder, current);
        return new Replay(Evaluator.of(current)).replayAll(List.of(Path.of("examples")));
    }

    private void setCallsTarget(String value) {
        Path file = folder.resolve("standards.yaml");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = CALLS_TARGET.matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("standards.yaml has no emergency-calls-answered-within-10-seconds value");
            }
            Files.writeString(file, text.substring(0, m.start(2)) + value + text.substring(m.end(2)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
