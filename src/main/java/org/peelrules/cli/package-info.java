/**
 * The {@code peel} command line: evaluate, explain, batch, replay, rules check and test. It uses only the public
 * packages (the API, judgment, evidence, report, replay, check, text), never the internals.
 */
package org.peelrules.cli;
