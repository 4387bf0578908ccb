package org.apphostftp.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apphostftp.config.xml.SafeXmlReader;

/**
 * What a watched file holds now. Only the content counts: a rewrite in the same clock tick with the same size is a
 * change, a {@code touch} is not. The content is hashed as it streams by, never held, and only up to just past the
 * largest accepted configuration: a file replaced by a device or a huge file costs the watcher no memory.
 *
 * @param sha256   lowercase hex SHA-256 of the content; empty when the file does not exist, is not a regular file, or
 *                 cannot be read right now
 * @param complete false when the content looks cut off, as a save still being written does: it does not end with the
 *                 end tag of {@code <configuration>} or a comment (whitespace after them allowed). Missing, unreadable
 *                 and oversized files count as complete: waiting would not change what the load says of them.
 */
record FileSnapshot(Path file, boolean exists, Optional<String> sha256, boolean complete) {

    private static final long LIMIT = SafeXmlReader.MAX_FILE_BYTES + 1;
    /** How much of the end of a file {@link #complete} looks at. */
    private static final int TAIL = 256;
    private static final Pattern ENDS_WELL = Pattern.compile("(</configuration\\s*>|-->)\\s*$");

    static FileSnapshot of(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return new FileSnapshot(file, true, Optional.empty(), true); // the load says what is wrong with it
        }
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), newDigest())) {
            boolean complete = readToEnd(in);
            return new FileSnapshot(file, true, Optional.of(HexFormat.of().formatHex(in.getMessageDigest().digest())), complete);
        } catch (NoSuchFileException e) {
            return new FileSnapshot(file, false, Optional.empty(), true);
        } catch (IOException e) { // unreadable for a moment (permissions being restored, a save in progress elsewhere)
            return new FileSnapshot(file, Files.exists(file), Optional.empty(), true);
        }
    }

    /** Reads up to the limit; whether the content ends as a whole configuration file does (true past the limit). */
    private static boolean readToEnd(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        byte[] tail = new byte[TAIL];
        int tailLength = 0;
        long read = 0;
        int n;
        while (read < LIMIT && (n = in.read(buffer, 0, (int) Math.min(buffer.length, LIMIT - read))) > 0) {
            read += n;
            int keep = Math.min(TAIL, n);
            int shift = Math.min(tailLength, TAIL - keep);
            System.arraycopy(tail, tailLength - shift, tail, 0, shift);
            System.arraycopy(buffer, n - keep, tail, shift, keep);
            tailLength = shift + keep;
        }
        return read >= LIMIT || endsWell(tail, tailLength);
    }

    /** The end tag or a comment, then only whitespace; NUL bytes are dropped so that UTF-16 files read the same. */
    static boolean endsWell(byte[] tail, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            if (tail[i] != 0) {
                text.append((char) (tail[i] & 0xff));
            }
        }
        return ENDS_WELL.matcher(text).find();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
