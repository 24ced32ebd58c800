package org.peelrules.internal.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.peelrules.errors.RuleSetException;

/** The build step that precompiles the bundled rule set into the jar (see {@link PrecompiledRules}). */
public final class Precompile {
    private Precompile() {
    }

    /**
     * Build step: loads the rule set in {@code args[0]} the classic way, with every check, and writes it to
     * {@code args[1]}. Run by the Maven build before the tests. A rule set that does not load is not written,
     * and the build goes on: loading it at run time then reports its problems, as without it.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Precompile RULE-SET-FOLDER OUTPUT-FILE");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.deleteIfExists(output);
        LoadedRules ruleSet;
        try {
            ruleSet = RuleSetLoader.load(folder, folder.toString());
        } catch (RuleSetException e) {
            System.err.println("peel-rules: the bundled rule set is not precompiled, as it does not load: "
                    + e.getMessage().lines().findFirst().orElse(""));
            e.problems().forEach(p -> System.err.println("  " + p));
            return;
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, PrecompiledRules.write(RuleSetFiles.files(folder), ruleSet));
    }
}
