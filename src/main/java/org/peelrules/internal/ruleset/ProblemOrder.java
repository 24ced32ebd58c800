package org.peelrules.internal.ruleset;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peelrules.errors.Problem;

/** The order a rule set's problems are listed in: by file, then line and column as numbers, then message. */
public final class ProblemOrder {
    private static final Pattern WHERE = Pattern.compile("^(.*?)(?::(\\d+))?(?::(\\d+))?$");
    /** Orders problems by file, then line and column as numbers, then message. */
    public static final Comparator<Problem> BY_LOCATION = Comparator
            .comparing((Problem p) -> fileOf(p.where()))
            .thenComparingInt(p -> number(p.where(), 2))
            .thenComparingInt(p -> number(p.where(), 3))
            .thenComparing(Problem::message);

    private ProblemOrder() {
    }

    private static String fileOf(String where) {
        Matcher m = WHERE.matcher(where);
        return m.matches() ? m.group(1) : where;
    }

    private static int number(String where, int group) {
        Matcher m = WHERE.matcher(where);
        return m.matches() && m.group(group) != null ? Integer.parseInt(m.group(group)) : 0;
    }
}
