package org.apphostftp.config.xml;

import java.util.HashMap;
import java.util.Map;

/** How a document's text is laid out: lines, indentation and line endings, read from the text itself. */
final class TextLayout {

    /** IIS indents applicationHost.config with four spaces. */
    private static final String DEFAULT_INDENT_UNIT = "    ";

    private final String text;

    TextLayout(String text) {
        this.text = text;
    }

    /** Offset of the first character of the line holding {@code offset}. */
    int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** Offset just after the line break that ends the line holding {@code offset} (the text's end on the last line). */
    int nextLineStart(int offset) {
        int lf = text.indexOf('\n', offset);
        return lf < 0 ? text.length() : lf + 1;
    }

    /** Whether only blanks stand between the start of the line and {@code offset}. */
    boolean startsLine(int offset) {
        return isBlank(lineStart(offset), offset);
    }

    /** Whether only blanks stand between {@code offset} and the end of its line. */
    boolean endsLine(int offset) {
        int lf = text.indexOf('\n', offset);
        int end = lf < 0 ? text.length() : lf;
        return isBlank(offset, end);
    }

    /** The blanks at the start of the line holding {@code offset}. */
    String indentOfLine(int offset) {
        int start = lineStart(offset);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    /** The line ending most lines use: CRLF files stay CRLF. A one-line text gets LF. */
    String lineEnding() {
        int crlf = 0;
        int lf = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charAt(i - 1) == '\r') {
                crlf++;
            } else {
                lf++;
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    /** The step by which children are indented more than their parent, most common first; four spaces if none. */
    String indentUnit(XmlElement root) {
        Map<String, Integer> counts = new HashMap<>();
        countIndentSteps(root, counts);
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -e.getKey().length()))
                .map(Map.Entry::getKey)
                .orElse(DEFAULT_INDENT_UNIT);
    }

    private void countIndentSteps(XmlElement parent, Map<String, Integer> counts) {
        boolean parentOnOwnLine = startsLine(parent.start());
        String parentIndent = indentOfLine(parent.start());
        for (XmlElement child : parent.children()) {
            if (parentOnOwnLine && startsLine(child.start())) {
                String childIndent = indentOfLine(child.start());
                if (childIndent.length() > parentIndent.length() && childIndent.startsWith(parentIndent)) {
                    counts.merge(childIndent.substring(parentIndent.length()), 1, Integer::sum);
                }
            }
            countIndentSteps(child, counts);
        }
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
