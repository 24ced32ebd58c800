package org.peelrules.errors;

import java.util.ArrayList;
import java.util.List;
import org.peelrules.text.Printable;

/**
 * One thing wrong with an input: where (a JSON pointer such as {@code /metrics/3/value}, or a rule file
 * location such as {@code areas/investigating-crime.drl:12:5}) and what, in plain words.
 */
public record Problem(String where, String message) implements Comparable<Problem> {
    /**
     * At most this many problems are listed in an exception's message or by the command line; the rest are
     * counted. A file with ten thousand bad items would otherwise bury the first mistake, which is the one to
     * fix first. {@link PeelRulesException#problems()} still gives every one.
     */
    public static final int LISTED = 100;

    /**
     * The problems as lines for people to read: each as {@code where: message} (a problem with the whole document
     * as its message alone), the first {@link #LISTED} of them, then a line counting the rest; every line
     * {@link Printable}.
     *
     * @param problems the problems, in the order to list them
     * @return the lines, each made printable: at most {@link #LISTED} problems and one more line counting the rest
     */
    public static List<String> listing(List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        for (Problem p : problems.subList(0, Math.min(LISTED, problems.size()))) {
            lines.add(Printable.of(p.where().isEmpty() ? p.message() : p.toString()));
        }
        int rest = problems.size() - LISTED;
        if (rest > 0) {
            lines.add("... and " + rest + " more problem" + (rest == 1 ? "" : "s") + " (the first " + LISTED
                    + " are listed)");
        }
        return lines;
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = where.compareTo(o.where);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
