package org.apphostftp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import org.apphostftp.log.UnsafeText;

/** Reading and printing the endpoint's JSON answers. */
final class Json {

    private Json() {
    }

    static JsonNode read(String body) throws CommandFailure {
        try {
            return AdminClient.JSON.readTree(body);
        } catch (IOException e) {
            throw new CommandFailure("the server's answer is not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Indented, for people; every character that could drive the terminal (see {@link UnsafeText}) as a {@code \\u}
     * escape, which JSON readers take back as the same character.
     */
    static String pretty(String body) throws CommandFailure {
        try {
            return AdminClient.JSON.writerWithDefaultPrettyPrinter().with(TerminalEscapes.INSTANCE).writeValueAsString(read(body));
        } catch (IOException e) {
            throw new CommandFailure("cannot print the server's answer: " + e.getMessage(), e);
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
