package org.apphostftp.fs;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One file being written by STOR, APPE or STOU: registered in the site's {@link UploadRegistry} until closed. The
 * transfer writes through {@link #write(ByteBuffer)} (which enforces maxAllowedContentLength) or {@link #channel()},
 * calls {@link #complete()} when the client's data arrived whole, then {@link #close()}. Closed without
 * {@code complete()} (aborted, terminated, over the limit), the unfinished part is removed unless
 * fileHandling/@keepPartialUploads: a new file is deleted, an appended or resumed one is cut back to where it started.
 */
public final class Upload implements Closeable {

    private final UploadRegistry registry;
    private final Path key;
    private final Path physical;
    private final String virtualPath;
    private final FileChannel channel;
    private final long offset;
    private final long limit;
    private final boolean keepPartial;
    private final boolean created;
    private long position;
    private boolean completed;
    private boolean closed;

    private Upload(UploadRegistry registry, Path key, Path physical, String virtualPath, FileChannel channel, long offset,
                   long limit, boolean keepPartial, boolean created) {
        this.registry = registry;
        this.key = key;
        this.physical = physical;
        this.virtualPath = virtualPath;
        this.channel = channel;
        this.offset = offset;
        this.limit = limit;
        this.keepPartial = keepPartial;
        this.created = created;
        this.position = offset;
    }

    /**
     * Claims the file and opens it for writing at {@code offset}: the file is cut to {@code offset} first (REST+STOR
     * resumes there, APPE passes the current size, STOR passes 0).
     */
    static Upload open(UploadRegistry registry, Path key, Path physical, String virtualPath, long offset, long limit,
                       boolean keepPartial, boolean existed) throws IOException {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        if (limit > 0 && offset > limit) {
            throw new UploadLimitExceededException(virtualPath, limit);
        }
        if (!existed && offset > 0) {
            throw new IOException("'" + virtualPath + "': cannot resume at " + offset + ", the file does not exist");
        }
        if (!registry.claim(key)) {
            throw new UploadInProgressException(virtualPath);
        }
        try {
            FileChannel channel = FileChannel.open(physical, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                if (offset > channel.size()) {
                    throw new IOException("'" + virtualPath + "': cannot resume at " + offset + ", the file has only "
                            + channel.size() + " bytes");
                }
                channel.truncate(offset);
                channel.position(offset);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return new Upload(registry, key, physical, virtualPath, channel, offset, limit, keepPartial, !existed);
        } catch (IOException | RuntimeException e) {
            registry.release(key);
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

    /** The client's data arrived whole: keep the file on close. */
    public synchronized void complete() {
        completed = true;
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        boolean discard = !completed && !keepPartial;
        try {
            try {
                if (discard && !created) {
                    channel.truncate(offset);
                }
            } finally {
                channel.close();
            }
            if (discard && created) {
                Files.deleteIfExists(physical);
            }
        } finally {
            registry.release(key);
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
