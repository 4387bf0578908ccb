package org.apphostftp.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import org.apphostftp.json.JsonTree;
import org.apphostftp.json.JsonValue;
import org.apphostftp.log.UnsafeText;

/**
 * Reading and printing the endpoint's JSON answers with jackson-core's streaming parser and generator: a client process
 * never builds an ObjectMapper (whose set-up was a fifth of its run), and the runnable jar carries no jackson-databind.
 */
final class Json {

    private Json() {
    }

    /** The answer's value; the missing value for an empty body. */
    static JsonValue read(String body) throws CommandFailure {
        try {
            return JsonValue.parse(body);
        } catch (IOException e) {
            throw new CommandFailure("the server's answer is not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Indented, for people; every character that could drive the terminal (see {@link UnsafeText}) as a {@code \\u}
     * escape, which JSON readers take back as the same character.
     */
    static String pretty(String body) throws CommandFailure {
        if (read(body).isMissing()) {
            return "";
        }
        StringWriter text = new StringWriter();
        try (JsonParser parser = JsonTree.FACTORY.createParser(body);
                JsonGenerator generator = JsonTree.FACTORY.createGenerator(text)) {
            generator.setCharacterEscapes(TerminalEscapes.INSTANCE).useDefaultPrettyPrinter();
            parser.nextToken();
            generator.copyCurrentStructure(parser);
        } catch (IOException e) {
            throw new CommandFailure("cannot print the server's answer: " + e.getMessage(), e);
        }
        return text.toString();
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
