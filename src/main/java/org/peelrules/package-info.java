/**
 * What a Java user needs: load a {@link org.peelrules.RuleSet} (a folder or the bundled one), read a submission with
 * {@link org.peelrules.SubmissionReader}, evaluate it with an {@link org.peelrules.Evaluator} (or swap rule sets at
 * run time with {@link org.peelrules.RuleSetHolder}); and the errors, all {@link org.peelrules.errors.PeelRulesException}s
 * carrying every {@link org.peelrules.errors.Problem} found. What comes back is in {@link org.peelrules.judgment}; what goes
 * in is in {@link org.peelrules.evidence}.
 */
package org.peelrules;
