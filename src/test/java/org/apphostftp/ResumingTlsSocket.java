package org.apphostftp;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

/**
 * The client side of TLS on an FTP data connection that resumes the control connection's TLS session, for Java test
 * clients. The JDK's client session cache is keyed by host and <em>real</em> peer port, so an SSLSocket layered on a
 * data socket (Commons Net's FTPSClient, or {@code createSocket(plain, host, controlPort, true)}) never finds the
 * control connection's session; an {@link SSLEngine} keeps the host and port it is created with, so one named after
 * the control connection does. Blocking, one reader and one writer at a time.
 */
public final class ResumingTlsSocket extends Socket {

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final Socket plain;
    private final SSLEngine engine;
    private final InputStream rawIn;
    private final OutputStream rawOut;
    private final ByteBuffer netIn;
    private final ByteBuffer appIn;
    private final ByteBuffer netOut;
    private boolean inboundDone;

    private ResumingTlsSocket(Socket plain, SSLEngine engine) throws IOException {
        this.plain = plain;
        this.engine = engine;
        this.rawIn = plain.getInputStream();
        this.rawOut = plain.getOutputStream();
        int packet = engine.getSession().getPacketBufferSize();
        this.netIn = ByteBuffer.allocate(packet);
        this.netOut = ByteBuffer.allocate(packet);
        this.appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize()).flip();
    }

    /**
     * TLS on the connected data socket {@code plain}, offering the session {@code context} cached for the control
     * connection to {@code controlHost}:{@code controlPort}; the handshake is done when this returns.
     */
    public static ResumingTlsSocket wrap(SSLContext context, Socket plain, String controlHost, int controlPort,
                                         String... protocols) throws IOException {
        SSLEngine engine = context.createSSLEngine(controlHost, controlPort);
        engine.setUseClientMode(true);
        if (protocols.length > 0) {
            engine.setEnabledProtocols(protocols);
        }
        ResumingTlsSocket socket = new ResumingTlsSocket(plain, engine);
        engine.beginHandshake();
        socket.handshake();
        return socket;
    }

    /** The TLS session of the data connection (the resumed one when resumption worked). */
    public javax.net.ssl.SSLSession session() {
        return engine.getSession();
    }

    private void handshake() throws IOException {
        while (true) {
            HandshakeStatus status = engine.getHandshakeStatus();
            switch (status) {
                case NEED_TASK -> {
                    Runnable task;
                    while ((task = engine.getDelegatedTask()) != null) {
                        task.run();
                    }
                }
                case NEED_WRAP -> wrap(EMPTY);
                case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                    appIn.compact();
                    SSLEngineResult r = unwrapInto(appIn);
                    appIn.flip();
                    if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
                        throw new SSLException("the server ended TLS during the handshake");
                    }
                }
                default -> {
                    return;
                }
            }
        }
    }

    /** Unwraps one record into {@code dst} (write mode), reading from the socket as needed. */
    private SSLEngineResult unwrapInto(ByteBuffer dst) throws IOException {
        while (true) {
            netIn.flip();
            SSLEngineResult r = engine.unwrap(netIn, dst);
            netIn.compact();
            if (r.getStatus() != SSLEngineResult.Status.BUFFER_UNDERFLOW) {
                return r;
            }
            int n = rawIn.read(netIn.array(), netIn.position(), netIn.remaining());
            if (n < 0) {
                throw new EOFException("the server closed the data connection");
            }
            netIn.position(netIn.position() + n);
        }
    }

    private synchronized void wrap(ByteBuffer src) throws IOException {
        do {
            netOut.clear();
            SSLEngineResult r = engine.wrap(src, netOut);
            if (r.getStatus() == SSLEngineResult.Status.CLOSED && r.bytesProduced() == 0) {
                return;
            }
            rawOut.write(netOut.array(), 0, netOut.position());
        } while (src.hasRemaining());
        rawOut.flush();
    }

    private int read(byte[] b, int off, int len) throws IOException {
        while (!appIn.hasRemaining()) {
            if (inboundDone) {
                return -1;
            }
            appIn.clear();
            SSLEngineResult r;
            try {
                r = unwrapInto(appIn);
            } catch (EOFException e) {
                r = null;
            }
            appIn.flip();
            if (r == null || r.getStatus() == SSLEngineResult.Status.CLOSED) {
                inboundDone = true;
            } else if (r.getHandshakeStatus() == HandshakeStatus.NEED_TASK || r.getHandshakeStatus() == HandshakeStatus.NEED_WRAP) {
                handshake(); // a post-handshake message (a TLS 1.3 session ticket, a key update)
            }
        }
        int n = Math.min(len, appIn.remaining());
        appIn.get(b, off, n);
        return n;
    }

    @Override
    public InputStream getInputStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : ResumingTlsSocket.this.read(b, off, len);
            }
        };
    }

    @Override
    public OutputStream getOutputStream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                wrap(ByteBuffer.wrap(b, off, len));
            }
        };
    }

    /**
     * Sends close_notify and half-closes the connection, keeping the input open: what a careful client does after an
     * upload, reading on to the server's end so that nothing it sent (a TLS 1.3 session ticket) is left unread, which
     * would make {@link #close()} reset the connection.
     */
    @Override
    public synchronized void shutdownOutput() throws IOException {
        engine.closeOutbound();
        wrap(EMPTY);
        plain.shutdownOutput();
    }

    /** Sends close_notify, then closes the connection. */
    @Override
    public synchronized void close() throws IOException {
        try {
            engine.closeOutbound();
            wrap(EMPTY);
        } catch (IOException e) {
            // the server may be gone already
        } finally {
            plain.close();
        }
    }

    @Override
    public boolean isClosed() {
        return plain.isClosed();
    }

    @Override
    public int getPort() {
        return plain.getPort();
    }

    @Override
    public java.net.InetAddress getInetAddress() {
        return plain.getInetAddress();
    }

    @Override
    public void setSoTimeout(int timeout) throws java.net.SocketException {
        plain.setSoTimeout(timeout);
    }

    @Override
    public int getSoTimeout() throws java.net.SocketException {
        return plain.getSoTimeout();
    }
}
