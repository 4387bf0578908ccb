package org.apphostftp.site.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import org.apphostftp.security.ConnectionTls;

/**
 * TLS on the blocking socket channel of a data connection, through an SSLEngine. It sends as many records as fit in
 * one system call and unwraps every record one read brought in, where SSLSocket costs a write and two reads per
 * 16 KiB record. Reads go through the socket's stream, so SO_TIMEOUT bounds the handshake; afterwards the transfer
 * watchdog decides, and an abort shuts the raw socket down from any thread. Used by one thread at a time.
 */
final class TlsChannel {

    private static final int RECORDS_PER_BUFFER = 16;
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final SocketChannel channel;
    private final InputStream in;
    private final SSLEngine engine;
    private final int packetSize;
    private final int applicationSize;
    private final ByteBuffer netIn;  // ciphertext received and not yet unwrapped (write mode)
    private final ByteBuffer netOut; // ciphertext not yet sent (write mode)
    private final ByteBuffer appIn;  // plaintext unwrapped and not yet read (read mode)
    private boolean inboundClosed;

    private TlsChannel(SocketChannel channel, SSLEngine engine) throws IOException {
        this.channel = channel;
        this.in = channel.socket().getInputStream();
        this.engine = engine;
        this.packetSize = engine.getSession().getPacketBufferSize();
        this.applicationSize = engine.getSession().getApplicationBufferSize();
        this.netIn = ByteBuffer.allocate(packetSize * RECORDS_PER_BUFFER);
        this.netOut = ByteBuffer.allocate(packetSize * RECORDS_PER_BUFFER);
        this.appIn = ByteBuffer.allocate(applicationSize).flip();
    }

    /**
     * The server side of a TLS handshake on {@code channel}, each read of which waits at most {@code timeoutMillis}.
     * The client may resume the TLS session of its control connection ({@code tls} holds its session cache).
     */
    static TlsChannel accept(ConnectionTls tls, SocketChannel channel, int timeoutMillis) throws IOException {
        InetSocketAddress peer = (InetSocketAddress) channel.getRemoteAddress();
        SSLEngine engine = tls.serverEngine(peer.getAddress().getHostAddress(), peer.getPort());
        TlsChannel protectedChannel = new TlsChannel(channel, engine);
        channel.socket().setSoTimeout(timeoutMillis);
        engine.beginHandshake();
        protectedChannel.handshake();
        channel.socket().setSoTimeout(0);
        return protectedChannel;
    }

    /** Whether the handshake resumed a TLS session of {@code control} instead of making a new one. */
    boolean resumedFrom(ConnectionTls control) {
        return control.resumed(engine);
    }

    private void handshake() throws IOException {
        while (true) {
            switch (engine.getHandshakeStatus()) {
                case NEED_TASK -> runTasks();
                case NEED_WRAP -> {
                    SSLEngineResult r = engine.wrap(EMPTY, netOut);
                    if (r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                        flush();
                    } else if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
                        flush();
                        throw new SSLException("the TLS handshake of the data connection failed");
                    }
                }
                case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                    flush(); // the peer answers only what it has received
                    appIn.compact();
                    SSLEngineResult r = unwrap(appIn);
                    appIn.flip();
                    if (r == null) {
                        throw new EOFException("the client closed the data connection during the TLS handshake");
                    }
                    if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
                        throw new SSLException("the client ended TLS during the handshake of the data connection");
                    }
                }
                default -> {
                    flush();
                    return;
                }
            }
        }
    }

    /**
     * Unwraps at least one record into {@code dst} (write mode), reading from the socket only when no whole record is
     * buffered; then every further buffered record that fits. Null when the socket ended without close_notify.
     */
    private SSLEngineResult unwrap(ByteBuffer dst) throws IOException {
        int start = dst.position();
        while (true) {
            netIn.flip();
            SSLEngineResult r = engine.unwrap(netIn, dst);
            netIn.compact();
            afterEngineCall(r);
            boolean produced = dst.position() > start;
            switch (r.getStatus()) {
                case OK -> {
                    if (dst.remaining() < applicationSize || r.getHandshakeStatus() != SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING
                            || engine.getHandshakeStatus() != SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING) {
                        return r; // full, or a handshake step (FINISHED included) the caller must see
                    }
                }
                case BUFFER_UNDERFLOW -> {
                    if (produced) {
                        return r;
                    }
                    if (!fill()) {
                        return null;
                    }
                }
                default -> {
                    return r; // CLOSED, or BUFFER_OVERFLOW: dst is full
                }
            }
        }
    }

    /** Reads what the socket has into netIn; false at the end of the stream. */
    private boolean fill() throws IOException {
        int n = in.read(netIn.array(), netIn.arrayOffset() + netIn.position(), netIn.remaining());
        if (n < 0) {
            return false;
        }
        netIn.position(netIn.position() + n);
        return true;
    }

    /** Runs delegated tasks, and answers what the engine must send back now (a TLS 1.3 key update, a close_notify). */
    private void afterEngineCall(SSLEngineResult r) throws IOException {
        if (r.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_TASK) {
            runTasks();
        }
        while (engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_WRAP && !engine.isOutboundDone()) {
            SSLEngineResult w = engine.wrap(EMPTY, netOut);
            if (w.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                flush();
            } else if (w.getStatus() == SSLEngineResult.Status.CLOSED) {
                break;
            }
        }
    }

    private void runTasks() {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            task.run();
        }
    }

    /** Plaintext into {@code dst}; -1 after the client's close_notify or the end of the socket. */
    int read(ByteBuffer dst) throws IOException {
        if (!appIn.hasRemaining() && !inboundClosed) {
            boolean direct = dst.remaining() >= applicationSize;
            ByteBuffer target = direct ? dst : appIn.clear();
            int start = target.position();
            SSLEngineResult r = null;
            while (target.position() == start && !inboundClosed) {
                r = unwrap(target);
                inboundClosed = r == null || r.getStatus() == SSLEngineResult.Status.CLOSED; // no close_notify: the end all the same
            }
            if (!direct) {
                appIn.flip();
            } else if (target.position() > start) {
                return target.position() - start;
            }
        }
        if (appIn.hasRemaining()) {
            int n = Math.min(appIn.remaining(), dst.remaining());
            dst.put(appIn.slice(appIn.position(), n));
            appIn.position(appIn.position() + n);
            return n;
        }
        return -1;
    }

    /** Encrypts all of {@code src}; records go out when the send buffer is full, or at {@link #flush}. */
    void write(ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            SSLEngineResult r = engine.wrap(src, netOut);
            switch (r.getStatus()) {
                case OK -> {
                    afterEngineCall(r);
                    if (netOut.remaining() < packetSize) {
                        flush();
                    }
                }
                case BUFFER_OVERFLOW -> flush();
                default -> throw new SSLException("the TLS connection of the data channel is closed");
            }
        }
    }

    /** Sends every record written so far. */
    void flush() throws IOException {
        netOut.flip();
        try {
            while (netOut.hasRemaining()) {
                channel.write(netOut);
            }
        } finally {
            netOut.compact();
        }
    }

    /** Ends TLS (close_notify) and closes the socket; the socket is closed even when the client is already gone. */
    void close() throws IOException {
        try {
            engine.closeOutbound();
            while (!engine.isOutboundDone()) {
                SSLEngineResult r = engine.wrap(EMPTY, netOut);
                if (r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                    flush();
                } else if (r.bytesProduced() == 0) {
                    break;
                }
            }
            flush();
        } finally {
            channel.close();
        }
    }

    /** A stream over {@link #read}. */
    InputStream inputStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : TlsChannel.this.read(ByteBuffer.wrap(b, off, len));
            }
        };
    }

    /** A stream over {@link #write}; flush sends, close ends TLS and the connection. */
    OutputStream outputStream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                TlsChannel.this.write(ByteBuffer.wrap(b, off, len));
            }

            @Override
            public void flush() throws IOException {
                TlsChannel.this.flush();
            }

            @Override
            public void close() throws IOException {
                TlsChannel.this.close();
            }
        };
    }
}
