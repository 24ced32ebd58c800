package org.peelrules.archfixture.judgment;

import org.peelrules.archfixture.rules.Fact;

/** A result record that depends on a rule fact, one layer up: breaks "dependencies run one way". */
public record Verdict(Fact fact) {
}
