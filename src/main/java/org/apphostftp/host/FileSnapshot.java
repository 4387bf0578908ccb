package org.apphostftp.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.apphostftp.config.xml.DocumentBytes;

/**
 * What a watched file holds now. Only the content counts: a rewrite in the same clock tick with the same size is a
 * change, a {@code touch} is not.
 *
 * @param sha256 lowercase hex SHA-256 of the content; empty when the file does not exist or cannot be read right now
 */
record FileSnapshot(Path file, boolean exists, Optional<String> sha256) {

    static FileSnapshot of(Path file) {
        try {
            return new FileSnapshot(file, true, Optional.of(DocumentBytes.sha256(Files.readAllBytes(file))));
        } catch (NoSuchFileException e) {
            return new FileSnapshot(file, false, Optional.empty());
        } catch (IOException e) { // unreadable for a moment (permissions being restored, a save in progress elsewhere)
            return new FileSnapshot(file, Files.exists(file), Optional.empty());
        }
    }
}
