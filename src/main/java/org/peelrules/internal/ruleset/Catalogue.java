package org.peelrules.internal.ruleset;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;
import org.peelrules.rules.Standard;
import org.peelrules.rules.Topic;

/** The data half of a rule set: areas, topics, characteristics, the measure register and the standards. */
public record Catalogue(List<Area> areas, List<Topic> topics, List<Characteristic> characteristics,
                 List<Measure> measures, List<Standard> standards) implements Serializable {

    /** Orders framework ids such as 4.2.1 and 4.10.1 by their numbers. */
    public static final Comparator<String> BY_NUMBERING = Catalogue::compareNumbering;

    public Catalogue {
        areas = areas.stream().sorted(Comparator.comparingInt(Area::number)).toList();
        topics = topics.stream().sorted(Comparator.comparing(Topic::id, BY_NUMBERING)).toList();
        characteristics = characteristics.stream()
                .sorted(Comparator.comparing(Characteristic::id, BY_NUMBERING)).toList();
        measures = measures.stream().sorted(Comparator.comparing(Measure::id)).toList();
        standards = standards.stream().sorted(Comparator.comparing(Standard::id)).toList();
    }

    /** Every catalogue entry, as facts for a session. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>(areas);
        facts.addAll(topics);
        facts.addAll(characteristics);
        facts.addAll(measures);
        facts.addAll(standards);
        return facts;
    }

    Map<String, Area> areasById() {
        return index(areas, Area::id);
    }

    public Map<String, Characteristic> characteristicsById() {
        return index(characteristics, Characteristic::id);
    }

    public Map<String, Measure> measuresById() {
        return index(measures, Measure::id);
    }

    Optional<Standard> standard(String id) {
        return standards.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> a));
    }

    static int compareNumbering(String a, String b) {
        if (a.endsWith(".") || b.endsWith(".")) {
            return compareSplit(a, b);
        }
        // Segment by segment without splitting: sorting findings is on every evaluation's path.
        int i = 0;
        int j = 0;
        while (true) {
            int ai = end(a, i);
            int bj = end(b, j);
            int c = compareSegment(a, i, ai, b, j, bj);
            if (c != 0) {
                return c;
            }
            boolean aMore = ai < a.length();
            boolean bMore = bj < b.length();
            if (!aMore || !bMore) {
                return Boolean.compare(aMore, bMore);
            }
            i = ai + 1;
            j = bj + 1;
        }
    }

    private static int end(String s, int from) {
        int dot = s.indexOf('.', from);
        return dot < 0 ? s.length() : dot;
    }

    /** Whole numbers compare as numbers, anything else as text. */
    private static int compareSegment(String a, int as, int ae, String b, int bs, int be) {
        if (digits(a, as, ae) && digits(b, bs, be)) {
            return Integer.compare(Integer.parseInt(a, as, ae, 10), Integer.parseInt(b, bs, be, 10));
        }
        return compareSegment(a.substring(as, ae), b.substring(bs, be));
    }

    private static boolean digits(String s, int from, int to) {
        if (to - from < 1 || to - from > 9) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The plain statement of the order: split at dots, compare segment by segment, then the number of segments. */
    static int compareSplit(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegment(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareSegment(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
