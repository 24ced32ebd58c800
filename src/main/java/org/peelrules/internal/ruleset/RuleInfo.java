package org.peelrules.internal.ruleset;

import java.io.Serializable;
import java.util.List;

/** Where a rule is and what it covers: its stable id, its plain-English name, its file and line. */
public record RuleInfo(String id, String name, String file, int line, List<String> characteristics) implements Serializable {

    /** {@code file:line}, for people reading a trace. */
    public String location() {
        return file + ":" + line;
    }
}
