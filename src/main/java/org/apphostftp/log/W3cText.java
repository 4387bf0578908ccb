package org.apphostftp.log;

/** How a value becomes one space-free W3C token, as IIS writes it. */
final class W3cText {

    /** The token of an empty or unknown value. */
    static final String ABSENT = "-";

    private W3cText() {
    }

    /**
     * {@code -} for an empty value; otherwise the value with every space (and any other whitespace or control
     * character, which would break the line, and every bidi control, which would reorder what a reader sees) replaced
     * by {@code +}, as in IIS's {@code opts utf8+on}.
     */
    static String token(String value) {
        if (value == null || value.isEmpty()) {
            return ABSENT;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) || UnsafeText.isUnsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(value.length()).append(value, 0, i);
                }
                out.append('+');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    /** A port or other number where 0 means "not known". */
    static String positive(long n) {
        return n <= 0 ? ABSENT : Long.toString(n);
    }
}
