package org.apphostftp.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import org.apphostftp.log.UnsafeText;

/**
 * Reading and printing the endpoint's JSON answers with jackson-core's streaming parser and generator (into
 * databind's node classes): a client process then never builds an ObjectMapper, whose set-up is a fifth of its run.
 */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static JsonNode read(String body) throws CommandFailure {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            return first == null ? MissingNode.getInstance() : node(parser, first);
        } catch (IOException e) {
            throw new CommandFailure("the server's answer is not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Indented, for people; every character that could drive the terminal (see {@link UnsafeText}) as a {@code \\u}
     * escape, which JSON readers take back as the same character.
     */
    static String pretty(String body) throws CommandFailure {
        if (read(body).isMissingNode()) {
            return "";
        }
        StringWriter text = new StringWriter();
        try (JsonParser parser = FACTORY.createParser(body); JsonGenerator generator = FACTORY.createGenerator(text)) {
            generator.setCharacterEscapes(TerminalEscapes.INSTANCE).useDefaultPrettyPrinter();
            parser.nextToken();
            generator.copyCurrentStructure(parser);
        } catch (IOException e) {
            throw new CommandFailure("cannot print the server's answer: " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** The tree of the value that starts at {@code token}, built without an ObjectMapper. */
    private static JsonNode node(JsonParser parser, JsonToken token) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    object.set(name, node(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(node(parser, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    /** JSON's own escapes, plus a {@code \\u} escape for every unsafe character above ASCII (C1, bidi, ...). */
    private static final class TerminalEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final TerminalEscapes INSTANCE = new TerminalEscapes();

        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalEscapes() {
            ascii[0x7f] = ESCAPE_STANDARD; // DEL
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return UnsafeText.isUnsafe(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
