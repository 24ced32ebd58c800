package org.peelrules.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.peelrules.Evaluator;
import org.peelrules.judgment.Assessment;
import org.peelrules.report.HtmlReport;
import org.peelrules.report.JsonReport;
import org.peelrules.report.MarkdownReport;
import org.peelrules.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates a submission and prints the judgments.")
final class EvaluateCommand implements Callable<Integer> {
    enum Format { text, markdown, html, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVIDENCE", arity = "0..1",
            description = "The submission: an evidence.json file (or --sample).")
    Path evidence;

    @Option(names = "--sample",
            description = "Use the sample submission that ships with peel (West Mercia, 2021/22) instead of a file.")
    boolean sample;

    @Option(names = "--rules", paramLabel = "DIR", description = "A rule set folder (default: the bundled rule set).")
    Path rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    BudgetOptions budget;

    @Mixin
    DetailOption detail;

    @Override
    public Integer call() {
        Inputs.Loaded loaded = Inputs.submissionAndRuleSet(evidence, sample, rules);
        Assessment assessment = Evaluator.of(loaded.ruleSet()).withBudget(budget.budget()).evaluate(loaded.submission());
        spec.commandLine().getOut().print(switch (format) {
            case text -> TextReport.render(assessment);
            case markdown -> MarkdownReport.render(assessment);
            case html -> HtmlReport.render(assessment, detail.detail());
            case json -> JsonReport.render(assessment, detail.detail());
        });
        spec.commandLine().getOut().flush();
        return 0;
    }
}
