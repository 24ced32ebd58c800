package org.peelrules.cli;

import java.time.Duration;
import org.peelrules.Budget;
import picocli.CommandLine.Option;

/**
 * The options that set what each evaluation may spend, shared by every command that runs rules. Unset, each
 * takes the library's default ({@link Budget#DEFAULT}), which a sane rule set never meets.
 */
final class BudgetOptions {
    @Option(names = "--max-seconds", paramLabel = "N",
            description = "Stop an evaluation that runs longer than N seconds (default: 60).")
    Double maxSeconds;

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Stop an evaluation whose rules fire more than N times (default: 1,000,000).")
    Long maxFirings;

    @Option(names = "--max-facts", paramLabel = "N",
            description = "Stop an evaluation whose rules hold more than N facts (default: 500,000).")
    Long maxFacts;

    /** The budget these options give; a value that is not positive is the user's error, in words. */
    Budget budget() {
        Budget budget = Budget.DEFAULT;
        if (maxSeconds != null) {
            if (!(maxSeconds > 0) || maxSeconds > Integer.MAX_VALUE) {
                throw new UserError("--max-seconds must be a positive number of seconds, not "
                        + (Double.isFinite(maxSeconds) ? java.math.BigDecimal.valueOf(maxSeconds).stripTrailingZeros()
                        .toPlainString() : String.valueOf(maxSeconds)));
            }
            budget = budget.withWallTime(Duration.ofMillis(Math.max(1, Math.round(maxSeconds * 1000))));
        }
        if (maxFirings != null) {
            if (maxFirings < 1) {
                throw new UserError("--max-firings must be at least 1, not " + maxFirings);
            }
            budget = budget.withFirings(maxFirings);
        }
        if (maxFacts != null) {
            if (maxFacts < 1) {
                throw new UserError("--max-facts must be at least 1, not " + maxFacts);
            }
            budget = budget.withFacts(maxFacts);
        }
        return budget;
    }
}
