package org.peelrules.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;
import org.peelrules.PeelRulesException;
import org.peelrules.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code peel} command line: a thin shell over the library. Exit 0 ok, 1 error, 2 disagreement. */
@Command(name = "peel", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Evaluates police force evidence against the PEEL framework rules.",
        subcommands = {EvaluateCommand.class, ExplainCommand.class, ReplayCommand.class, RulesCommand.class,
                BatchCommand.class})
public final class PeelCommand implements Runnable {
    static final int ERROR = 1;

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/peelrules/cli/logback-cli.xml");
        }
        if (usesTheBundledRuleSet(args)) {
            Inputs.startLoadingBundled();
        }
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Whether the command evaluates with the bundled rule set: one that reads evidence, without --rules. */
    static boolean usesTheBundledRuleSet(String... args) {
        return args.length > 1 && Set.of("evaluate", "explain", "batch", "replay").contains(args[0])
                && Arrays.stream(args).noneMatch(a -> a.equals("--rules") || a.startsWith("--rules=")
                || a.equals("-h") || a.equals("--help"));
    }

    /** Runs the command line with the given streams and returns its exit code; used by tests too. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new PeelCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof PeelRulesException p) {
                err.println("peel: " + p.getMessage().lines().findFirst().orElse(""));
                for (Problem problem : p.problems()) {
                    err.println("  " + problem);
                }
            } else if (e instanceof UserError u) {
                err.println("peel: " + u.getMessage());
            } else {
                err.println("peel: internal error: " + e);
                return 3;
            }
            return ERROR;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("peel: " + e.getMessage());
            err.println("Try 'peel " + String.join(" ", e.getCommandLine().getCommandSpec().qualifiedName()
                    .replaceFirst("^peel ?", "")) + " --help'.".replace("  ", " "));
            return ERROR;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is needed: evaluate, explain, replay, rules check or batch");
    }
}
