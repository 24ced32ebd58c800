package org.peelrules.judgment;

import java.util.List;

/**
 * How the rules reached one area's judgment, captured while they ran: the rule that decided the outcome, the
 * descriptor it meets, the counts the grading policy read, the findings, the characteristic assessments and the
 * evidence beneath them, with the rule (id, file and line) behind every step. Everything is sorted, so a trace
 * never depends on the order of the input or of the engine's firings.
 *
 * @param outcome         the rule that decided the outcome, and the standards it compared with
 * @param descriptor      the rule that found the awarded grade's descriptor met; {@code null} unless graded
 * @param tally           the counts the grading policy read; {@code null} for an area it does not tally
 * @param talliedBy       the rule that made the tally; {@code null} with it
 * @param findings        the area's findings, each naming the characteristics it rests on
 * @param characteristics every characteristic assessment counted for the area, in framework order
 */
public record Trace(
        Decision outcome,
        Decision descriptor,
        AreaTally tally,
        RuleRef talliedBy,
        List<FindingStep> findings,
        List<CharacteristicStep> characteristics) {

    public Trace {
        findings = List.copyOf(findings);
        characteristics = List.copyOf(characteristics);
    }

    /** A rule that decided, and the standards it compared with (sorted by id). */
    public record Decision(RuleRef rule, List<StandardValue> standards) {
        public Decision {
            standards = List.copyOf(standards);
        }
    }

    /**
     * One finding and what it rests on.
     *
     * @param kind            {@code cause-of-concern}, {@code area-for-improvement},
     *                        {@code national-recommendation-not-met} or {@code innovative-practice}
     * @param subject         the topic (cause of concern) or characteristic the finding is about
     * @param title           how a report names it
     * @param rule            the rule that raised it
     * @param characteristics the characteristics it concerns; their assessments are in the trace's list
     * @param systemic        for a cause of concern, each systemic shortfall under it
     * @param evidence        evidence the finding's own rule read: an earlier inspection's item, a practice
     */
    public record FindingStep(
            String kind,
            String subject,
            String title,
            RuleRef rule,
            List<String> characteristics,
            List<SystemicStep> systemic,
            List<EvidenceStep> evidence) {
        public FindingStep {
            characteristics = List.copyOf(characteristics);
            systemic = List.copyOf(systemic);
            evidence = List.copyOf(evidence);
        }
    }

    /** A characteristic failing systemically: the ground of a cause of concern. */
    public record SystemicStep(String characteristic, RuleRef rule, List<EvidenceStep> evidence) {
        public SystemicStep {
            evidence = List.copyOf(evidence);
        }
    }

    /** A characteristic's status, the rule that decided it, and each piece of evidence it was decided from. */
    public record CharacteristicStep(
            String characteristic,
            String area,
            String text,
            Status status,
            RuleRef rule,
            List<EvidenceStep> evidence) {
        public CharacteristicStep {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * One evidence item as a rule read it.
     *
     * @param kind     {@code metric}, {@code case-audit}, {@code survey}, {@code observation}, {@code prior-item}
     *                 or {@code practice}
     * @param source   where the item comes from (report section, page or data return)
     * @param summary  the item's figures and words
     * @param signal   what the rule took it to say about the characteristic; {@code null} when the rule read it
     *                 for a finding directly (an earlier inspection's item, a practice)
     * @param systemic whether the rule found failures at the systemic rate in it
     * @param rule     the rule that read it
     */
    public record EvidenceStep(
            String id,
            String kind,
            String source,
            String summary,
            Status signal,
            boolean systemic,
            RuleRef rule) {
    }
}
