package org.peelrules.internal.json;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean" for an unknown name: the closest known one by edit distance, if close enough. */
public final class Suggest {
    private static final List<String> NEGATIONS = List.of("un", "non", "non-", "not", "not-", "in", "dis", "no-");

    private Suggest() {
    }

    public static String from(String given, Collection<String> known) {
        if (given == null) {
            return "";
        }
        return known.stream()
                .filter(k -> !negationOf(given, k) && !negationOf(k, given))
                .min(Comparator.comparingInt((String k) -> distance(given, k)).thenComparing(k -> k))
                .filter(k -> distance(given, k) <= Math.max(2, given.length() / 3))
                .map(k -> " (did you mean \"" + k + "\"?)")
                .orElse("");
    }

    /**
     * Whether {@code a} is {@code b} with a negating prefix ("unresolved" and "resolved"): the nearest name by
     * spelling would then mean the opposite, a suggestion worse than none.
     */
    private static boolean negationOf(String a, String b) {
        for (String prefix : NEGATIONS) {
            if (a.equals(prefix + b)) {
                return true;
            }
        }
        return false;
    }

    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
