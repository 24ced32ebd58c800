package org.peelrules.archfixture.rules;

/** A fact the rule files would import. */
public record Fact(String id) {
}
