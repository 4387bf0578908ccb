package org.apphostftp.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.apphostftp.config.SmallRegularFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin endpoint's token file ({@code management/@tokenFile}): one token, readable by the owner only. */
public final class TokenFile {

    /**
     * The logger, made on first use: a client command that never logs then skips the start-up of SLF4J and
     * logback.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(TokenFile.class);
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private TokenFile() {
    }

    /**
     * The token in {@code file}, surrounding white space removed; when the file is missing, a new token is written to
     * it, created with mode 0600 (on POSIX file systems) so it is never readable by others, not even for a moment.
     *
     * @throws IOException when the file cannot be read or created; the message names the file
     */
    public static String readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                return create(file);
            } catch (FileAlreadyExistsException e) {
                // another process created it first: read theirs
            }
        }
        return read(file);
    }

    /**
     * The token in {@code file}. A token file others may read is used but logged, with the fix.
     *
     * @throws IOException when the file cannot be read or holds no token; the message names the file
     */
    public static String read(Path file) throws IOException {
        String token;
        try {
            token = new String(SmallRegularFile.read(file, SmallRegularFile.TOKEN_FILE_BYTES), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IOException("cannot read token file " + file + ": " + e.getMessage(), e);
        }
        if (token.isEmpty()) {
            throw new IOException("token file " + file + " is empty; delete it and a new token is created at start");
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null && !OWNER_ONLY.containsAll(posix.readAttributes().permissions())) {
            Log.LOG.warn("token file {} can be read by other users; run: chmod 600 {}", file, file);
        }
        return token;
    }

    private static String create(Path file) throws IOException {
        String token = Tokens.generate();
        boolean posix = Files.getFileStore(existingAncestor(file)).supportsFileAttributeView(PosixFileAttributeView.class);
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createFile(file, attributes);
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("cannot create token file " + file + ": " + e.getMessage(), e);
        }
        Log.LOG.info("created admin token file {}", file);
        return token;
    }

    private static Path existingAncestor(Path file) {
        Path p = file.toAbsolutePath().getParent();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? file.toAbsolutePath().getRoot() : p;
    }
}
