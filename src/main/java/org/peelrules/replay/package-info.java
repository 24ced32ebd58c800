/**
 * Replaying past inspections: a case is a folder with the evidence ({@code evidence.json}) and the published
 * outcome ({@code expected.json}); replaying evaluates the evidence and compares grade by grade and finding
 * by finding ({@link org.peelrules.replay.Replay}), sums up the agreement over a corpus
 * ({@link org.peelrules.replay.Agreement}) and reports it as text, JSON or JUnit XML. Replaying under two
 * rule sets shows what a rule change does to every past case ({@link org.peelrules.replay.ChangeImpact}).
 * Other projects' JUnit 5 tests replay their own corpus with {@link org.peelrules.replay.ReplayTests}.
 * docs/replay.md describes the corpus, every field of expected.json and what is scored.
 */
package org.peelrules.replay;
