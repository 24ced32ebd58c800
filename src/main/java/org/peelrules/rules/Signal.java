package org.peelrules.rules;

import org.peelrules.evidence.CaseAudit;
import org.peelrules.evidence.EvidenceItem;
import org.peelrules.evidence.Metric;
import org.peelrules.evidence.Observation;
import org.peelrules.evidence.SurveyResult;
import org.peelrules.judgment.Status;

/**
 * What one piece of evidence says about one characteristic, and how much it weighs. Stage one's rules raise
 * signals; the characteristic's status is then decided by weighing all its signals (see {@link Balance}).
 *
 * @param weight         how much the evidence weighs, by its kind (standards.yaml, {@code weight-*}): an
 *                       inspector's passing remark weighs less than a measure across many cases
 * @param decisive       whether the evidence decides the characteristic is not met whatever else is found: a
 *                       failure at the systemic rate, an earlier cause of concern still outstanding
 * @param atSystemicRate whether the evidence is a test showing failures at the systemic rate in a sample large
 *                       enough to tell; such tests corroborate each other towards a systemic shortfall
 * @param standard       whether the evidence is a measure judged against a national standard
 * @param test           what the evidence says, apart from its id: the same figure or finding from the same
 *                       source is one test however many items give it, so copying evidence never corroborates it
 */
public record Signal(String characteristic, Status status, double weight, boolean decisive,
                     boolean atSystemicRate, boolean standard, String evidence, String test) {

    /** A signal on what one evidence item tested, or on the item itself. */
    public Signal(String characteristic, Status status, double weight, boolean decisive, boolean atSystemicRate,
                  boolean standard, String evidence) {
        this(characteristic, status, weight, decisive, atSystemicRate, standard, evidence, evidence);
    }

    /**
     * The weight of a signal whose rule names none: the unit weight, that of an inspector's finding
     * (standards.yaml, weight-observation). Rule files written before evidence was weighed raise signals
     * without a weight and keep working with it.
     */
    public static final double UNIT_WEIGHT = 1;

    /** A signal of the unit weight; one failing at the systemic rate is decisive, as it always was. */
    public Signal(String characteristic, Status status, boolean atSystemicRate, String evidence) {
        this(characteristic, status, UNIT_WEIGHT, atSystemicRate && status == Status.NOT_MET, atSystemicRate, false,
                evidence);
    }

    public static Signal exceeded(String characteristic, EvidenceItem item) {
        return exceeded(characteristic, item, UNIT_WEIGHT);
    }

    public static Signal met(String characteristic, EvidenceItem item) {
        return met(characteristic, item, UNIT_WEIGHT);
    }

    public static Signal mostlyMet(String characteristic, EvidenceItem item) {
        return mostlyMet(characteristic, item, UNIT_WEIGHT);
    }

    public static Signal partlyMet(String characteristic, EvidenceItem item) {
        return partlyMet(characteristic, item, UNIT_WEIGHT);
    }

    public static Signal notMet(String characteristic, EvidenceItem item) {
        return notMet(characteristic, item, UNIT_WEIGHT);
    }

    public static Signal systemicFailure(String characteristic, EvidenceItem item) {
        return systemicFailure(characteristic, item, UNIT_WEIGHT);
    }

    public static Signal exceeded(String characteristic, EvidenceItem item, double weight) {
        return new Signal(characteristic, Status.EXCEEDED, weight, false, false, false, item.id(), testOf(item));
    }

    public static Signal met(String characteristic, EvidenceItem item, double weight) {
        return new Signal(characteristic, Status.MET, weight, false, false, false, item.id(), testOf(item));
    }

    /** Demonstrated with a minor gap the evidence mentions in passing. */
    public static Signal mostlyMet(String characteristic, EvidenceItem item, double weight) {
        return new Signal(characteristic, Status.MOSTLY_MET, weight, false, false, false, item.id(), testOf(item));
    }

    public static Signal partlyMet(String characteristic, EvidenceItem item, double weight) {
        return new Signal(characteristic, Status.PARTLY_MET, weight, false, false, false, item.id(), testOf(item));
    }

    public static Signal notMet(String characteristic, EvidenceItem item, double weight) {
        return new Signal(characteristic, Status.NOT_MET, weight, false, false, false, item.id(), testOf(item));
    }

    /** Not met, decisively, whatever else is found (an earlier cause of concern still outstanding). */
    public static Signal decisivelyNotMet(String characteristic, EvidenceItem item, double weight) {
        return new Signal(characteristic, Status.NOT_MET, weight, true, false, false, item.id(), testOf(item));
    }

    /** Not met, with failures at the systemic rate: decisive, and a test towards a systemic shortfall. */
    public static Signal systemicFailure(String characteristic, EvidenceItem item, double weight) {
        return new Signal(characteristic, Status.NOT_MET, weight, true, true, false, item.id(), testOf(item));
    }

    /** A measure against a national standard: met, or missed by this status. */
    public static Signal againstStandard(String characteristic, EvidenceItem item, Status status, double weight) {
        return new Signal(characteristic, status, weight, false, false, true, item.id(), testOf(item));
    }

    /** A national standard missed with failures at the systemic rate: decisive, and systemic on its own. */
    public static Signal standardMissedAtSystemicRate(String characteristic, EvidenceItem item, double weight) {
        return new Signal(characteristic, Status.NOT_MET, weight, true, true, true, item.id(), testOf(item));
    }

    /**
     * A shortfall the source itself calls serious: decisive, and evidence of a systemic shortfall on its own, as a
     * failure at the systemic rate is.
     */
    public static Signal seriousShortfall(String characteristic, EvidenceItem item, Status status, double weight) {
        return new Signal(characteristic, status, weight, true, true, false, item.id(), testOf(item));
    }

    /**
     * What an item tested, told by what it says rather than by its id: the same figure from the same source is
     * one test however many items give it, while two audits of one measure by different hands are two.
     */
    static String testOf(EvidenceItem item) {
        if (item instanceof Metric m) {
            return "metric " + m.measure() + " " + m.value() + " " + m.bound() + " from " + m.source();
        } else if (item instanceof CaseAudit a) {
            return "case audit " + a.measure() + " " + a.failing() + " of " + a.sampled() + " " + a.failureRate()
                    + " " + a.bound() + " from " + a.source();
        } else if (item instanceof SurveyResult r) {
            return "survey " + r.measure() + " " + r.proportion() + " " + r.bound() + " from " + r.source();
        } else if (item instanceof Observation o) {
            return "observation " + o.characteristic() + " " + o.rating() + " " + o.text() + " from " + o.source();
        }
        return item.id();
    }

    /** Whether the signal shows the characteristic demonstrated, in full or in part. */
    public boolean positive() {
        return status == Status.EXCEEDED || status == Status.MET || status == Status.MOSTLY_MET;
    }
}
