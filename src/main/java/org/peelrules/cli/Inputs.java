package org.peelrules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.peelrules.RuleSet;

/** What the commands share: finding the rule set a user asked for. */
final class Inputs {
    private Inputs() {
    }

    /** The rule set in {@code folder}, or the bundled one when no folder is given. */
    static RuleSet ruleSet(Path folder) {
        if (folder == null) {
            return RuleSet.bundled();
        }
        if (!Files.isDirectory(folder)) {
            throw new UserError("rule set folder not found: " + folder);
        }
        return RuleSet.load(folder);
    }

    static Path existingFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserError("file not found: " + file);
        }
        return file;
    }
}
