package org.apphostftp.config.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The bytes of a document as they are on disk: its text in its encoding, with its byte order mark if it had one. */
public final class DocumentBytes {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private DocumentBytes() {
    }

    /** Encodes {@code text} as {@code document} was encoded, so that unchanged text gives back the bytes read. */
    public static byte[] encode(String text, XmlDocument document) throws CharacterCodingException {
        // "UTF-16" without a mark was decoded as big-endian; Java's UTF-16 encoder would add a mark of its own
        Charset charset = document.charset().equals(StandardCharsets.UTF_16) ? StandardCharsets.UTF_16BE : document.charset();
        String all = document.byteOrderMark() ? BYTE_ORDER_MARK + text : text;
        ByteBuffer buffer = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(all));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** Lowercase hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
