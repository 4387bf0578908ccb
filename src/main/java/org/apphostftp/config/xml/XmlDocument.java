package org.apphostftp.config.xml;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A configuration file as read: its exact text, its encoding and its element tree. The text is kept so that a
 * write can change only what was edited.
 *
 * @param path          the file
 * @param displayName   the file as the user named it (used in every message)
 * @param text          the decoded text, without a byte order mark
 * @param charset       the encoding the file was read in
 * @param byteOrderMark whether the file started with a byte order mark
 * @param root          the document element
 * @param sha256        lowercase hex SHA-256 of the bytes the text was decoded from, so that a write can tell whether
 *                      someone else changed the file since
 */
public record XmlDocument(Path path, String displayName, String text, Charset charset, boolean byteOrderMark,
                          XmlElement root, String sha256) {
}
