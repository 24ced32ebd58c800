package org.peelrules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.replay.Agreement;
import org.peelrules.replay.CaseResult;
import org.peelrules.replay.ChangeImpact;
import org.peelrules.replay.ImpactText;
import org.peelrules.replay.JUnitXml;
import org.peelrules.replay.Replay;
import org.peelrules.replay.ReplayJson;
import org.peelrules.replay.ReplayText;
import org.peelrules.replay.RuleSetDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peel replay}: past inspections against a rule set, or the impact of changing one. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replays past inspections: evaluates each case folder's evidence.json and compares the "
                + "judgments with its expected.json, area by area and finding by finding.",
                "With --baseline, evaluates the cases under both rule sets and lists every case and area whose "
                        + "grade or findings change.",
                "Exit 0 when every case agrees (with --baseline: when nothing changes), 2 when one disagrees "
                        + "(changes), 1 on an error."})
final class ReplayCommand implements Callable<Integer>, TerminalProgress.Shown {
    static final int DISAGREES = ExitCode.DISAGREES;

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*",
            description = "A case folder, or a folder of case folders (which may be grouped one level down, "
                    + "as in examples/real/<case>), such as examples.")
    List<Path> roots;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "The rule set folder to replay with (default: the bundled rule set); with --baseline, "
                    + "the changed rule set.")
    Path rules;

    @Option(names = "--baseline", paramLabel = "DIR",
            description = "A rule set folder to compare --rules with: lists what the change does to every case.")
    Path baseline;

    @Option(names = "--detail",
            description = "With --baseline: also list the evidence ids each changed area and finding rests on, and "
                    + "the rule that decided each side.")
    boolean detail;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Also write a JUnit XML report, one test per case and area (with --baseline: of the "
                    + "replay under --rules).")
    Path junitXml;

    @Option(names = "--watch",
            description = "Keep running: replay again each time a file of the --rules folder changes (with "
                    + "--baseline, show the change's impact again), in the same warm process. Ctrl-C stops.")
    boolean watch;

    @Mixin
    BudgetOptions budget;

    /** Where progress is shown; {@code null} when stderr is not a terminal. */
    private PrintWriter terminal;

    @Override
    public void showProgressOn(PrintWriter terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (baseline != null && rules == null) {
            throw new UserError("--baseline compares two rule set folders: name the changed one with --rules");
        }
        if (watch) {
            if (rules == null) {
                throw new UserError("--watch reruns when a rule set folder changes: name it with --rules");
            }
            if (!java.nio.file.Files.isDirectory(rules)) {
                throw new UserError("rule set folder not found: " + rules);
            }
            // The baseline does not change while watching: it is evaluated once.
            Evaluator before = baseline == null ? null : Evaluator.of(Inputs.ruleSet(baseline)).withBudget(budget.budget());
            List<Replay.Run> baselineRuns = before == null ? null : new Replay(before).runAll(roots);
            return new Watch(rules, spec.commandLine().getOut(), spec.commandLine().getErr(), ruleSet -> {
                Evaluator after = Evaluator.of(ruleSet).withBudget(budget.budget());
                return before == null ? replay(after).text() : impact(before, baselineRuns, after).text();
            }).run();
        }
        RuleSet ruleSet = Inputs.ruleSet(rules);
        Evaluator evaluator = Evaluator.of(ruleSet).withBudget(budget.budget());
        Result result = baseline == null ? replay(evaluator)
                : impact(Evaluator.of(Inputs.ruleSet(baseline)).withBudget(budget.budget()), null, evaluator);
        print(result.text());
        return result.exit();
    }

    /** What one run prints, and the exit code it would end with. */
    private record Result(String text, int exit) {
    }

    private Result replay(Evaluator evaluator) {
        TerminalProgress progress = new TerminalProgress(terminal, "cases");
        List<CaseResult> results;
        try {
            results = new Replay(evaluator).replayAll(roots, progress);
        } finally {
            progress.clear();
        }
        RuleSet ruleSet = evaluator.ruleSet();
        writeJunit(results);
        Agreement agreement = Agreement.of(results);
        return new Result(format == Format.json ? ReplayJson.render(results, ruleSet)
                : ReplayText.report(results, ruleSet),
                agreement.failedCases() > 0 ? ExitCode.ERROR : agreement.allAgree() ? 0 : DISAGREES);
    }

    /** @param baselineRuns the corpus evaluated under {@code before} already, or null */
    private Result impact(Evaluator before, List<Replay.Run> baselineRuns, Evaluator after) {
        RuleSetDiff diff = RuleSetDiff.between(baseline, rules);
        ChangeImpact impact = baselineRuns == null ? ChangeImpact.of(roots, before, after, diff)
                : ChangeImpact.of(roots, before, baselineRuns, after, diff);
        String text = format == Format.json ? json(impact, before.ruleSet(), after.ruleSet())
                : ImpactText.render(impact, baseline.toString(), rules.toString(), detail) + "\nBaseline: "
                        + ReplayText.stamp(before.ruleSet()) + "\nChanged:  " + ReplayText.stamp(after.ruleSet())
                        + "\n";
        if (junitXml != null) {
            writeJunit(new Replay(after).replayAll(roots));
        }
        return new Result(text, !impact.failures().isEmpty() ? ExitCode.ERROR : impact.noChange() ? 0 : DISAGREES);
    }

    private void print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }

    private void writeJunit(List<CaseResult> results) {
        if (junitXml == null) {
            return;
        }
        try {
            Files.writeString(junitXml, JUnitXml.render(results), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot write " + junitXml + ": " + e.getMessage());
        }
    }

    /** The impact, with which rule sets it compares: {@code producedBy.baseline} and {@code producedBy.changed}. */
    private static String json(ChangeImpact impact, RuleSet before, RuleSet after) {
        try {
            return ReplayJson.changeImpact(impact, before, after);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a change-impact report always serialises", e);
        }
    }
}
