package org.apphostftp.config.xml;

import java.nio.charset.CharsetEncoder;
import java.util.Locale;

/** Writes names and attribute values as XML text, refusing what XML 1.0 cannot hold. */
final class XmlText {

    private XmlText() {
    }

    /** Whether {@code name} is an XML name (the tree is read without namespaces, so a prefix is part of the name). */
    static boolean isName(String name) {
        if (name.isEmpty() || !isNameStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().skip(1).allMatch(XmlText::isNamePart);
    }

    /**
     * The text of an attribute value between {@code quote}s: markup characters, the quote and line breaks and tabs
     * (which a parser would turn into spaces) become character references, and so does any character the file's
     * encoding cannot hold.
     *
     * @throws IllegalArgumentException when the value holds a character XML 1.0 does not allow
     */
    static String attributeValue(String value, char quote, CharsetEncoder encoder) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!isXmlChar(c)) { // a lone surrogate lands here too
                throw new IllegalArgumentException(String.format("character U+%04X at index %d is not allowed in XML", c, i));
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '"' -> out.append(quote == '"' ? "&quot;" : "\"");
                case '\'' -> out.append(quote == '\'' ? "&apos;" : "'");
                case '\t', '\n', '\r' -> out.append(reference(c));
                default -> {
                    String s = value.substring(i, i + Character.charCount(c));
                    out.append(c < 0x80 || encoder.canEncode(s) ? s : reference(c));
                }
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static String reference(int codePoint) {
        return "&#x" + Integer.toHexString(codePoint).toUpperCase(Locale.ROOT) + ";";
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static boolean isNameStart(int c) {
        return c == ':' || c == '_' || Character.isLetter(c);
    }

    private static boolean isNamePart(int c) {
        return isNameStart(c) || c == '-' || c == '.' || Character.isDigit(c) || c == 0xB7
                || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }
}
