package org.apphostftp.config.xml;

import org.apphostftp.config.location.Location;

/**
 * An attribute as written in the file: its decoded value and where its raw text sits in the document,
 * so that an edit can replace exactly that text.
 *
 * @param nameStart  offset of the attribute name in the document text
 * @param valueStart offset just after the opening quote
 * @param valueEnd   offset of the closing quote
 */
public record XmlAttribute(String name, String value, Location location, int nameStart, int valueStart, int valueEnd,
                           char quote) {
}
