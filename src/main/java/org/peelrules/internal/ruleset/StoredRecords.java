package org.peelrules.internal.ruleset;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.peelrules.judgment.Grade;
import org.peelrules.judgment.Outcome;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;
import org.peelrules.rules.Standard;
import org.peelrules.rules.Topic;

/**
 * How the precompiled rule set stores the catalogue's records. Java serialization builds each record type's
 * instances through method handles it makes afresh in every JVM, about a twentieth of a second of a cold start
 * for these few types; stored as a plain object holding the components, a record is read the ordinary way and
 * made with its own constructor. The engine's stream swaps the records in and out through {@link #stored} and
 * {@link #record}, so the records themselves know nothing of it.
 */
final class StoredRecords {
    /** Everything a loaded rule set holds but its rule base, which is stored as its compiled packages. */
    record Parts(String name, String framework, String title, String version, String hash, Catalogue catalogue,
                 Map<String, RuleInfo> rules, Wording wording) implements Serializable {
    }

    private StoredRecords() {
    }

    /** A record in its stored form: a plain object holding its components, which makes the record again. */
    private interface Stored extends Serializable {
        Object record();
    }

    private static final class StoredArea implements Stored {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final int number;
        private final String title;
        private final String shortName;
        private final Area.Kind kind;

        private StoredArea(Area a) {
            id = a.id();
            number = a.number();
            title = a.title();
            shortName = a.shortName();
            kind = a.kind();
        }

        @Override
        public Object record() {
            return new Area(id, number, title, shortName, kind);
        }
    }

    private static final class StoredTopic implements Stored {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String area;
        private final String title;

        private StoredTopic(Topic t) {
            id = t.id();
            area = t.area();
            title = t.title();
        }

        @Override
        public Object record() {
            return new Topic(id, area, title);
        }
    }

    private static final class StoredCharacteristic implements Stored {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String area;
        private final String topic;
        private final String text;
        private final String source;
        private final String improvement;
        private final String recommendation;
        private final String feeds;

        private StoredCharacteristic(Characteristic c) {
            id = c.id();
            area = c.area();
            topic = c.topic();
            text = c.text();
            source = c.source();
            improvement = c.improvement();
            recommendation = c.recommendation();
            feeds = c.feeds();
        }

        @Override
        public Object record() {
            return new Characteristic(id, area, topic, text, source, improvement, recommendation, feeds);
        }
    }

    private static final class StoredMeasure implements Stored {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String characteristic;
        private final Measure.Kind kind;
        private final String unit;
        private final String description;

        private StoredMeasure(Measure m) {
            id = m.id();
            characteristic = m.characteristic();
            kind = m.kind();
            unit = m.unit();
            description = m.description();
        }

        @Override
        public Object record() {
            return new Measure(id, characteristic, kind, unit, description);
        }
    }

    private static final class StoredStandard implements Stored {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final double value;
        private final String unit;
        private final String source;
        private final String note;

        private StoredStandard(Standard s) {
            id = s.id();
            value = s.value();
            unit = s.unit();
            source = s.source();
            note = s.note();
        }

        @Override
        public Object record() {
            return new Standard(id, value, unit, source, note);
        }
    }

    private static final class StoredRuleInfo implements Stored {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String name;
        private final String file;
        private final int line;
        private final List<String> characteristics;

        private StoredRuleInfo(RuleInfo r) {
            id = r.id();
            name = r.name();
            file = r.file();
            line = r.line();
            characteristics = r.characteristics();
        }

        @Override
        public Object record() {
            return new RuleInfo(id, name, file, line, characteristics);
        }
    }

    private static final class StoredCatalogue implements Stored {
        private static final long serialVersionUID = 1L;
        private final List<Area> areas;
        private final List<Topic> topics;
        private final List<Characteristic> characteristics;
        private final List<Measure> measures;
        private final List<Standard> standards;

        private StoredCatalogue(Catalogue c) {
            areas = c.areas();
            topics = c.topics();
            characteristics = c.characteristics();
            measures = c.measures();
            standards = c.standards();
        }

        @Override
        public Object record() {
            return new Catalogue(areas, topics, characteristics, measures, standards);
        }
    }

    private static final class StoredParts implements Stored {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String framework;
        private final String title;
        private final String version;
        private final String hash;
        private final Catalogue catalogue;
        private final Map<String, RuleInfo> rules;
        private final Wording wording;

        private StoredParts(Parts p) {
            name = p.name();
            framework = p.framework();
            title = p.title();
            version = p.version();
            hash = p.hash();
            catalogue = p.catalogue();
            rules = p.rules();
            wording = p.wording();
        }

        @Override
        public Object record() {
            return new Parts(name, framework, title, version, hash, catalogue, rules, wording);
        }
    }

    private static final class StoredWording implements Stored {
        private static final long serialVersionUID = 1L;
        private final List<String> stages;
        private final Map<Grade, String> grades;
        private final Map<Outcome, String> outcomes;

        private StoredWording(Wording w) {
            stages = w.stages();
            grades = w.grades();
            outcomes = w.outcomes();
        }

        @Override
        public Object record() {
            return new Wording(stages, grades, outcomes);
        }
    }

    /** The stored form of every record a precompiled rule set holds; any other record is a mistake. */
    static Object stored(Object o) {
        if (o instanceof Area a) {
            return new StoredArea(a);
        } else if (o instanceof Topic t) {
            return new StoredTopic(t);
        } else if (o instanceof Characteristic c) {
            return new StoredCharacteristic(c);
        } else if (o instanceof Measure m) {
            return new StoredMeasure(m);
        } else if (o instanceof Standard s) {
            return new StoredStandard(s);
        } else if (o instanceof RuleInfo r) {
            return new StoredRuleInfo(r);
        } else if (o instanceof Catalogue c) {
            return new StoredCatalogue(c);
        } else if (o instanceof Wording w) {
            return new StoredWording(w);
        } else if (o instanceof Parts p) {
            return new StoredParts(p);
        } else if (o instanceof Record) {
            throw new IllegalArgumentException("no stored form for " + o.getClass().getName());
        }
        return o;
    }

    /** What a stored form stands for; anything else stands for itself. */
    static Object record(Object o) {
        return o instanceof Stored s ? s.record() : o;
    }
}
