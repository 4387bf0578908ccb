package org.apphostftp.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as plain Java values: an object is a {@code Map<String, Object>} (a {@link LinkedHashMap} when read:
 * the members in their order), an array a {@code List<Object>}, a string a {@code String}, a number an {@code Integer},
 * {@code Long}, {@code BigInteger} or {@code Double} (any {@code Number} when written), {@code true}/{@code false} a
 * {@code Boolean}, {@code null} null.
 *
 * <p>Reading is bounded by jackson-core's read constraints (nesting 1,000 deep, strings of 20 million characters,
 * numbers of 1,000 digits) and builds the tree without recursion, so hostile input ends in an {@link IOException} that
 * names where it went wrong, never in a stack overflow.
 */
public final class JsonTree {

    /** Shared and thread-safe once configured (it is never reconfigured). */
    public static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {
    }

    /** The value of {@code text}, which must hold exactly one JSON value. */
    public static Object parse(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return read(parser);
        }
    }

    /** The value of UTF-8 {@code bytes}, which must hold exactly one JSON value. */
    public static Object parse(byte[] bytes) throws IOException {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            return read(parser);
        }
    }

    /** Reads the parser's one value; anything but whitespace after it is an error. */
    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonParseException(parser, "no JSON value: the text is empty");
        }
        Deque<Object> open = new ArrayDeque<>(); // the objects and arrays being filled, innermost first
        Object root = null;
        String name = null;
        do {
            switch (token) {
                case FIELD_NAME -> name = parser.currentName();
                case END_OBJECT, END_ARRAY -> open.pop();
                default -> {
                    Object value = value(parser, token);
                    if (open.isEmpty()) {
                        root = value;
                    } else {
                        add(open.peek(), name, value);
                    }
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        open.push(value);
                    }
                }
            }
        } while (!open.isEmpty() && (token = parser.nextToken()) != null);
        if (!open.isEmpty()) { // jackson-core reports an early end itself; kept for a parser that would not
            throw new JsonParseException(parser, "the JSON text ends inside an object or array");
        }
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "more text after the JSON value");
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void add(Object container, String name, Object value) {
        if (container instanceof Map<?, ?> object) {
            ((Map<String, Object>) object).put(name, value);
        } else {
            ((List<Object>) container).add(value);
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> new LinkedHashMap<String, Object>();
            case START_ARRAY -> new ArrayList<Object>();
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue(); // Integer, Long or BigInteger by size
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(parser, "unexpected " + token);
        };
    }

    /**
     * Writes {@code value} (a tree of the types above) to {@code out}.
     *
     * @throws IllegalArgumentException when the tree holds anything else
     */
    public static void write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Map<?, ?> object) {
            out.writeStartObject();
            for (Map.Entry<?, ?> member : object.entrySet()) {
                out.writeFieldName((String) member.getKey());
                write(out, member.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof List<?> array) {
            out.writeStartArray();
            for (Object item : array) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof Number n) {
            writeNumber(out, n);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void writeNumber(JsonGenerator out, Number n) throws IOException {
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
            out.writeNumber(n.intValue());
        } else if (n instanceof Long l) {
            out.writeNumber(l);
        } else if (n instanceof BigInteger big) {
            out.writeNumber(big);
        } else if (n instanceof BigDecimal decimal) {
            out.writeNumber(decimal);
        } else if (n instanceof Float f) {
            out.writeNumber(f);
        } else {
            out.writeNumber(n.doubleValue());
        }
    }

    /** The compact JSON text of {@code value}. */
    public static String toText(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            write(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
