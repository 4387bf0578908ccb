package org.apphostftp.config.xml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a configuration file so that a reader sees either the old file or the new one, never half of it, and never
 * overwrites a change someone else saved after the document was read: the new bytes go to a hidden temporary file
 * in the same folder, are flushed to disk, and replace the file by an atomic rename.
 */
public final class ConfigFileWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigFileWriter.class);

    /** Makes "check unchanged, then rename" one step for every writer in this process. */
    private static final Object REPLACE_LOCK = new Object();

    private final SafeXmlReader reader;
    private final BeforeReplace beforeReplace;

    public ConfigFileWriter() {
        this(new SafeXmlReader(), temp -> { });
    }

    /** With a step that runs after the temporary file is complete, just before the conflict check and rename. */
    ConfigFileWriter(SafeXmlReader reader, BeforeReplace beforeReplace) {
        this.reader = reader;
        this.beforeReplace = beforeReplace;
    }

    /**
     * Applies {@code edits} to {@code document} (see {@link DocumentEditor}) and writes the result.
     *
     * @return the document as now on disk; use it for the next commit
     * @throws InvalidEditException        when the edits cannot be applied; nothing is written
     * @throws ConfigFileConflictException when the file changed on disk since {@code document} was read; it is left
     *                                     as it is
     * @throws IOException                 when writing fails; the file is left as it was and no temporary file remains
     */
    public XmlDocument commit(XmlDocument document, List<Edit> edits) throws IOException, ConfigFileConflictException {
        return write(document, DocumentEditor.apply(document, edits));
    }

    /**
     * Replaces the file {@code document} was read from by {@code newText}, in the document's encoding and with its byte
     * order mark if it had one. Text equal to the document's writes nothing.
     *
     * @return the document as now on disk; use it for the next commit
     * @throws IllegalArgumentException    when {@code newText} is not well-formed XML; nothing is written
     * @throws ConfigFileConflictException when the file changed on disk since {@code document} was read; it is left
     *                                     as it is
     * @throws IOException                 when writing fails; the file is left as it was and no temporary file remains
     */
    public XmlDocument write(XmlDocument document, String newText) throws IOException, ConfigFileConflictException {
        if (newText.equals(document.text())) {
            return document;
        }
        byte[] bytes = encode(document, newText);
        XmlDocument written = reparse(document, bytes);
        Path target = realPath(document);
        Path folder = target.getParent();
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            writeDurably(temp, bytes);
            copyPermissions(target, temp);
            synchronized (REPLACE_LOCK) {
                beforeReplace.run(temp);
                requireUnchanged(document, target);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | ConfigFileConflictException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
        syncFolder(folder);
        LOG.info("saved {}", document.displayName());
        return written;
    }

    private static byte[] encode(XmlDocument document, String newText) {
        try {
            return DocumentBytes.encode(newText, document);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the new text of " + document.displayName() + " cannot be written in "
                    + document.charset().name(), e);
        }
    }

    /** Parses what is about to be written, so that a broken text never reaches the disk. */
    private XmlDocument reparse(XmlDocument document, byte[] bytes) {
        try {
            return reader.parse(document.path(), document.displayName(), bytes);
        } catch (XmlSyntaxException e) {
            throw new IllegalArgumentException("the new text of " + document.displayName() + " is not well-formed at "
                    + e.location() + ": " + e.getMessage(), e);
        }
    }

    /** The file itself, so that a symbolic link to it stays a link. */
    private static Path realPath(XmlDocument document) throws IOException, ConfigFileConflictException {
        try {
            return document.path().toRealPath();
        } catch (NoSuchFileException e) {
            throw conflict(document, "was removed");
        }
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** The temporary file is created private (0600); the saved file keeps the original's mode, and owner where allowed. */
    private static void copyPermissions(Path original, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes attributes = Files.readAttributes(original, PosixFileAttributes.class);
        view.setPermissions(attributes.permissions());
        try {
            PosixFileAttributes now = view.readAttributes();
            if (!now.group().equals(attributes.group())) {
                view.setGroup(attributes.group());
            }
            if (!now.owner().equals(attributes.owner())) {
                view.setOwner(attributes.owner());
            }
        } catch (IOException e) { // only root may give a file away; the mode is what protects it
            LOG.debug("cannot keep owner/group of {}: {}", original, e.toString());
        }
    }

    private static void requireUnchanged(XmlDocument document, Path target) throws IOException, ConfigFileConflictException {
        byte[] onDisk;
        try {
            onDisk = Files.readAllBytes(target);
        } catch (NoSuchFileException e) {
            throw conflict(document, "was removed");
        }
        if (!DocumentBytes.sha256(onDisk).equals(document.sha256())) {
            throw conflict(document, "changed on disk");
        }
    }

    private static ConfigFileConflictException conflict(XmlDocument document, String what) {
        return new ConfigFileConflictException(document.displayName(), document.displayName() + " " + what
                + " since it was read; reload and apply your change again");
    }

    /** Makes the rename itself durable; some file systems cannot open a folder, and the file is already in place. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("cannot flush folder {}: {}", folder, e.toString());
        }
    }

    private static void deleteQuietly(Path temp, Throwable cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** A step between writing the temporary file and replacing the original (tests use it to race another writer). */
    @FunctionalInterface
    interface BeforeReplace {
        void run(Path temp) throws IOException;
    }
}
