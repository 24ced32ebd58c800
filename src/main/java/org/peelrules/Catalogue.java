package org.peelrules;

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
record Catalogue(List<Area> areas, List<Topic> topics, List<Characteristic> characteristics,
                 List<Measure> measures, List<Standard> standards) {

    /** Orders framework ids such as 4.2.1 and 4.10.1 by their numbers. */
    static final Comparator<String> BY_NUMBERING = Catalogue::compareNumbering;

    Catalogue {
        areas = areas.stream().sorted(Comparator.comparingInt(Area::number)).toList();
        topics = topics.stream().sorted(Comparator.comparing(Topic::id, BY_NUMBERING)).toList();
        characteristics = characteristics.stream()
                .sorted(Comparator.comparing(Characteristic::id, BY_NUMBERING)).toList();
        measures = measures.stream().sorted(Comparator.comparing(Measure::id)).toList();
        standards = standards.stream().sorted(Comparator.comparing(Standard::id)).toList();
    }

    /** Every catalogue entry, as facts for a session. */
    List<Object> facts() {
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

    Map<String, Characteristic> characteristicsById() {
        return index(characteristics, Characteristic::id);
    }

    Map<String, Measure> measuresById() {
        return index(measures, Measure::id);
    }

    Optional<Standard> standard(String id) {
        return standards.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> a));
    }

    private static int compareNumbering(String a, String b) {
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
