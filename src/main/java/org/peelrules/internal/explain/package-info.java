/**
 * Internal, stage "findings" explained: each judgment's trace, built from which rule derived which fact as the
 * rules fired, and its "why not higher", found by asking the rule set's own grading policy through the engine.
 */
package org.peelrules.internal.explain;
