/**
 * The {@code peel} command line: a thin shell over the library that reads files, runs the library and writes
 * what it returns, mapping errors to exit codes.
 */
package org.peelrules.cli;
