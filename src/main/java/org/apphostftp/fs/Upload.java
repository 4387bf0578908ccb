package org.apphostftp.fs;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file being written by STOR, APPE or STOU: registered in the site's {@link UploadRegistry} until closed. The
 * transfer writes through {@link #write(ByteBuffer)} (which enforces maxAllowedContentLength) or {@link #channel()},
 * then calls {@link #commit()} when the client's data arrived whole; only then does the file change.
 *
 * <p>How the file is written depends on where the upload starts:
 * <ul>
 * <li>at 0 (STOR, STOU): beside the target under a hidden temporary name and renamed over the target on commit, so
 * readers and a crash of the server see the old content or the new, never a mix; when it replaces a file, the data
 * and the rename are flushed to disk first (fsync), so a power loss cannot leave a mix either (a new file is not
 * flushed: it has no old content to lose, and an fsync would halve upload throughput on a busy disk);</li>
 * <li>at the end of the file (APPE, or REST at the file's size): appended in place, as a resume must be (copying a
 * large file to add its tail would cost more than the upload);</li>
 * <li>inside the file (REST below its size): the first {@code offset} bytes are copied beside it and the rest is
 * received there, renamed over the target on commit.</li>
 * </ul>
 * An upload closed without commit (aborted, terminated, over the limit, client gone) leaves the previous content as
 * it was: the temporary file is removed, an append is cut back to where it started. With
 * fileHandling/@keepPartialUploads the received part is kept where that loses nothing: a new file keeps its partial
 * content under its name, an append keeps what was appended; a replaced file keeps its previous content.
 */
public final class Upload implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(Upload.class);

    private final UploadRegistry registry;
    private final Path target;
    private final String virtualPath;
    private final SecureDirectoryStream<Path> folder;
    private final Path name;
    private final Path temporary;
    private final FileChannel channel;
    private final long offset;
    private final long limit;
    private final boolean keepPartial;
    private final boolean existed;
    private long position;
    private boolean completed;
    private boolean closed;

    private Upload(UploadRegistry registry, Path target, String virtualPath, SecureDirectoryStream<Path> folder, Path temporary,
                   FileChannel channel, long offset, long limit, boolean keepPartial, boolean existed) {
        this.registry = registry;
        this.target = target;
        this.virtualPath = virtualPath;
        this.folder = folder;
        this.name = target.getFileName();
        this.temporary = temporary;
        this.channel = channel;
        this.offset = offset;
        this.limit = limit;
        this.keepPartial = keepPartial;
        this.existed = existed;
        this.position = offset;
    }

    /**
     * Claims the file and opens it for writing at {@code offset} (STOR passes 0, APPE the current size, a resume the
     * REST marker), in the folder the containment check found, reached without following links.
     */
    static Upload open(UploadRegistry registry, ConfinedTree tree, Path target, String virtualPath, long offset, long limit,
                       boolean keepPartial) throws IOException {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        if (limit > 0 && offset > limit) {
            throw new UploadLimitExceededException(virtualPath, limit);
        }
        if (!registry.claim(target)) {
            throw new UploadInProgressException(virtualPath);
        }
        SecureDirectoryStream<Path> folder = null;
        try {
            folder = tree.folder(target.getParent());
            Path name = target.getFileName();
            long size = existingSize(folder, name, virtualPath);
            boolean existed = size >= 0;
            if (offset > Math.max(size, 0)) {
                throw new IOException("'" + virtualPath + "': cannot resume at " + offset + (existed
                        ? ", the file has only " + size + " bytes" : ", the file does not exist"));
            }
            Upload upload = offset > 0 && offset == size
                    ? new Upload(registry, target, virtualPath, folder, null, appendTo(folder, name, offset), offset, limit, keepPartial, true)
                    : beside(registry, folder, target, virtualPath, offset, limit, keepPartial, existed);
            folder = null; // the upload owns it now
            return upload;
        } catch (IOException | RuntimeException e) {
            registry.release(target);
            throw e;
        } finally {
            if (folder != null) {
                folder.close();
            }
        }
    }

    /** The size of the file, -1 when there is none; anything but a regular file (a link put there since) is refused. */
    private static long existingSize(SecureDirectoryStream<Path> folder, Path name, String virtualPath) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = ConfinedTree.attributes(folder, name);
        } catch (NoSuchFileException e) {
            return -1;
        }
        if (!attributes.isRegularFile()) {
            throw new FileRefusedException(Refusal.NOT_AUTHORIZED, virtualPath, "not a file");
        }
        return attributes.size();
    }

    private static FileChannel appendTo(SecureDirectoryStream<Path> folder, Path name, long offset) throws IOException {
        FileChannel channel = ConfinedTree.openWrite(folder, name, Set.of());
        try {
            channel.position(offset);
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    private static Upload beside(UploadRegistry registry, SecureDirectoryStream<Path> folder, Path target, String virtualPath,
                                 long offset, long limit, boolean keepPartial, boolean existed) throws IOException {
        Path temporary = Path.of(ConfinedTree.temporaryName("upload"));
        FileChannel channel = ConfinedTree.openWrite(folder, temporary, Set.of(StandardOpenOption.CREATE_NEW));
        try {
            if (offset > 0) { // a resume inside the file: its first part is kept, the rest replaced on commit
                try (FileChannel previous = ConfinedTree.openRead(folder, target.getFileName())) {
                    long copied = 0;
                    while (copied < offset) {
                        long n = previous.transferTo(copied, offset - copied, channel);
                        if (n <= 0) {
                            throw new IOException("'" + virtualPath + "': the file shrank below the resume offset " + offset);
                        }
                        copied += n;
                    }
                }
                channel.position(offset);
            }
            return new Upload(registry, target, virtualPath, folder, temporary, channel, offset, limit, keepPartial, existed);
        } catch (IOException | RuntimeException e) {
            channel.close();
            deleteQuietly(folder, temporary);
            throw e;
        }
    }

    /** The open file, positioned where writing goes on; a caller writing here enforces {@link #limit()} itself. */
    public FileChannel channel() {
        return channel;
    }

    /** Where the upload started in the file. */
    public long offset() {
        return offset;
    }

    /** maxAllowedContentLength for this file: the largest size it may reach; 0 means unlimited. */
    public long limit() {
        return limit;
    }

    /** Bytes written so far through {@link #write(ByteBuffer)} or {@link #outputStream()}. */
    public long bytesWritten() {
        return position - offset;
    }

    /** Writes all of {@code data}; refused, and nothing written, when the file would pass the limit. */
    public int write(ByteBuffer data) throws IOException {
        int length = data.remaining();
        if (limit > 0 && position + length > limit) {
            throw new UploadLimitExceededException(virtualPath, limit);
        }
        while (data.hasRemaining()) {
            channel.write(data);
        }
        position += length;
        return length;
    }

    /** A stream over {@link #write(ByteBuffer)}; closing it closes the upload (complete it first). */
    public OutputStream outputStream() {
        return new UploadStream(false);
    }

    /** For MINA's stock commands, which cannot say whether a transfer succeeded: closing completes unless over the limit. */
    OutputStream completingOutputStream() {
        return new UploadStream(true);
    }

    /** The client's data arrived whole: {@link #close()} then puts it in place (use {@link #commit()} to see failures). */
    public synchronized void complete() {
        completed = true;
    }

    /**
     * The data arrived whole: the file is flushed, closed, put in place and released, so another session finds the new
     * content as soon as this returns. Throws when that fails (disk full, ...): the previous content then stays.
     */
    public synchronized void commit() throws IOException {
        completed = true;
        close();
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (temporary != null) {
                closeBeside();
            } else {
                closeAppend();
            }
        } finally {
            try {
                folder.close();
            } finally {
                registry.release(target);
            }
        }
    }

    private void closeBeside() throws IOException {
        boolean keep = completed || (keepPartial && !existed);
        try {
            try {
                if (keep && existed) {
                    channel.force(true); // on disk before it replaces the old file: a power loss leaves old or new
                }
            } finally {
                channel.close();
            }
            if (keep) {
                folder.move(temporary, folder, name);
                if (existed) {
                    ConfinedTree.sync(folder);
                }
                return;
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(folder, temporary);
            throw e;
        }
        deleteQuietly(folder, temporary);
    }

    private void closeAppend() throws IOException {
        try {
            if (!completed && !keepPartial) {
                channel.truncate(offset);
            }
        } finally {
            channel.close();
        }
    }

    private static void deleteQuietly(SecureDirectoryStream<Path> folder, Path temporary) {
        try {
            folder.deleteFile(temporary);
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            LOG.warn("cannot remove the unfinished upload {}: {}", temporary, e.toString());
        }
    }

    private final class UploadStream extends OutputStream {
        private final boolean completeOnClose;
        private boolean overLimit;

        UploadStream(boolean completeOnClose) {
            this.completeOnClose = completeOnClose;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                Upload.this.write(ByteBuffer.wrap(b, off, len));
            } catch (UploadLimitExceededException e) {
                overLimit = true;
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            if (completeOnClose && !overLimit) {
                complete();
            }
            Upload.this.close();
        }
    }
}
