/**
 * Internal, stage "read": checks a submission against the schema and against the rule set's catalogue, reporting
 * every problem with its JSON pointer, and remembers the submissions already found sound.
 */
package org.peelrules.internal.read;
