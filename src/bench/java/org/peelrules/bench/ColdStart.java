package org.peelrules.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Whole-process runs of the command line, from starting {@code ./peel} to its exit after printing the
 * judgments: what a user waits for. The launcher's options come from the environment, so each variant
 * switches off a start-up measure to show what that measure gives. Every run must print the same judgments,
 * whichever start-up it took.
 */
final class ColdStart {
    /** One way of starting: a name and the environment that selects it. */
    record Variant(String name, Map<String, String> environment) {
    }

    /** Seconds per measured run, and what the runs printed. */
    record Runs(List<Double> seconds, byte[] output) {
    }

    private ColdStart() {
    }

    /** Times {@code runs} runs after {@code warmUps} unmeasured ones (the first after a build also builds). */
    static Runs measure(Variant variant, Path submission, int warmUps, int runs)
            throws IOException, InterruptedException {
        List<Double> seconds = new ArrayList<>();
        byte[] output = null;
        for (int i = 0; i < warmUps + runs; i++) {
            File out = File.createTempFile("peel-cold-start", ".out");
            try {
                double s = run(variant, submission, out);
                byte[] printed = Files.readAllBytes(out.toPath());
                if (output != null && !Arrays.equals(output, printed)) {
                    throw new IllegalStateException(variant.name() + ": two runs printed different judgments");
                }
                output = printed;
                if (i >= warmUps) {
                    seconds.add(s);
                }
            } finally {
                Files.deleteIfExists(out.toPath());
            }
        }
        return new Runs(seconds, output);
    }

    private static double run(Variant variant, Path submission, File out) throws IOException, InterruptedException {
        File errors = File.createTempFile("peel-cold-start", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder("./peel", "evaluate", submission.toString())
                    .redirectOutput(out)
                    .redirectError(errors);
            pb.environment().putAll(variant.environment());
            long start = System.nanoTime();
            int exit = pb.start().waitFor();
            long end = System.nanoTime();
            if (exit != 0) {
                throw new IllegalStateException("./peel evaluate " + submission + " (" + variant.name() + ") exited "
                        + exit + ": " + Files.readString(errors.toPath(), StandardCharsets.UTF_8));
            }
            return (end - start) / 1e9;
        } finally {
            Files.deleteIfExists(errors.toPath());
        }
    }
}
