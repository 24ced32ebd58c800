package org.peelrules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.peelrules.errors.PeelRulesException;
import org.peelrules.errors.Problem;
import org.peelrules.RuleSet;

/**
 * {@code --watch}: runs a command, then runs it again each time a file of the rule set folder changes, in the
 * same JVM, so that the classes, the JIT's work and the compiled rules stay warm. An edit to the standards or the
 * catalogue reuses the compiled rules ({@link RuleSet#reload}); an edit to a rule file compiles them again. A
 * broken edit prints its problems and the watch goes on: the next save that mends it runs again. It stops when
 * the thread is interrupted or the process is stopped (Ctrl-C).
 *
 * <p>Changes are gathered until the folder has been quiet for {@link #DEBOUNCE_MS} ms: an editor's save is often
 * several events (a temporary file written, renamed, the old one removed), and a folder copied over the rule set
 * is many.
 */
final class Watch {
    static final long DEBOUNCE_MS = 200;
    /** More changes than the watch service kept track of. */
    private static final String MANY = "(many files)";

    private final Path folder;
    private final PrintWriter out;
    private final PrintWriter err;
    /** The command's output for one rule set: what is printed after each build. */
    private final Function<RuleSet, String> command;

    Watch(Path folder, PrintWriter out, PrintWriter err, Function<RuleSet, String> command) {
        this.folder = folder;
        this.out = out;
        this.err = err;
        this.command = command;
    }

    /** Runs the command, then again on every change, until interrupted. Returns 0 once stopped. */
    int run() {
        RuleSet current = cycle(null, "");
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, Path> keys = new HashMap<>();
            register(service, folder, keys);
            say("watching " + folder + " for changes (Ctrl-C stops)");
            while (!Thread.currentThread().isInterrupted()) {
                Set<String> changed = new TreeSet<>();
                drain(service.take(), keys, service, changed);
                WatchKey more;
                while ((more = service.poll(DEBOUNCE_MS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, keys, service, changed);
                }
                changed.removeIf(f -> !ruleSetFile(f) && !f.endsWith("/") && !f.equals(MANY));
                if (!changed.isEmpty()) {
                    current = cycle(current, String.join(", ", changed));
                    say("watching " + folder + " for changes (Ctrl-C stops)");
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UserError("cannot watch " + folder + ": " + e.getMessage());
        }
        return 0;
    }

    /**
     * Loads the rule set (reusing {@code previous}'s compiled rules where it can) and runs the command once. A
     * rule set that does not load is reported, and the last one that did is kept for the next change.
     */
    private RuleSet cycle(RuleSet previous, String changed) {
        long start = System.nanoTime();
        if (!changed.isEmpty()) {
            say("changed: " + changed);
        }
        try {
            RuleSet ruleSet = RuleSet.reload(folder, previous);
            out.print(command.apply(ruleSet));
            out.flush();
            say(String.format(Locale.ROOT, "%s in %.1f s", previous == null ? "built and ran" : "rebuilt and ran again",
                    (System.nanoTime() - start) / 1e9));
            return ruleSet;
        } catch (PeelRulesException e) {
            err.println("peel: " + e.getMessage().lines().findFirst().orElse(""));
            Problem.listing(e.problems()).forEach(line -> err.println("  " + line));
            err.flush();
            say("not run: mend the problems above and save again");
            return previous;
        } catch (UserError e) {
            err.println("peel: " + e.getMessage());
            err.flush();
            say("not run: mend the problem above and save again");
            return previous;
        } catch (RuntimeException e) {
            // A fault while half-way through an edit (a file read as it was being written, say) must not end the
            // watch: the next save runs again.
            err.println("peel: internal error: " + e);
            err.flush();
            say("not run: the error above; save again to retry");
            return previous;
        }
    }

    /**
     * The watch's own lines go to the error stream, beside the problems of a broken edit, so that the output stream
     * holds the command's output alone: each run's JSON, say, for a harness to read.
     */
    private void say(String what) {
        err.println("[watch] " + what);
        err.flush();
    }

    /** What the rule set (and its scenarios) are made of; editors' backup and swap files are not. */
    private static boolean ruleSetFile(String name) {
        return name.endsWith(".drl") || name.endsWith(".yaml");
    }

    private void drain(WatchKey key, Map<WatchKey, Path> keys, WatchService service, Set<String> changed)
            throws IOException {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                changed.add(MANY);
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                register(service, file, keys);
                changed.add(folder.relativize(file) + "/");
            } else {
                changed.add(folder.relativize(file).toString().replace('\\', '/'));
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    private static void register(WatchService service, Path root, Map<WatchKey, Path> keys) throws IOException {
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(root)) {
            dirs = walk.filter(Files::isDirectory).toList();
        }
        for (Path d : dirs) {
            keys.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE), d);
        }
    }
}
