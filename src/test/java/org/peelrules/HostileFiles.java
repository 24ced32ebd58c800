package org.peelrules;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Inputs a hostile tester hands the reader that cannot be kept as fixtures: files of other kinds, made where the
 * system allows (a test that needs one is skipped, not failed, where it does not), and documents too large to
 * keep in the repository.
 */
public final class HostileFiles {
    /** A valid submission whose text holds terminal escape sequences, C1 controls and a bidi override. */
    public static final Path ESCAPE_SEQUENCES = Path.of("src/test/resources/hostile-submissions/escape-sequences.json");
    /** What must never be printed from a submission: C0 controls but tab and newline, DEL, C1, bidi controls. */
    public static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f"
            + "\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029]");

    private HostileFiles() {
    }

    /** A named pipe no one writes to: opening it for reading would wait for ever. */
    public static Path namedPipe(Path folder, String name) throws IOException, InterruptedException {
        Path pipe = folder.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
            throw e;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo could not make a pipe");
        return pipe;
    }

    /** A device that never ends and reports a size of 0. */
    public static Path endlessDevice() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "this system has no /dev/zero");
        return zero;
    }

    /** A symbolic link named like a submission that leads to {@code target}. */
    public static Path linkTo(Path folder, String name, Path target) {
        try {
            return Files.createSymbolicLink(folder.resolve(name), target);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "symbolic links cannot be made here: " + e.getMessage());
            throw new IllegalStateException(e);
        }
    }

    /** A submission of {@code n} observations, each with an unknown characteristic and rating: 2n problems. */
    public static String manyBadItems(int n) {
        StringBuilder s = new StringBuilder("{\"framework\": \"peel-2021-22\", \"force\": \"Test Constabulary\",\n"
                + " \"observations\": [\n");
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ",\n").append("  {\"id\": \"obs-").append(i)
                    .append("\", \"characteristic\": \"none\", \"rating\": \"none\", \"text\": \"t\",")
                    .append(" \"source\": \"s\"}");
        }
        return s.append("\n]}\n").toString();
    }
}
