package org.peelrules.internal.run;

import java.util.Optional;
import java.util.Set;

/**
 * What a run of the rules recorded as they fired: which rule inserted each fact that survived to the end, and which
 * facts that firing matched. Facts are keyed by identity: records that are equal in value are still distinct
 * derivations.
 */
public interface Derivations {
    /**
     * The firing that inserted a fact.
     *
     * @param fact a fact the run ended with
     * @return the firing, or empty if no rule inserted it
     */
    Optional<Firing> of(Object fact);

    /**
     * Every rule that fired, whether or not what it inserted survived: what scenario coverage counts.
     *
     * @return the rules' names
     */
    Set<String> fired();
}
