package org.peelrules.judgment;

/**
 * The rule behind one step of a trace: its stable id, its plain-English name, and where it is written.
 *
 * @param file the rule file, relative to the rule set folder
 * @param line the line of the rule's header
 */
public record RuleRef(String id, String name, String file, int line) {

    /** {@code file:line}, for people reading a trace. */
    public String location() {
        return file + ":" + line;
    }
}
