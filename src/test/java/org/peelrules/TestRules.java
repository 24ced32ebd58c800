package org.peelrules;

import java.nio.file.Path;

/** The rule set and evaluator tests share: built once per test JVM, as an application would. */
public final class TestRules {
    /** The rule set folder in this checkout, the same files the jar bundles. */
    public static final Path FOLDER = Path.of("rules", RuleSet.BUNDLED);
    /** The replay corpus. */
    public static final Path EXAMPLES = Path.of("examples");

    private static final class Holder {
        static final RuleSet RULES = RuleSet.load(FOLDER);
        static final Evaluator EVALUATOR = Evaluator.of(RULES);
    }

    private TestRules() {
    }

    public static RuleSet ruleSet() {
        return Holder.RULES;
    }

    public static Evaluator evaluator() {
        return Holder.EVALUATOR;
    }
}
