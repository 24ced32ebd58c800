package org.peelrules.judgment;

/**
 * The rule behind one step of a trace: its stable id, its plain-English name, and where it is written.
 *
 * @param id   the rule's stable id, e.g. {@code GP-12}, which never changes once published
 * @param name the rule's name: the sentence in quotes in the rule file saying what it decides
 * @param file the rule file, relative to the rule set folder
 * @param line the line of the rule's header
 */
public record RuleRef(String id, String name, String file, int line) {

    /**
     * Where the rule is written, for people reading a trace.
     *
     * @return {@code file:line}, e.g. {@code grading-policy.drl:65}
     */
    public String location() {
        return file + ":" + line;
    }
}
