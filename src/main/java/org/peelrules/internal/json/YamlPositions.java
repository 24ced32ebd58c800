package org.peelrules.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a YAML file is, by JSON pointer ({@code /topics/0/characteristics/2/id}), so that
 * problems found after the file was read into records can still name their line and column.
 */
public final class YamlPositions {
    private final String file;
    private final Map<String, JsonLocation> values = new HashMap<>();
    private final Map<String, JsonLocation> keys = new HashMap<>();
    private boolean complete;

    private YamlPositions(String file) {
        this.file = file;
    }

    /** Reads the positions of a file that parsed; a file that does not parse gives only {@code file:1:1}. */
    public static YamlPositions of(String file, byte[] yaml) {
        YamlPositions positions = new YamlPositions(file);
        try (JsonParser p = Json.yaml().getFactory().createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.FIELD_NAME) {
                    positions.keys.putIfAbsent(pointer, p.currentTokenLocation());
                } else if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    positions.values.putIfAbsent(pointer, p.currentTokenLocation());
                }
            }
            positions.complete = true;
        } catch (IOException e) {
            // the loader reports the parse error itself; positions then fall back to the file
        }
        return positions;
    }

    /** Whether the whole file could be read as YAML; if not, the positions end where reading stopped. */
    public boolean complete() {
        return complete;
    }

    /** Whether the file holds a value at {@code pointer}. */
    public boolean has(String pointer) {
        return values.containsKey(pointer);
    }

    /** {@code file:line:column} of the value at {@code pointer}, or of its nearest ancestor that has one. */
    public String at(String pointer) {
        return where(values, pointer);
    }

    /** The value's position, else its key's, else its nearest ancestor's: for an error Jackson placed loosely. */
    public String best(String pointer) {
        return values.containsKey(pointer) || !keys.containsKey(pointer) ? at(pointer) : keyAt(pointer);
    }

    /** {@code file:line:column} of the key naming {@code pointer} (for a missing or repeated field's entry). */
    public String keyAt(String pointer) {
        JsonLocation key = keys.get(pointer);
        return key != null ? format(key) : at(pointer);
    }

    private String where(Map<String, JsonLocation> map, String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            JsonLocation l = map.get(p);
            if (l != null) {
                return format(l);
            }
            if (p.isEmpty()) {
                return file + ":1:1";
            }
        }
    }

    private String format(JsonLocation l) {
        return file + ":" + l.getLineNr() + ":" + l.getColumnNr();
    }
}
