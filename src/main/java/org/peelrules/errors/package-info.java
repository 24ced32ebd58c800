/**
 * What the library throws when it cannot use an input, each carrying every {@link org.peelrules.errors.Problem}
 * found: {@link org.peelrules.errors.RuleSetException} for a rule set (or its scenarios) that cannot be used,
 * {@link org.peelrules.errors.InvalidSubmissionException} for a submission that does not read or is not valid, and
 * {@link org.peelrules.errors.RuleSetFaultException} for a rule set that misbehaved while it evaluated. All are
 * {@link org.peelrules.errors.PeelRulesException}s.
 */
package org.peelrules.errors;
