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
 * @param findings        the area's findings, each naming the characteristics it rests on: causes of concern,
 *                        areas for improvement, national recommendations not complied with, innovative practice
 *                        and other shortfalls noted, in that order, each kind by subject
 * @param characteristics every characteristic assessment counted for the area (its own, and those of the victim
 *                        service assessment that feed it), in framework order
 */
public record Trace(
        Decision outcome,
        Decision descriptor,
        AreaTally tally,
        RuleRef talliedBy,
        List<FindingStep> findings,
        List<CharacteristicStep> characteristics) {

    /**
     * Copies the lists, so that the trace cannot change after it is made.
     *
     * @param outcome         the rule that decided the outcome, and the standards it compared with
     * @param descriptor      the rule that found the awarded grade's descriptor met, or {@code null}
     * @param tally           the counts the grading policy read, or {@code null}
     * @param talliedBy       the rule that made the tally, or {@code null}
     * @param findings        the area's findings, already sorted
     * @param characteristics every characteristic assessment counted for the area, already sorted
     */
    public Trace {
        findings = List.copyOf(findings);
        characteristics = List.copyOf(characteristics);
    }

    /**
     * A rule that decided, and the standards it compared with.
     *
     * @param rule      the rule that decided
     * @param standards the standards its conditions read, as the rule set states them, sorted by id
     */
    public record Decision(RuleRef rule, List<StandardValue> standards) {
        /**
         * Copies the standards, so that the decision cannot change after it is made.
         *
         * @param rule      the rule that decided
         * @param standards the standards its conditions read, already sorted by id
         */
        public Decision {
            standards = List.copyOf(standards);
        }
    }

    /**
     * One finding and what it rests on.
     *
     * @param kind            {@code cause-of-concern}, {@code area-for-improvement},
     *                        {@code national-recommendation-not-met}, {@code innovative-practice} or
     *                        {@code shortfall-noted}
     * @param subject         the topic (cause of concern) or characteristic the finding is about
     * @param title           how a report names it: a cause of concern's or practice's title, otherwise its text
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
        /**
         * Copies the lists, so that the step cannot change after it is made.
         *
         * @param kind            what kind of finding it is, in kebab case
         * @param subject         the topic or characteristic the finding is about
         * @param title           how a report names it
         * @param rule            the rule that raised it, or {@code null} when no rule can be named
         * @param characteristics the characteristics it concerns
         * @param systemic        for a cause of concern, each systemic shortfall under it; otherwise empty
         * @param evidence        evidence the finding's own rule read
         */
        public FindingStep {
            characteristics = List.copyOf(characteristics);
            systemic = List.copyOf(systemic);
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * A characteristic failing systemically: the ground of a cause of concern.
     *
     * @param characteristic the id of the characteristic failing
     * @param rule           the rule that found the shortfall systemic
     * @param evidence       what it rests on: the signals at the systemic rate it counted, or, for an item with
     *                       none (such as an earlier cause of concern), the item as its rule read it; by id, then rule
     */
    public record SystemicStep(String characteristic, RuleRef rule, List<EvidenceStep> evidence) {
        /**
         * Copies the evidence, so that the step cannot change after it is made.
         *
         * @param characteristic the id of the characteristic failing
         * @param rule           the rule that found the shortfall systemic
         * @param evidence       the evidence behind it, already sorted
         */
        public SystemicStep {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * A characteristic's status, the rule that decided it, and each piece of evidence it was decided from.
     *
     * @param characteristic the id of the characteristic
     * @param area           the id of the characteristic's own area, which may differ from the traced area's
     * @param text           the characteristic's wording in the framework
     * @param status         the status the rule gave it
     * @param rule           the rule that decided the status
     * @param evidence       each piece of evidence as a rule read it, by id, then rule
     */
    public record CharacteristicStep(
            String characteristic,
            String area,
            String text,
            Status status,
            RuleRef rule,
            List<EvidenceStep> evidence) {
        /**
         * Copies the evidence, so that the step cannot change after it is made.
         *
         * @param characteristic the id of the characteristic
         * @param area           the id of the characteristic's own area
         * @param text           the characteristic's wording in the framework
         * @param status         the status the rule gave it
         * @param rule           the rule that decided the status
         * @param evidence       each piece of evidence as a rule read it, already sorted
         */
        public CharacteristicStep {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * One evidence item as a rule read it.
     *
     * @param id       the item's id in the submission
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
