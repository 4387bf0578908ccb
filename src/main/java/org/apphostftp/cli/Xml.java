package org.apphostftp.cli;

import org.apphostftp.log.UnsafeText;

/** Printing the endpoint's XML answers. */
final class Xml {

    private Xml() {
    }

    /**
     * The XML with every character that could drive the terminal (C1 controls, bidi overrides, ...; see
     * {@link UnsafeText}) written as a numeric character reference: the same document, harmless to print.
     */
    static String forTerminal(String xml) {
        if (!UnsafeText.hasUnsafe(xml)) {
            return xml;
        }
        StringBuilder out = new StringBuilder(xml.length() + 16);
        xml.codePoints().forEach(cp -> {
            if (UnsafeText.isUnsafe(cp) && cp != '\n' && cp != '\r' && cp != '\t') { // the document's own line breaks stay
                out.append("&#x").append(Integer.toHexString(cp)).append(';');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
