package org.peelrules.rules;

import java.util.List;
import org.peelrules.judgment.Status;

/**
 * What a signal says, without its weight: the status it gives a characteristic, whether it is a test failing
 * at the systemic rate, and the evidence it rests on. Rule tests compare readings; the weights are tested
 * apart (EvidenceRulesTest, "weights").
 */
public record Reading(String characteristic, Status status, boolean atSystemicRate, String evidence) {
    public static Reading of(Signal signal) {
        return new Reading(signal.characteristic(), signal.status(), signal.atSystemicRate(), signal.evidence());
    }

    public static List<Reading> of(List<Signal> signals) {
        return signals.stream().map(Reading::of).toList();
    }
}
