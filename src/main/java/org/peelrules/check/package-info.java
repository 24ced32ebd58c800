/**
 * Checking a rule set before it is used: {@code peel rules check} (problems and lint notes, each with file and
 * line) and the scenarios a rule set folder carries ({@code peel test}): small submissions with the outcome they
 * must get.
 */
package org.peelrules.check;
