/**
 * Internal, stage "rules": loads a rule set folder (manifest, standards, catalogue, rule files), refuses rule files
 * that step outside the rule language, has the engine compile them, checks the rules against the catalogue, and
 * stores the bundled rule set precompiled in the jar.
 */
package org.peelrules.internal.ruleset;
