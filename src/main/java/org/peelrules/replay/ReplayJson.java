package org.peelrules.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.peelrules.Evaluator;
import org.peelrules.RuleSet;
import org.peelrules.internal.json.Json;

/**
 * Replay results as JSON: every case and area with its published and derived outcome and its findings'
 * verdicts, then the agreement summary. Grades and outcomes are written in kebab case, as in expected.json.
 */
public final class ReplayJson {
    private ReplayJson() {
    }

    public static String render(List<CaseResult> results) {
        return render(results, null);
    }

    /**
     * The same, opening with {@code producedBy}: the rule set's name, version and hash and the library's version,
     * as an assessment's JSON has them.
     */
    public static String render(List<CaseResult> results, RuleSet ruleSet) {
        ObjectNode root = Json.json().createObjectNode();
        if (ruleSet != null) {
            producedBy(root.putObject("producedBy"), ruleSet);
        }
        ArrayNode cases = root.putArray("cases");
        for (CaseResult c : results) {
            ObjectNode node = cases.addObject().put("name", c.name()).put("agrees", c.agrees());
            if (c.error() != null) {
                node.put("error", c.error());
            } else {
                agreement(node.putObject("agreement"), Agreement.of(List.of(c)));
            }
            ArrayNode areas = node.putArray("areas");
            for (AreaResult a : c.areas()) {
                ObjectNode area = areas.addObject().put("area", a.area());
                outcome(area.putObject("published"), a.expectedOutcome(), a.expectedGrade());
                ObjectNode derived = area.putObject("derived");
                outcome(derived, a.derivedOutcome(), a.derivedGrade());
                if (a.derivedProvisionalGrade() != null) {
                    derived.put("provisionalGrade", Json.kebab(a.derivedProvisionalGrade()));
                }
                area.put("gradeAgrees", a.gradeAgrees()).put("agrees", a.agrees());
                if (a.gradeAgreesProvisionally()) {
                    area.put("gradeAgreesProvisionally", true);
                }
                if (a.partial()) {
                    area.put("partial", true);
                }
                ArrayNode findings = area.putArray("findings");
                a.findings().forEach(f -> {
                    ObjectNode finding = findings.addObject().put("kind", f.kind()).put("key", f.key())
                            .put("verdict", f.verdict().name().toLowerCase(Locale.ROOT));
                    if (f.note() != null) {
                        finding.put("note", f.note());
                    }
                });
                ArrayNode errors = area.putArray("errors");
                a.errors().forEach(errors::add);
            }
        }
        summary(root.putObject("summary"), Agreement.of(results));
        return write(root);
    }

    /** A change impact, with which rule sets it compares: {@code producedBy.baseline} and {@code producedBy.changed}. */
    public static String changeImpact(ChangeImpact impact, RuleSet before, RuleSet after) throws JsonProcessingException {
        ObjectNode tree = Json.json().valueToTree(impact);
        ObjectNode producedBy = Json.json().createObjectNode();
        producedBy(producedBy.putObject("baseline"), before);
        producedBy(producedBy.putObject("changed"), after);
        tree.set("producedBy", producedBy);
        return Json.json().writeValueAsString(tree) + "\n";
    }

    /** The rule set and library, with the same field names as an assessment's {@code producedBy}. */
    public static ObjectNode producedBy(ObjectNode node, RuleSet ruleSet) {
        return node.put("ruleSet", ruleSet.name()).put("ruleSetVersion", ruleSet.version())
                .put("ruleSetHash", ruleSet.hash()).put("library", "peel-rules")
                .put("libraryVersion", Evaluator.libraryVersion());
    }

    static void summary(ObjectNode node, Agreement a) {
        node.put("cases", a.cases()).put("failedCases", a.failedCases()).put("areas", a.areas())
                .put("gradesAgreeing", a.gradesAgreeing()).put("areasAgreeing", a.areasAgreeing())
                .put("gradesAsserted", a.gradesAsserted())
                .put("gradesAgreeingProvisionally", a.gradesAgreeingProvisionally());
        ObjectNode confusion = node.putObject("confusion");
        ArrayNode labels = confusion.putArray("labels");
        Agreement.LABELS.forEach(labels::add);
        ArrayNode rows = confusion.putArray("publishedByDerived");
        a.confusion().forEach(row -> {
            ArrayNode r = rows.addArray();
            row.forEach(r::add);
        });
        counts(node.putObject("findings"), a.findings());
        counts(node.putObject("areasForImprovement"), a.areasForImprovement());
    }

    /** One case's own agreement: its grades and its findings' precision and recall. */
    private static void agreement(ObjectNode node, Agreement a) {
        node.put("gradesAsserted", a.gradesAsserted()).put("gradesAgreeing", a.gradesAgreeing())
                .put("gradesAgreeingProvisionally", a.gradesAgreeingProvisionally())
                .put("areas", a.areas()).put("areasAgreeing", a.areasAgreeing());
        counts(node.putObject("findings"), a.findings());
        counts(node.putObject("areasForImprovement"), a.areasForImprovement());
    }

    private static void counts(ObjectNode node, Agreement.FindingCounts f) {
        node.put("matched", f.matched()).put("missing", f.missing()).put("extra", f.extra())
                .put("precision", f.precision()).put("recall", f.recall());
    }

    static void outcome(ObjectNode node, org.peelrules.judgment.Outcome outcome, org.peelrules.judgment.Grade grade) {
        if (outcome != null) {
            node.put("outcome", Json.kebab(outcome));
        }
        if (grade != null) {
            node.put("grade", Json.kebab(grade));
        }
    }

    static String write(Object tree) {
        try {
            return Json.json().writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a replay report always serialises", e);
        }
    }
}
