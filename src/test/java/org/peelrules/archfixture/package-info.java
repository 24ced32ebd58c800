/**
 * A small, deliberately broken copy of the library's package layout: each class here breaks one rule of
 * {@code ArchitectureRules}, so that a test can show the rule catches it. Never used by the library or its tests
 * otherwise.
 */
package org.peelrules.archfixture;
