package org.peelrules.check;

import org.peelrules.check.Diagnostic.Severity;
import org.peelrules.internal.ruleset.ProblemOrder;
import org.peelrules.internal.ruleset.RuleSetFiles;
import org.peelrules.internal.json.Json;
import org.peelrules.internal.json.YamlPositions;
import org.peelrules.internal.ruleset.YamlSchemas;
import org.peelrules.Budget;
import org.peelrules.Evaluator;
import org.peelrules.errors.RuleSetFaultException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.peelrules.errors.Problem;
import org.peelrules.RuleSet;
import org.peelrules.errors.RuleSetException;
import org.peelrules.internal.ruleset.RuleSetLoader;
import org.peelrules.evidence.Submission;

/**
 * Checks a rule set folder the way {@code peel rules check} does: everything {@link RuleSet#load(Path)}
 * checks (reported as errors), then, when it loads, the lint a policy team wants before it commits
 * (see {@code docs/authoring-rules.md}). Every diagnostic names its file, line and column.
 *
 * <p>A rule set may list the warnings it expects in {@value #ACKNOWLEDGED}, each with its reason: those are
 * set aside (and counted), so that a check shows only what an edit introduced. An acknowledgement matches a
 * warning by its {@linkplain Diagnostic#code() code} and subject, never by its wording, which may improve.
 */
public final class RuleSetCheck {
    /** The file in a rule set folder that lists the warnings its authors expect, each with why. */
    public static final String ACKNOWLEDGED = RuleSetFiles.ACKNOWLEDGED;

    private RuleSetCheck() {
    }

    /**
     * Everything found in one rule set, errors first, then in file, line and column order.
     *
     * @param acknowledged the warnings the rule set's {@value #ACKNOWLEDGED} lists, set aside from
     *                     {@code diagnostics}
     */
    public record Result(String ruleSet, List<Diagnostic> diagnostics, List<Diagnostic> acknowledged) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
            acknowledged = List.copyOf(acknowledged);
        }

        public List<Diagnostic> of(Severity severity) {
            return diagnostics.stream().filter(d -> d.severity() == severity).toList();
        }

        /** Whether the rule set has no errors (warnings and notes allowed). */
        public boolean ok() {
            return of(Severity.ERROR).isEmpty();
        }
    }

    /** One entry of {@value #ACKNOWLEDGED}. */
    record Acknowledgement(String code, String subject, String reason, String where) {
    }

    /** As {@link #check(Path, Budget)} with the {@linkplain Budget#DEFAULT default budget}. */
    public static Result check(Path folder) {
        return check(folder, Budget.DEFAULT);
    }

    /**
     * Loads, compiles and lints the rule set in {@code folder}; never throws for a mistake in the folder. What runs
     * the rules (the grading policy asked every pattern of findings, and an evaluation of a submission with no
     * evidence) runs under {@code budget}: a rule set that loops, inserts without end, recurses or throws is
     * reported as an error at the rules concerned, instead of keeping the check.
     */
    public static Result check(Path folder, Budget budget) {
        List<Diagnostic> found = new ArrayList<>();
        try {
            RuleSet ruleSet = RuleSet.load(folder);
            found.addAll(RuleLint.lint(folder, ruleSet, budget));
            found.addAll(withoutEvidence(ruleSet, budget));
        } catch (RuleSetException e) {
            e.problems().forEach(p -> found.add(new Diagnostic(Severity.ERROR, Diagnostic.Codes.DOES_NOT_LOAD, "", p.where(),
                    p.message())));
        }
        List<Diagnostic> acknowledged = new ArrayList<>();
        List<Diagnostic> shown = acknowledge(found, readAcknowledgements(folder, found), acknowledged);
        Comparator<Diagnostic> order = Comparator.comparing(Diagnostic::severity)
                .thenComparing((a, b) -> ProblemOrder.BY_LOCATION.compare(new Problem(a.where(), a.message()),
                        new Problem(b.where(), b.message())));
        return new Result(folder.toString(), shown.stream().distinct().sorted(order).toList(),
                acknowledged.stream().distinct().sorted(order).toList());
    }

    /**
     * Sets aside each warning an acknowledgement names. An acknowledgement that names no warning is itself
     * a warning: the list must stay true, or it would one day hide a warning an edit brought back.
     */
    private static List<Diagnostic> acknowledge(List<Diagnostic> found, List<Acknowledgement> acks,
                                                List<Diagnostic> acknowledged) {
        if (found.stream().anyMatch(d -> d.code().equals(Diagnostic.Codes.DOES_NOT_LOAD))) {
            return found; // the lint never ran: nothing to match, and nothing to call stale
        }
        Set<String> used = new HashSet<>();
        List<Diagnostic> shown = new ArrayList<>();
        for (Diagnostic d : found) {
            String key = d.code() + " " + d.subject();
            boolean matched = d.severity() == Severity.WARNING
                    && acks.stream().anyMatch(a -> (a.code() + " " + a.subject()).equals(key));
            if (matched) {
                used.add(key);
                acknowledged.add(d);
            } else {
                shown.add(d);
            }
        }
        for (Acknowledgement a : acks) {
            if (!used.contains(a.code() + " " + a.subject())) {
                shown.add(new Diagnostic(Severity.WARNING, Diagnostic.Codes.ACKNOWLEDGEMENT_UNUSED, a.code() + " " + a.subject(),
                        a.where(), "the acknowledged warning " + a.code() + " for \"" + a.subject() + "\" no longer "
                        + "occurs: remove it from " + ACKNOWLEDGED));
            }
        }
        return shown;
    }

    /** The rule set's acknowledgements; any problem with the file is added to {@code found} as an error. */
    static List<Acknowledgement> readAcknowledgements(Path folder, List<Diagnostic> found) {
        Path file = folder.resolve(ACKNOWLEDGED);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        byte[] bytes;
        JsonNode tree;
        try {
            bytes = Files.readAllBytes(file);
            tree = Json.yaml().readTree(bytes);
        } catch (JsonProcessingException e) {
            found.add(new Diagnostic(Severity.ERROR, Diagnostic.Codes.ACKNOWLEDGEMENTS_UNREADABLE, "",
                    RuleSetLoader.at(ACKNOWLEDGED, e), RuleSetLoader.plain(e, "")));
            return List.of();
        } catch (IOException e) {
            found.add(new Diagnostic(Severity.ERROR, Diagnostic.Codes.ACKNOWLEDGEMENTS_UNREADABLE, "", ACKNOWLEDGED,
                    "cannot read: " + e.getMessage()));
            return List.of();
        }
        List<Problem> problems = YamlSchemas.validate(YamlSchemas.ACKNOWLEDGED_WARNINGS, ACKNOWLEDGED, bytes, tree);
        if (!problems.isEmpty()) {
            problems.forEach(p -> found.add(new Diagnostic(Severity.ERROR, Diagnostic.Codes.ACKNOWLEDGEMENTS_UNREADABLE, "",
                    p.where(), p.message())));
            return List.of();
        }
        YamlPositions at = YamlPositions.of(ACKNOWLEDGED, bytes);
        List<Acknowledgement> acks = new ArrayList<>();
        JsonNode list = tree == null ? null : tree.path("acknowledged");
        for (int i = 0; list != null && i < list.size(); i++) {
            JsonNode a = list.get(i);
            acks.add(new Acknowledgement(a.path("code").asText(), a.path("subject").asText(),
                    a.path("reason").asText(), at.at("/acknowledged/" + i + "/code")));
        }
        return acks;
    }

    /**
     * Evaluates a submission with no evidence: the catalogue alone, which a rule that loops or inserts on the
     * catalogue's facts meets. A grading gap found here is the grading grid's to report.
     */
    private static List<Diagnostic> withoutEvidence(RuleSet ruleSet, Budget budget) {
        try {
            Evaluator.of(ruleSet).withBudget(budget).evaluate(new Submission(ruleSet.framework(), "rules check",
                    null, null, null, null, null, null, null));
            return List.of();
        } catch (RuleSetFaultException e) {
            return Diagnostic.faulted("evaluating a submission with no evidence", e);
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
