/**
 * The library's entry points: load a rule set ({@link org.peelrules.RuleSet}), read a submission
 * ({@link org.peelrules.SubmissionReader}) and evaluate it ({@link org.peelrules.Evaluator}) into an
 * {@link org.peelrules.Assessment}; errors are {@link org.peelrules.PeelRulesException}s listing every
 * {@link org.peelrules.Problem} at once.
 */
package org.peelrules;
