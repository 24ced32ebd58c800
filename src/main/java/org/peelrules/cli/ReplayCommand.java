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
import org.peelrules.RuleSetDiff;
import org.peelrules.replay.Agreement;
import org.peelrules.replay.CaseResult;
import org.peelrules.replay.ChangeImpact;
import org.peelrules.replay.ImpactText;
import org.peelrules.replay.JUnitXml;
import org.peelrules.replay.Replay;
import org.peelrules.replay.ReplayJson;
import org.peelrules.replay.ReplayText;
import org.peelrules.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
    static final int DISAGREES = 2;

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
        RuleSet ruleSet = Inputs.ruleSet(rules);
        Evaluator evaluator = Evaluator.of(ruleSet);
        return baseline == null ? replay(evaluator) : impact(Evaluator.of(Inputs.ruleSet(baseline)), evaluator);
    }

    private int replay(Evaluator evaluator) {
        TerminalProgress progress = new TerminalProgress(terminal, "cases");
        List<CaseResult> results;
        try {
            results = new Replay(evaluator).replayAll(roots, progress);
        } finally {
            progress.clear();
        }
        print(format == Format.json ? ReplayJson.render(results) : ReplayText.report(results));
        writeJunit(results);
        Agreement agreement = Agreement.of(results);
        return agreement.failedCases() > 0 ? PeelCommand.ERROR : agreement.allAgree() ? 0 : DISAGREES;
    }

    private int impact(Evaluator before, Evaluator after) {
        ChangeImpact impact = ChangeImpact.of(roots, before, after, RuleSetDiff.between(baseline, rules));
        print(format == Format.json ? json(impact) : ImpactText.render(impact, baseline.toString(), rules.toString(), detail));
        if (junitXml != null) {
            writeJunit(new Replay(after).replayAll(roots));
        }
        return !impact.failures().isEmpty() ? PeelCommand.ERROR : impact.noChange() ? 0 : DISAGREES;
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

    private static String json(ChangeImpact impact) {
        try {
            return Json.json().writeValueAsString(impact) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a change-impact report always serialises", e);
        }
    }
}
