package org.apphostftp.config.xml;

/**
 * The SHA-256 of the bytes a document was decoded from, computed when first asked for (by a write, or by the server
 * watching the file): a command that only reads the file never starts the JDK's security providers, which costs a
 * short-lived process tens of milliseconds. The bytes are let go once hashed. Thread-safe.
 */
public final class ContentHash {

    private byte[] bytes;
    private String hex;

    /** The hash of {@code bytes}, which the caller no longer changes. */
    ContentHash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Lowercase hex SHA-256. */
    public synchronized String hex() {
        if (hex == null) {
            hex = DocumentBytes.sha256(bytes);
            bytes = null;
        }
        return hex;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentHash h && h.hex().equals(hex());
    }

    @Override
    public int hashCode() {
        return hex().hashCode();
    }

    @Override
    public String toString() {
        return hex();
    }
}
