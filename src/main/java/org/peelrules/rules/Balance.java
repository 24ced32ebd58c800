package org.peelrules.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.peelrules.judgment.Status;

/**
 * The weighed evidence on one characteristic, which the assessment rules read to decide its status.
 *
 * <p>Only the heaviest evidence on each side counts, not how many pieces there are: a finding written as one
 * observation or as three weighs the same, so a status follows from what the force did, not from how finely
 * the evidence was written down.
 *
 * @param heaviestFor     the weight of the heaviest evidence that the characteristic is demonstrated, 0 if none
 * @param heaviestAgainst the weight of the heaviest evidence of a shortfall, 0 if none
 * @param decisive        whether any evidence decides it is not met whatever else is found
 * @param notMetAtHeaviest whether the heaviest evidence of a shortfall includes a finding that it is not met
 * @param anyNotMet       whether any evidence of a shortfall finds it not met
 * @param best            the best status the evidence of success shows (exceeded, met or mostly met), or null
 */
public record Balance(String characteristic, double heaviestFor, double heaviestAgainst, boolean decisive,
                      boolean notMetAtHeaviest, boolean anyNotMet, Status best, List<Signal> signals) {

    public static Balance of(String characteristic, Collection<Signal> signals) {
        double heaviestFor = 0;
        double heaviestAgainst = 0;
        boolean decisive = false;
        boolean anyNotMet = false;
        Status best = null;
        for (Signal s : signals) {
            decisive |= s.decisive();
            if (s.positive()) {
                heaviestFor = Math.max(heaviestFor, s.weight());
                best = best == null || s.status().ordinal() < best.ordinal() ? s.status() : best;
            } else {
                heaviestAgainst = Math.max(heaviestAgainst, s.weight());
                anyNotMet |= s.status() == Status.NOT_MET;
            }
        }
        boolean notMetAtHeaviest = false;
        for (Signal s : signals) {
            notMetAtHeaviest |= !s.positive() && s.status() == Status.NOT_MET && s.weight() == heaviestAgainst;
        }
        return new Balance(characteristic, heaviestFor, heaviestAgainst, decisive, notMetAtHeaviest, anyNotMet,
                best, List.copyOf(new ArrayList<>(signals)));
    }

    /** Whether there is evidence that the characteristic is demonstrated. */
    public boolean anyFor() {
        return heaviestFor > 0;
    }

    /** Whether there is evidence of a shortfall. */
    public boolean anyAgainst() {
        return heaviestAgainst > 0;
    }
}
