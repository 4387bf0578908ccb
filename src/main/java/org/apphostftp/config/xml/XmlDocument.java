package org.apphostftp.config.xml;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A configuration file as read: its exact text, its encoding and its element tree. The text is kept so that a
 * write can change only what was edited.
 *
 * <p>Not a record: the SHA-256 of the bytes is computed on first use, from the bytes read. A client command that only
 * reads the file (validate, appcmd list) never needs it, and the first SHA-256 of a process sets up the JDK's security
 * providers, 15-25 ms of a 300 ms command.
 */
public final class XmlDocument {

    private final Path path;
    private final String displayName;
    private final String text;
    private final Charset charset;
    private final boolean byteOrderMark;
    private final XmlElement root;
    private byte[] bytes;
    private String sha256;

    /**
     * @param path          the file
     * @param displayName   the file as the user named it (used in every message)
     * @param text          the decoded text, without a byte order mark
     * @param charset       the encoding the file was read in
     * @param byteOrderMark whether the file started with a byte order mark
     * @param root          the document element
     * @param bytes         the bytes the text was decoded from (kept, unchanged, until {@link #sha256()} hashes them)
     */
    public XmlDocument(Path path, String displayName, String text, Charset charset, boolean byteOrderMark,
                       XmlElement root, byte[] bytes) {
        this.path = path;
        this.displayName = displayName;
        this.text = text;
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
        this.root = root;
        this.bytes = bytes;
    }

    /** The file. */
    public Path path() {
        return path;
    }

    /** The file as the user named it (used in every message). */
    public String displayName() {
        return displayName;
    }

    /** The decoded text, without a byte order mark. */
    public String text() {
        return text;
    }

    /** The encoding the file was read in. */
    public Charset charset() {
        return charset;
    }

    /** Whether the file started with a byte order mark. */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** The document element. */
    public XmlElement root() {
        return root;
    }

    /**
     * Lowercase hex SHA-256 of the bytes the text was decoded from, so that a write can tell whether someone else
     * changed the file since.
     */
    public synchronized String sha256() {
        if (sha256 == null) {
            sha256 = DocumentBytes.sha256(bytes);
            bytes = null;
        }
        return sha256;
    }

    @Override
    public String toString() {
        return "XmlDocument[" + displayName + "]";
    }
}
