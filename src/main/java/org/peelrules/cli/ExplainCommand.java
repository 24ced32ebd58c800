package org.peelrules.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.peelrules.Evaluator;
import org.peelrules.judgment.AreaJudgment;
import org.peelrules.judgment.Assessment;
import org.peelrules.report.ExplainReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains the judgment on one area: the grade and descriptor with the rules that decided "
                + "them, what keeps it from the next tier up, and each finding with the characteristic "
                + "assessments, evidence and rules (file:line) beneath it."})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVIDENCE", arity = "0..1",
            description = "The submission: an evidence.json file (or --sample).")
    Path evidence;

    @Option(names = "--sample",
            description = "Use the sample submission that ships with peel (West Mercia, 2021/22) instead of a file.")
    boolean sample;

    @Option(names = "--area", required = true, paramLabel = "AREA",
            description = "The area to explain, by id (such as investigating-crime) or short name.")
    String area;

    @Option(names = "--rules", paramLabel = "DIR", description = "A rule set folder (default: the bundled rule set).")
    Path rules;

    @Mixin
    BudgetOptions budget;

    @Mixin
    DetailOption detail;

    @Override
    public Integer call() {
        Inputs.Loaded loaded = Inputs.submissionAndRuleSet(evidence, sample, rules);
        Assessment assessment = Evaluator.of(loaded.ruleSet()).withBudget(budget.budget()).evaluate(loaded.submission());
        AreaJudgment judgment = assessment.judgments().stream()
                .filter(j -> j.area().equals(area) || j.shortName().equalsIgnoreCase(area.strip()))
                .findFirst()
                .orElseThrow(() -> new UserError("no area \"" + area + "\" in rule set "
                        + assessment.producedBy().ruleSet() + "; its areas are: " + assessment.judgments().stream()
                        .map(AreaJudgment::area).collect(Collectors.joining(", "))));
        spec.commandLine().getOut().print(ExplainReport.render(assessment, judgment, detail.detail()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
