package org.peelrules;

/**
 * One thing wrong with an input: where (a JSON pointer such as {@code /metrics/3/value}, or a rule file
 * location such as {@code areas/investigating-crime.drl:12:5}) and what, in plain words.
 */
public record Problem(String where, String message) implements Comparable<Problem> {

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
