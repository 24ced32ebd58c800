package org.peelrules.internal.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.peelrules.rules.Area;
import org.peelrules.rules.Characteristic;
import org.peelrules.rules.Measure;
import org.peelrules.rules.Standard;
import org.peelrules.rules.Topic;

/**
 * How the precompiled rule set stores the catalogue's records. Java serialization builds each record type's
 * instances through method handles it makes afresh in every JVM, about a twentieth of a second of a cold start
 * for these few types; stored as a plain object holding the components, a record is read the ordinary way and
 * made with its own constructor. The streams swap the records in and out, so the records themselves know
 * nothing of it.
 */
final class StoredRecords {
    private StoredRecords() {
    }

    /** A record's type and its components, in the order of its canonical constructor. */
    private static final class Stored implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Class<?> type;
        private final Object[] components;

        private Stored(Record record) {
            this.type = record.getClass();
            RecordComponent[] parts = type.getRecordComponents();
            this.components = new Object[parts.length];
            try {
                for (int i = 0; i < parts.length; i++) {
                    components[i] = parts[i].getAccessor().invoke(record);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot store " + type.getName(), e);
            }
        }

        @SuppressWarnings("unchecked")
        private Object record() {
            Object[] c = components;
            if (type == Area.class) {
                return new Area((String) c[0], (int) c[1], (String) c[2], (String) c[3], (Area.Kind) c[4]);
            } else if (type == Topic.class) {
                return new Topic((String) c[0], (String) c[1], (String) c[2]);
            } else if (type == Characteristic.class) {
                return new Characteristic((String) c[0], (String) c[1], (String) c[2], (String) c[3],
                        (String) c[4], (String) c[5], (String) c[6], (String) c[7]);
            } else if (type == Measure.class) {
                return new Measure((String) c[0], (String) c[1], (Measure.Kind) c[2], (String) c[3], (String) c[4]);
            } else if (type == Standard.class) {
                return new Standard((String) c[0], (double) c[1], (String) c[2], (String) c[3], (String) c[4]);
            } else if (type == RuleInfo.class) {
                return new RuleInfo((String) c[0], (String) c[1], (String) c[2], (int) c[3], (List<String>) c[4]);
            } else if (type == Catalogue.class) {
                return new Catalogue((List<Area>) c[0], (List<Topic>) c[1], (List<Characteristic>) c[2],
                        (List<Measure>) c[3], (List<Standard>) c[4]);
            } else if (type == PrecompiledRules.Parts.class) {
                return new PrecompiledRules.Parts((String) c[0], (String) c[1], (String) c[2], (String) c[3],
                        (String) c[4], (Catalogue) c[5], (Map<String, RuleInfo>) c[6]);
            }
            throw new IllegalStateException("not a stored record type: " + type.getName());
        }
    }

    /** The types stored this way: all the records a precompiled rule set holds. */
    private static final List<Class<?>> TYPES = List.of(Area.class, Topic.class, Characteristic.class,
            Measure.class, Standard.class, RuleInfo.class, Catalogue.class, PrecompiledRules.Parts.class);

    /** A stream that writes the records of {@link #TYPES} in the stored form. */
    static ObjectOutputStream output(OutputStream out) throws IOException {
        return new DroolsObjectOutputStream(out) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object o) {
                if (o instanceof Record r && TYPES.contains(o.getClass())) {
                    return new Stored(r);
                }
                if (o instanceof Record) {
                    throw new IllegalArgumentException("no stored form for " + o.getClass().getName());
                }
                return o;
            }
        };
    }

    /** A stream that reads the stored form back into records. */
    static ObjectInputStream input(InputStream in, ClassLoader loader) throws IOException {
        return new DroolsObjectInputStream(in, loader) {
            {
                enableResolveObject(true);
            }

            @Override
            protected Object resolveObject(Object o) {
                return o instanceof Stored s ? s.record() : o;
            }
        };
    }
}
