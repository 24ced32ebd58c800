package org.peelrules.rules;

import java.util.Collection;
import org.peelrules.Status;

/** Questions the assessment rules ask of the signals gathered on one characteristic. */
public final class Signals {
    private Signals() {
    }

    /** Whether any of the signals has this status. */
    public static boolean anyAre(Collection<?> signals, Status status) {
        for (Object s : signals) {
            if (s instanceof Signal signal && signal.status() == status) {
                return true;
            }
        }
        return false;
    }

    /** Whether there are signals and every one has this status. */
    public static boolean allAre(Collection<?> signals, Status status) {
        for (Object s : signals) {
            if (!(s instanceof Signal signal) || signal.status() != status) {
                return false;
            }
        }
        return !signals.isEmpty();
    }
}
