package org.apphostftp.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The rule for the small files a configuration names (the admin token file): a regular file of bounded size. A
 * device, a pipe, a folder or a huge file is refused before a byte is read, by validation and again when read, so
 * that {@code tokenFile="/dev/zero"} is a located error and never an OutOfMemoryError.
 */
public final class SmallRegularFile {

    /** Largest token file: a token is 43 characters; the rest is room for white space. */
    public static final int TOKEN_FILE_BYTES = 4096;

    private SmallRegularFile() {
    }

    /** Why {@code file} cannot be read as a small file, or empty when it can (or does not exist yet). */
    public static Optional<String> problem(Path file, int maxBytes) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of("is not a regular file");
        }
        try {
            long size = Files.size(file);
            return size > maxBytes ? Optional.of("is " + size + " bytes, more than the " + maxBytes + " accepted")
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot be read: " + e.getMessage());
        }
    }

    /** The content of {@code file}, at most {@code maxBytes}; an IOException says why the file is not acceptable. */
    public static byte[] read(Path file, int maxBytes) throws IOException {
        Optional<String> problem = problem(file, maxBytes);
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) { // grew while we looked
                throw new IOException("is more than the " + maxBytes + " bytes accepted");
            }
            return bytes;
        }
    }
}
