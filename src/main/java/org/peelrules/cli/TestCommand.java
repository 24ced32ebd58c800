package org.peelrules.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.peelrules.check.ScenarioText;
import org.peelrules.check.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peel test DIR}: the scenarios beside a rule set, pass or fail, and what they cover. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs the scenarios in a rule set's scenarios/ folder: each scenario's evidence is evaluated "
                + "and what it expects is compared with what the rules derive. Then lists the rules no scenario "
                + "fires, the characteristics no scenario assesses and the grades no scenario reaches.",
                "Exit 0 when every scenario passes, 2 when one fails, 1 on an error."})
final class TestCommand implements Callable<Integer> {
    static final int FAILS = 2;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The rule set folder, such as rules/peel-2021-22.")
    Path folder;

    @Option(names = "--with-replay", paramLabel = "DIR",
            description = "Also count these replay cases (a case folder or a corpus, such as examples) towards the "
                    + "coverage; they do not pass or fail here (peel replay compares them).")
    List<Path> replay = List.of();

    @Option(names = "--watch",
            description = "Keep running: run the scenarios again each time a file of the rule set folder (its rules, "
                    + "data or scenarios) changes, in the same warm process. Ctrl-C stops.")
    boolean watch;

    @Mixin
    BudgetOptions budget;

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new UserError("rule set folder not found: " + folder);
        }
        for (Path p : replay) {
            if (!Files.isDirectory(p)) {
                throw new UserError("replay folder not found: " + p);
            }
        }
        if (watch) {
            return new Watch(folder, spec.commandLine().getOut(), spec.commandLine().getErr(),
                    ruleSet -> ScenarioText.render(Scenarios.run(ruleSet, folder, replay, budget.budget()))).run();
        }
        Scenarios.Report report = Scenarios.run(folder, replay, budget.budget());
        PrintWriter out = spec.commandLine().getOut();
        out.print(ScenarioText.render(report));
        out.flush();
        return report.allPassed() ? 0 : FAILS;
    }
}
