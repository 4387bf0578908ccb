package org.apphostftp.log;

/**
 * The characters of client-supplied text that must never reach a log line or a terminal as they are: C0 and C1
 * controls and DEL (a CR forges a line, ESC and CSI drive the terminal) and the invisible bidirectional formatting
 * characters (an override shows text in another order than it is). The one definition the log, the CLI's table and
 * its JSON and XML output share.
 */
public final class UnsafeText {

    private UnsafeText() {
    }

    /** True for a code point that is shown escaped. */
    public static boolean isUnsafe(int cp) {
        return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)
                || cp == 0x061c || cp == 0x200e || cp == 0x200f // Arabic letter mark, left-to-right and right-to-left marks
                || (cp >= 0x202a && cp <= 0x202e) // embeddings and overrides
                || (cp >= 0x2066 && cp <= 0x2069) // isolates
                || cp == 0x2028 || cp == 0x2029; // line and paragraph separators
    }

    /** True when {@code text} holds an unsafe character. */
    public static boolean hasUnsafe(String text) {
        return text.codePoints().anyMatch(UnsafeText::isUnsafe);
    }

    /**
     * The text for a log line: {@code \r}, {@code \n} and {@code \t} by name, other unsafe characters as {@code \xHH}
     * below U+0100 and {@code \\uHHHH} above; everything else as it is.
     */
    public static String forLog(String text) {
        if (text == null || !hasUnsafe(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (!isUnsafe(cp)) {
                out.appendCodePoint(cp);
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp < 0x100) {
                out.append(String.format("\\x%02x", cp));
            } else {
                out.append(String.format("\\u%04x", cp));
            }
        });
        return out.toString();
    }
}
