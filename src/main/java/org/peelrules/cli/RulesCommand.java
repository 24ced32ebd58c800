package org.peelrules.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.peelrules.check.RuleSetChangelog;
import org.peelrules.check.RuleSetCheck;
import org.peelrules.check.Diagnostic;
import org.peelrules.check.Diagnostic.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peel rules}: tools for the people who write rule sets. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Works with rule set folders.",
        subcommands = {RulesCommand.Check.class, RulesCommand.Diff.class})
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: check or diff");
    }

    /** {@code peel rules check DIR}: every problem at once, exit 1 if any is an error. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Compiles and lints a rule set and lists every problem as file:line:column: severity: "
                    + "message.", "Exit 0 when there is no error (warnings allowed), 1 when there is."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The rule set folder, such as rules/peel-2021-22.")
        Path folder;

        @Option(names = {"-v", "--verbose"}, description = "Also list notes (things worth knowing, often intended) "
                + "and the warnings the rule set's acknowledged-warnings.yaml expects.")
        boolean verbose;

        @Mixin
        BudgetOptions budget;

        @Override
        public Integer call() {
            if (!Files.isDirectory(folder)) {
                throw new UserError("rule set folder not found: " + folder);
            }
            RuleSetCheck.Result result = RuleSetCheck.check(folder, budget.budget());
            PrintWriter out = spec.commandLine().getOut();
            for (Diagnostic d : result.diagnostics()) {
                if (d.severity() != Severity.INFO || verbose) {
                    out.println(located(d.where()) + ": " + d.severity().label() + ": " + d.message()
                            + (verbose && d.severity() == Severity.WARNING ? " [" + d.code() + " " + d.subject() + "]"
                            : ""));
                }
            }
            if (verbose) {
                for (Diagnostic d : result.acknowledged()) {
                    out.println(located(d.where()) + ": acknowledged " + d.severity().label() + " [" + d.code() + " "
                            + d.subject() + "]: " + d.message());
                }
            }
            int notes = result.of(Severity.INFO).size();
            int acknowledged = result.acknowledged().size();
            out.println(folder + ": " + count(result.of(Severity.ERROR).size(), "error") + ", "
                    + count(result.of(Severity.WARNING).size(), "warning")
                    + (acknowledged > 0 ? " (" + acknowledged + " acknowledged)" : "") + ", " + count(notes, "note")
                    + ((notes > 0 || acknowledged > 0) && !verbose ? " (--verbose lists them)" : ""));
            out.flush();
            return result.ok() ? 0 : ExitCode.ERROR;
        }

        /** The location as a path from where the command runs, so editors can jump to it. */
        private String located(String where) {
            return where.startsWith(folder.toString()) ? where : folder + "/" + where;
        }

        private static String count(int n, String what) {
            return n + " " + what + (n == 1 ? "" : "s");
        }
    }

    /** {@code peel rules diff OLD NEW}: a draft changelog entry, exit 2 if the content changed but not the version. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"Compares two rule set folders and prints a changelog entry in Markdown for the rule "
                    + "set's CHANGELOG.md: the version change, the standards whose values changed (old -> new), the "
                    + "rules added, removed or changed (by id and name) and the catalogue's edits.",
                    "Exit 0 when nothing changed or the version was raised, 2 when the rules, standards or catalogue "
                            + "changed but the version in NEW/ruleset.yaml was not raised, 1 on an error."})
    static final class Diff implements Callable<Integer> {
        static final int VERSION_NOT_RAISED = 2;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "OLD", description = "The rule set folder before the change.")
        Path before;

        @Parameters(index = "1", paramLabel = "NEW", description = "The rule set folder after it.")
        Path after;

        @Override
        public Integer call() {
            for (Path p : new Path[] {before, after}) {
                if (!Files.isDirectory(p)) {
                    throw new UserError("rule set folder not found: " + p);
                }
            }
            RuleSetChangelog entry = RuleSetChangelog.between(before, after);
            PrintWriter out = spec.commandLine().getOut();
            out.print(entry.markdown());
            out.flush();
            if (!entry.ok()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("peel: " + after + " changed but its version is still "
                        + (entry.after() == null ? "missing" : entry.after()) + ": raise \"version\" in "
                        + after.resolve("ruleset.yaml") + " above " + entry.before());
                err.flush();
                return VERSION_NOT_RAISED;
            }
            return 0;
        }
    }
}
