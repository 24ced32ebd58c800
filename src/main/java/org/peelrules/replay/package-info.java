/**
 * Replaying past inspections: a case is a folder with the evidence ({@code evidence.json}) and the published
 * outcome ({@code expected.json}); replaying evaluates the evidence and compares grade by grade and finding
 * by finding.
 */
package org.peelrules.replay;
