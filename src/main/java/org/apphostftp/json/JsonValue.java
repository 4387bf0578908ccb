package org.apphostftp.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A read JSON value, looked up the way a client reads an answer: {@code get} of a name that is not there (or of
 * anything but an object) is the missing value, whose text is empty, so a chain of lookups never fails.
 */
public final class JsonValue {

    private static final Object ABSENT = new Object();
    private static final JsonValue MISSING = new JsonValue(ABSENT);

    private final Object value;

    private JsonValue(Object value) {
        this.value = value;
    }

    /**
     * The value of {@code text}; the missing value when the text is empty or blank (an answer without body).
     *
     * @throws IOException when the text is not one JSON value; the message says where
     */
    public static JsonValue parse(String text) throws IOException {
        return text.isBlank() ? MISSING : new JsonValue(JsonTree.parse(text));
    }

    /** The member {@code name} of an object; missing when there is none or this is no object. */
    public JsonValue get(String name) {
        if (value instanceof Map<?, ?> object && object.containsKey(name)) {
            return new JsonValue(object.get(name));
        }
        return MISSING;
    }

    /** An array's items in order; none for anything else. */
    public List<JsonValue> items() {
        if (!(value instanceof List<?> array)) {
            return List.of();
        }
        List<JsonValue> items = new ArrayList<>(array.size());
        array.forEach(item -> items.add(new JsonValue(item)));
        return items;
    }

    /** A string as it is, a number or boolean as its JSON text; empty for null, an object, an array or missing. */
    public String text() {
        return text("");
    }

    /** As {@link #text()}, but {@code whenAbsent} when this is missing or null. */
    public String text(String whenAbsent) {
        if (value == ABSENT || value == null) {
            return whenAbsent;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return "";
    }

    /** A whole number (or a string holding one) as a long; 0 for anything else. */
    public long asLong() {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    public boolean isObject() {
        return value instanceof Map;
    }

    public boolean isString() {
        return value instanceof String;
    }

    /** True when a lookup found nothing, or the text was empty. */
    public boolean isMissing() {
        return value == ABSENT;
    }

    @Override
    public String toString() {
        return value == ABSENT ? "" : JsonTree.toText(value);
    }
}
