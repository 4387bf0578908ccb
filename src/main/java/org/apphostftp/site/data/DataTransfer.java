package org.apphostftp.site.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.apache.ftpserver.ftplet.DataConnection;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apphostftp.fs.UploadLimitExceededException;
import org.apphostftp.session.LiveSession;

/**
 * One open data connection. Plain binary transfers take the fast path (FileChannel.transferTo onto the socket channel
 * for downloads, a direct buffer straight into the file channel for uploads); binary transfers over TLS move the file
 * through one 256 KiB buffer and many TLS records per system call ({@link TlsChannel}); ASCII and MODE Z use a buffered
 * stream path. Every byte is counted into the session as plaintext, and the watchdog sees progress after each chunk.
 */
public final class DataTransfer implements DataConnection, AutoCloseable {

    private static final int STREAM_BUFFER = 64 * 1024;
    private static final int TRANSFER_BUFFER = 256 * 1024;
    private static final long MIN_CHUNK = 64 * 1024;
    private static final long MAX_CHUNK = 16L * 1024 * 1024;
    /** MODE Z uploads inflate freely up to this many bytes, then at most modeZMaxRatio times the bytes received. */
    private static final long INFLATION_FLOOR = 1024 * 1024;
    private static final long RATE_WINDOW_NANOS = 10_000_000_000L;
    private static final ThreadLocal<ByteBuffer> TRANSFER_BUFFERS = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(TRANSFER_BUFFER));

    private final SocketChannel channel;
    private final TlsChannel tls;
    private final boolean secure;
    private final boolean zip;
    private final FtpIoSession control;
    private final LiveSession live;
    private final TransferLimits limits;
    private final TransferWatchdog watchdog;
    private final int localPort;

    private volatile long progress;
    private volatile long lastProgressNanos = System.nanoTime();
    private long windowStartNanos = lastProgressNanos;
    private long windowStartBytes;
    private volatile String abortReason;

    /** {@code tls} is null for a plain connection. */
    DataTransfer(SocketChannel channel, TlsChannel tls, boolean zip, FtpIoSession control, LiveSession live,
                 TransferLimits limits, TransferWatchdog watchdog) {
        this.channel = channel;
        this.tls = tls;
        this.secure = tls != null;
        this.zip = zip;
        this.control = control;
        this.live = live;
        this.limits = limits;
        this.watchdog = watchdog;
        this.localPort = channel.socket().getLocalPort();
        watchdog.watch(this);
    }

    public boolean secure() {
        return secure;
    }

    /** The server's port of this data connection. */
    public int localPort() {
        return localPort;
    }

    /** Whether a download can be zero-copy (plain socket, stream mode). */
    private boolean plainChannel() {
        return !secure && !zip;
    }

    // ------------------------------------------------------------------------------------------ downloads

    /** Sends {@code file} from {@code position} to its end; ASCII converts bare LF to CRLF. Returns the bytes sent. */
    public long sendFile(FileChannel file, long position, boolean ascii) throws IOException {
        if (plainChannel() && !ascii) {
            return zeroCopy(file, position);
        }
        if (secure && !zip && !ascii) {
            return encryptedCopy(file, position);
        }
        file.position(position);
        return copyToClient(java.nio.channels.Channels.newInputStream(file), ascii);
    }

    private long zeroCopy(FileChannel file, long position) throws IOException {
        long size = file.size();
        long pos = position;
        long chunk = 256 * 1024;
        try {
            while (pos < size) {
                long started = System.nanoTime();
                long n = file.transferTo(pos, Math.min(chunk, size - pos), channel);
                if (n <= 0) {
                    if (file.size() <= pos) {
                        break; // the file shrank while being sent
                    }
                    continue;
                }
                pos += n;
                counted(n, true);
                chunk = nextChunk(n, System.nanoTime() - started);
            }
        } catch (IOException e) {
            throw aborted(e);
        }
        return pos - position;
    }

    private long encryptedCopy(FileChannel file, long position) throws IOException {
        ByteBuffer buffer = TRANSFER_BUFFERS.get();
        long pos = position;
        try {
            while (true) {
                buffer.clear();
                int n = file.read(buffer, pos);
                if (n < 0) {
                    break;
                }
                buffer.flip();
                tls.write(buffer);
                pos += n;
                counted(n, true);
            }
            tls.flush();
        } catch (IOException e) {
            throw aborted(e);
        }
        return pos - position;
    }

    /** About half a second of data at the measured rate, so the watchdog sees progress in time. */
    private static long nextChunk(long bytes, long nanos) {
        long perHalfSecond = nanos <= 0 ? MAX_CHUNK : bytes * 500_000_000L / nanos;
        return Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, perHalfSecond));
    }

    @Override
    public long transferToClient(FtpSession session, InputStream in) throws IOException {
        return copyToClient(in, false);
    }

    @Override
    public void transferToClient(FtpSession session, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = clientStream()) {
            out.write(bytes);
        } catch (IOException e) {
            throw aborted(e);
        }
    }

    private long copyToClient(InputStream in, boolean ascii) throws IOException {
        long total = 0;
        byte[] buffer = new byte[STREAM_BUFFER];
        byte[] converted = ascii ? new byte[2 * STREAM_BUFFER] : null;
        byte previous = 0;
        try (OutputStream out = clientStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (ascii) {
                    int length = AsciiLines.toCrlf(buffer, n, previous, converted);
                    out.write(converted, 0, length);
                    total += length;
                    previous = buffer[n - 1];
                } else {
                    out.write(buffer, 0, n);
                    total += n;
                }
            }
        } catch (IOException e) {
            throw aborted(e);
        }
        return total;
    }

    /** An output stream to the client that counts plaintext bytes (below MODE Z, above TLS). Closing it ends the data. */
    public OutputStream clientStream() throws IOException {
        OutputStream counted = new CountingOutputStream(secure ? tls.outputStream() : channel.socket().getOutputStream(), this);
        return zip ? new DeflaterOutputStream(counted, true) : counted;
    }

    // -------------------------------------------------------------------------------------------- uploads

    /**
     * Writes what the client sends into {@code file} at its current position until the client closes the connection;
     * ASCII converts CRLF to LF. {@code limit} is the most bytes the file may grow to (0 = unlimited); {@code path}
     * names the file in the error when the limit is passed.
     */
    public long receiveFile(FileChannel file, boolean ascii, long limit, String path) throws IOException {
        if (!zip && !ascii) {
            return directUpload(file, limit, path);
        }
        return copyFromClient(java.nio.channels.Channels.newOutputStream(file), ascii, limit, file.position(), path);
    }

    private long directUpload(FileChannel file, long limit, String path) throws IOException {
        // TLS decrypts into a heap buffer: the JDK's AES-GCM is markedly slower writing into a direct one
        ByteBuffer buffer = secure ? ByteBuffer.allocate(TRANSFER_BUFFER) : TRANSFER_BUFFERS.get();
        long total = 0;
        long start = file.position();
        while (true) {
            buffer.clear();
            int n;
            try {
                n = secure ? tls.read(buffer) : channel.read(buffer);
            } catch (IOException e) {
                throw aborted(e);
            }
            if (n < 0) {
                endOfUpload();
                break;
            }
            counted(n, false);
            total += n;
            if (limit > 0 && start + total > limit) {
                throw new UploadLimitExceededException(path, limit);
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                file.write(buffer);
            }
        }
        return total;
    }

    @Override
    public long transferFromClient(FtpSession session, OutputStream out) throws IOException {
        return copyFromClient(out, false, 0, 0, "");
    }

    private long copyFromClient(OutputStream out, boolean ascii, long limit, long start, String path) throws IOException {
        long written = 0;
        byte[] buffer = new byte[STREAM_BUFFER];
        byte[] converted = ascii ? new byte[STREAM_BUFFER + 1] : null;
        InputStream in = new CountingInputStream(secure ? tls.inputStream() : channel.socket().getInputStream(), this);
        if (zip) {
            in = new InflaterInputStream(in);
        }
        boolean pendingCr = false;
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                throw aborted(e);
            }
            if (n < 0) {
                endOfUpload();
                break;
            }
            if (ascii) {
                int length = AsciiLines.toLf(buffer, n, pendingCr, converted);
                pendingCr = AsciiLines.endsPending(buffer, n, pendingCr);
                out.write(converted, 0, length);
                written += length;
            } else {
                out.write(buffer, 0, n);
                written += n;
            }
            if (limit > 0 && start + written > limit) {
                throw new UploadLimitExceededException(path, limit);
            }
            if (zip && written > INFLATION_FLOOR && written > limits.modeZMaxRatio() * progress) {
                throw new InflationLimitExceededException(path, limits.modeZMaxRatio());
            }
        }
        if (pendingCr) {
            out.write('\r');
            written++;
        }
        out.flush();
        return written;
    }

    // ---------------------------------------------------------------------------------- progress & abort

    /** The end of the data is a complete upload only if nobody aborted it: an abort's shutdown also reads as the end. */
    private void endOfUpload() throws TransferAbortedException {
        String reason = abortReason;
        if (reason != null) {
            throw new TransferAbortedException("transfer aborted: " + reason);
        }
    }

    void counted(long n, boolean sent) {
        if (sent) {
            live.addBytesSent(n);
        } else {
            live.addBytesReceived(n);
        }
        // keeps the control connection from timing out while data flows (MINA counts I/O time on these)
        int chunk = (int) Math.min(Integer.MAX_VALUE, n);
        if (sent) {
            control.increaseWrittenDataBytes(chunk);
        } else {
            control.increaseReadDataBytes(chunk);
        }
        progress += n;
        lastProgressNanos = System.nanoTime();
    }

    void checkProgress(long now) {
        if (now - lastProgressNanos > limits.idleTimeout().toNanos()) {
            abort("no data for " + limits.idleTimeout().toSeconds() + " seconds (dataChannelTimeout)");
            return;
        }
        if (limits.minBytesPerSecond() > 0 && now - windowStartNanos >= RATE_WINDOW_NANOS) {
            long bytes = progress - windowStartBytes;
            double seconds = (now - windowStartNanos) / 1e9;
            if (bytes / seconds < limits.minBytesPerSecond()) {
                abort("slower than " + limits.minBytesPerSecond() + " bytes per second (minBytesPerSecond)");
                return;
            }
            windowStartNanos = now;
            windowStartBytes = progress;
        }
    }

    /** Stops the transfer at once from any thread: the blocked command thread gets 426. Never blocks. */
    public void abort(String reason) {
        abortReason = reason;
        watchdog.unwatch(this);
        try {
            // shutdown before close: closing alone does not wake a thread blocked in sendfile; no close_notify (never blocks)
            channel.shutdownOutput();
            channel.shutdownInput();
        } catch (IOException e) {
            // already closed
        }
        closeChannel();
    }

    private IOException aborted(IOException cause) {
        if (cause instanceof UploadLimitExceededException) {
            return cause;
        }
        String reason = abortReason;
        if (reason != null) {
            return new TransferAbortedException("transfer aborted: " + reason);
        }
        if (cause instanceof SocketException) {
            return cause;
        }
        TransferAbortedException e = new TransferAbortedException("data connection closed: " + cause.getMessage());
        e.initCause(cause);
        return e;
    }

    /** Why the transfer was aborted, or null. */
    public String abortReason() {
        return abortReason;
    }

    /** Ends the data connection normally: close_notify first on TLS, so the client sees a complete transfer. */
    @Override
    public void close() {
        watchdog.unwatch(this);
        if (secure && abortReason == null && channel.isOpen()) {
            try {
                tls.close();
            } catch (IOException e) {
                // the client is gone; the channel is closed all the same
            }
        }
        closeChannel();
    }

    private void closeChannel() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
