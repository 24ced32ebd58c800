package org.peelrules.cli;

/** A mistake on the command line or in a file named on it: reported in one line, exit code 1. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
