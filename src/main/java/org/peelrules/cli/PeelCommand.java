package org.peelrules.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.peelrules.errors.PeelRulesException;
import org.peelrules.errors.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code peel} command line: a thin shell over the library. Exit 0 ok, 1 an error in what it was given, 2 a
 * disagreement or change (replay), 3 an internal error: a fault in the library, not in its input.
 */
@Command(name = "peel", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Evaluates police force evidence against the PEEL framework rules.")
public final class PeelCommand implements Runnable {
    /**
     * The commands, in the order help lists them. picocli builds a command's model by reflection when it is added,
     * a few hundredths of a second each in a cold start, so a command line that names one adds only that one.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("evaluate", EvaluateCommand::new);
        commands.put("explain", ExplainCommand::new);
        commands.put("replay", ReplayCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("test", TestCommand::new);
        commands.put("batch", BatchCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    public static void main(String[] args) {
        // First, before the rule set starts loading on a thread of its own: nothing may log until it is in place.
        CliLogging.setUp();
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

    /**
     * Runs the command line with the given streams and returns its exit code; used by tests too. Progress is shown on
     * {@code rawErr} when the launcher said stderr is a terminal ({@value TerminalProgress#STDERR_IS_TERMINAL}).
     */
    public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        return run(rawOut, rawErr, Boolean.getBoolean(TerminalProgress.STDERR_IS_TERMINAL), args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, saying whether {@code rawErr} is a terminal. */
    static int run(PrintWriter rawOut, PrintWriter rawErr, boolean stderrIsTerminal, String... args) {
        PrintWriter out = PrintableWriter.around(rawOut);
        PrintWriter err = PrintableWriter.around(rawErr);
        try {
            return run(new CommandLine(new PeelCommand()), out, err, stderrIsTerminal ? rawErr : null, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int run(CommandLine cli, PrintWriter out, PrintWriter err, PrintWriter terminal, String... args) {
        // Anything else (none, an option, a misspelt name) gets them all, for its help or suggestions.
        String named = args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : null;
        COMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                Object c = command.get();
                if (c instanceof TerminalProgress.Shown shown) {
                    shown.showProgressOn(terminal);
                }
                cli.addSubcommand(name, c);
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof PeelRulesException p) {
                err.println("peel: " + p.getMessage().lines().findFirst().orElse(""));
                Problem.listing(p.problems()).forEach(line -> err.println("  " + line));
            } else if (e instanceof UserError u) {
                err.println("peel: " + u.getMessage());
            } else {
                err.println("peel: internal error: " + e);
                return ExitCode.INTERNAL_ERROR;
            }
            return ExitCode.ERROR;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("peel: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println(("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'."));
            return ExitCode.ERROR;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is needed: evaluate, explain, replay, rules check, test or batch");
    }
}
