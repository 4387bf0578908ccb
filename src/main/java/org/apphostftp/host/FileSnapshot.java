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
import org.apphostftp.config.xml.SafeXmlReader;

/**
 * What a watched file holds now. Only the content counts: a rewrite in the same clock tick with the same size is a
 * change, a {@code touch} is not. The content is hashed as it streams by, never held, and only up to just past the
 * largest accepted configuration: a file replaced by a device or a huge file costs the watcher no memory.
 *
 * @param sha256 lowercase hex SHA-256 of the content; empty when the file does not exist, is not a regular file, or
 *               cannot be read right now
 */
record FileSnapshot(Path file, boolean exists, Optional<String> sha256) {

    private static final long LIMIT = SafeXmlReader.MAX_FILE_BYTES + 1;

    static FileSnapshot of(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return new FileSnapshot(file, true, Optional.empty()); // the load says what is wrong with it
        }
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), newDigest())) {
            skip(in);
            return new FileSnapshot(file, true, Optional.of(HexFormat.of().formatHex(in.getMessageDigest().digest())));
        } catch (NoSuchFileException e) {
            return new FileSnapshot(file, false, Optional.empty());
        } catch (IOException e) { // unreadable for a moment (permissions being restored, a save in progress elsewhere)
            return new FileSnapshot(file, Files.exists(file), Optional.empty());
        }
    }

    private static void skip(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int n;
        while (read < LIMIT && (n = in.read(buffer, 0, (int) Math.min(buffer.length, LIMIT - read))) > 0) {
            read += n;
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
