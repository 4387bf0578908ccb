package org.apphostftp.site.data;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.apache.ftpserver.DataConnectionException;
import org.apache.ftpserver.ftplet.DataConnection;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apache.ftpserver.impl.IODataConnectionFactory;
import org.apphostftp.security.ConnectionTls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data connections of one session, on NIO channels so that plain binary transfers can be zero-copy. Replaces
 * MINA's IODataConnectionFactory (it extends it only because the stock commands check for that type before they
 * answer "503 PORT or PASV must be issued first"). No lock is held while blocking, so {@link #abort},
 * {@link #abortTransfer} and {@link #closeDataConnection} never wait for an accept, a connect or a handshake.
 */
public final class ChannelDataConnectionFactory extends IODataConnectionFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelDataConnectionFactory.class);

    private final FtpIoSession control;
    private final InetAddress controlLocal;
    private final InetAddress controlPeer;
    private final PassivePortPool ports;
    private final TransferWatchdog watchdog;
    private final DataChannelPolicy policy;

    private ServerSocketChannel passive;
    private int reservedPort;
    private InetSocketAddress active;
    private DataTransfer current;
    private SocketChannel pending; // accepted or connecting, not yet a transfer
    private boolean aborted;       // ABOR or Terminate before the transfer of this PASV/PORT began
    private volatile boolean secure;
    private volatile boolean zip;

    public ChannelDataConnectionFactory(FtpServerContext context, FtpIoSession control, PassivePortPool ports,
                                        TransferWatchdog watchdog, DataChannelPolicy policy) {
        super(context, null);
        this.control = control;
        this.controlLocal = ((InetSocketAddress) control.getLocalAddress()).getAddress();
        this.controlPeer = ((InetSocketAddress) control.getRemoteAddress()).getAddress();
        this.ports = ports;
        this.watchdog = watchdog;
        this.policy = policy;
    }

    /** PASV/EPSV: listen on the control connection's local address and a port of the passive range. */
    @Override
    public InetSocketAddress initPassiveDataConnection() throws DataConnectionException {
        closeDataConnection();
        IOException last = null;
        for (int attempt = 0; attempt < ports.capacity(); attempt++) { // a port of the range may be taken by another program
            int port = ports.reserve();
            if (port < 0) {
                break;
            }
            ServerSocketChannel ssc = null;
            try {
                ssc = ServerSocketChannel.open();
                ssc.setOption(StandardSocketOptions.SO_REUSEADDR, true); // closed data connections linger in TIME_WAIT
                ssc.bind(new InetSocketAddress(controlLocal, port), 1);
                ssc.socket().setSoTimeout((int) Math.min(Integer.MAX_VALUE, policy.limits().idleTimeout().toMillis()));
                synchronized (this) {
                    passive = ssc;
                    reservedPort = port;
                }
                return new InetSocketAddress(controlLocal, ((InetSocketAddress) ssc.getLocalAddress()).getPort());
            } catch (IOException e) {
                ports.release(port);
                if (ssc != null) {
                    closeQuietly(ssc);
                }
                last = e;
            }
        }
        if (last == null) {
            throw new DataConnectionException("all passive ports of " + ports + " are in use");
        }
        throw new DataConnectionException("cannot listen for a passive data connection: " + last.getMessage(), last);
    }


    /** PORT/EPRT (already checked by the command): connect to the client when the transfer starts. */
    @Override
    public synchronized void initActiveDataConnection(InetSocketAddress address) {
        closeDataConnection();
        active = address;
    }

    /** The announced data address, or null when neither PASV nor PORT was issued (the commands then answer 503). */
    @Override
    public synchronized InetAddress getInetAddress() {
        if (passive != null) {
            return controlLocal;
        }
        return active == null ? null : active.getAddress();
    }

    @Override
    public synchronized int getPort() {
        if (passive != null) {
            return passive.socket().getLocalPort();
        }
        return active == null ? 0 : active.getPort();
    }

    @Override
    public DataConnection openConnection() throws Exception {
        return open();
    }

    /**
     * Accepts or connects the data connection of the coming transfer, within the data channel timeout. A passive
     * connection that is not the expected one (another peer, or under PROT P a TLS session that does not resume the
     * control connection's) is refused and logged, and the wait goes on for the client's own.
     *
     * @throws TransferAbortedException when ABOR or Terminate came first (the command answers 426)
     * @throws DataConnectionRefusedException when only connections that had to be refused came
     */
    public DataTransfer open() throws IOException {
        ServerSocketChannel ssc;
        InetSocketAddress target;
        synchronized (this) {
            throwIfAborted();
            ssc = passive;
            target = active;
        }
        if (secure && policy.controlTls().isEmpty()) {
            throw new IOException("PROT P needs TLS on the control connection (AUTH TLS) and a certificate on this site");
        }
        long deadline = System.nanoTime() + policy.limits().idleTimeout().toNanos();
        Opened opened;
        if (ssc != null) {
            opened = acceptFromClient(ssc, deadline);
        } else if (target != null) {
            opened = connectToClient(target, deadline);
        } else {
            throw new IOException("PORT or PASV must be issued first");
        }
        DataTransfer transfer = new DataTransfer(opened.channel(), opened.tls(), zip, control, policy.live(), policy.limits(), watchdog);
        synchronized (this) {
            pending = null;
            if (aborted) {
                transfer.abort("aborted before the transfer began");
                throw new TransferAbortedException("the transfer was aborted before its data connection was open");
            }
            current = transfer;
        }
        policy.dataChannelEvent(true, opened.channel().socket().getLocalPort());
        return transfer;
    }

    /** A data connection ready for the transfer: its socket, and its TLS under PROT P. */
    private record Opened(SocketChannel channel, TlsChannel tls) {
    }

    private Opened acceptFromClient(ServerSocketChannel ssc, long deadline) throws IOException {
        String refusal = null;
        while (true) {
            int wait = remainingMillis(deadline);
            if (wait <= 0) {
                throw refusal != null ? new DataConnectionRefusedException(refusal)
                        : new IOException("the client did not open the data connection within "
                        + policy.limits().idleTimeout().toSeconds() + " seconds");
            }
            Socket accepted;
            try {
                ssc.socket().setSoTimeout(wait);
                accepted = ssc.socket().accept(); // the adaptor honours SO_TIMEOUT
            } catch (SocketTimeoutException e) {
                continue; // the deadline decides
            } catch (IOException e) {
                synchronized (this) {
                    throwIfAborted(); // ABOR or Terminate closed the listening socket
                }
                throw e;
            }
            SocketChannel channel = accepted.getChannel();
            InetSocketAddress peer = (InetSocketAddress) channel.getRemoteAddress();
            if (policy.passivePeerMustMatch() && !peer.getAddress().equals(controlPeer)) {
                LOG.warn("refused a passive data connection from {}: the control connection comes from {} "
                        + "(dataChannelSecurity/matchClientAddressForPasv)", peer.getAddress().getHostAddress(), controlPeer.getHostAddress());
                channel.close();
                continue;
            }
            channel.socket().setTcpNoDelay(true);
            if (!secure) {
                synchronized (this) {
                    pending = channel;
                }
                return new Opened(channel, null);
            }
            try {
                return new Opened(channel, protect(channel, deadline));
            } catch (DataConnectionRefusedException e) {
                refusal = e.getMessage();
            } catch (TransferAbortedException e) {
                throw e;
            } catch (IOException e) {
                LOG.warn("refused a protected data connection from {}: its TLS handshake failed ({}); waiting for another",
                        address(peer), e.getMessage());
            }
        }
    }

    private Opened connectToClient(InetSocketAddress target, long deadline) throws IOException {
        SocketChannel channel = SocketChannel.open();
        synchronized (this) {
            if (aborted) {
                channel.close();
                throwIfAborted();
            }
            pending = channel;
        }
        try {
            channel.socket().setReuseAddress(true);
            channel.bind(new InetSocketAddress(controlLocal, 0));
            channel.socket().connect(target, Math.max(1, remainingMillis(deadline)));
            channel.socket().setTcpNoDelay(true);
        } catch (IOException e) {
            channel.close();
            synchronized (this) {
                throwIfAborted();
            }
            throw e;
        }
        return new Opened(channel, secure ? protect(channel, deadline) : null);
    }

    /**
     * The TLS handshake of a data connection under PROT P; unless the site relaxes the rule, the connection must resume
     * the control connection's TLS session, or it is closed (no byte of the transfer goes through it).
     */
    private TlsChannel protect(SocketChannel channel, long deadline) throws IOException {
        ConnectionTls tls = policy.controlTls().orElseThrow(); // checked before the connection was made
        synchronized (this) {
            if (aborted) {
                closeQuietly(channel);
                throwIfAborted();
            }
            pending = channel; // ABOR and Terminate close it, which ends the handshake
        }
        TlsChannel protectedChannel;
        try {
            protectedChannel = TlsChannel.accept(tls, channel, Math.max(1, remainingMillis(deadline)));
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            synchronized (this) {
                throwIfAborted();
            }
            throw e;
        }
        if (policy.requireTlsResumption() && !protectedChannel.resumedFrom(tls)) {
            InetSocketAddress peer = (InetSocketAddress) channel.getRemoteAddress();
            LOG.warn("refused a protected data connection from {}: it did not resume the TLS session of the control "
                    + "connection (security/ssl/@requireTlsSessionResumption)", address(peer));
            closeQuietly(protectedChannel::close);
            throw new DataConnectionRefusedException("the TLS session of the data connection did not resume the control connection's");
        }
        return protectedChannel;
    }

    private void throwIfAborted() throws TransferAbortedException {
        if (aborted) {
            throw new TransferAbortedException("the transfer was aborted before its data connection was open");
        }
    }

    private static int remainingMillis(long deadline) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
    }

    private static String address(InetSocketAddress peer) {
        return peer == null ? "?" : peer.getAddress().getHostAddress() + ":" + peer.getPort();
    }

    /** Ends the data connection and forgets PASV/PORT, so the next transfer needs a new one (else 503). */
    @Override
    public void closeDataConnection() {
        release(false);
    }

    /** Ends any transfer, pending connection and listening socket at once (Terminate, site stop); never blocks. */
    public void abort(String reason) {
        DataTransfer transfer;
        SocketChannel waiting;
        synchronized (this) {
            aborted = true; // a transfer still opening its connection must not start
            transfer = current;
            waiting = pending;
        }
        if (transfer != null) {
            transfer.abort(reason);
        }
        if (waiting != null) {
            closeQuietly(waiting);
        }
        release(true);
    }

    /**
     * ABOR, seen as soon as it arrives: aborts the running transfer (its command answers 426); when the transfer is
     * still waiting for its data connection, or not started, on the PASV/PORT set up, that connection is closed or never
     * made, so no byte moves and the command answers 426. With nothing set up there is nothing to stop.
     */
    public void abortTransfer(String reason) {
        DataTransfer transfer;
        SocketChannel waiting = null;
        ServerSocketChannel listening = null;
        synchronized (this) {
            transfer = current;
            if (transfer == null) {
                if (passive == null && active == null) {
                    return;
                }
                aborted = true;
                waiting = pending;
                listening = passive; // closed now, returned to the range when the command releases it
            }
        }
        if (transfer != null) {
            transfer.abort(reason);
            return;
        }
        if (waiting != null) {
            closeQuietly(waiting);
        }
        if (listening != null) {
            closeQuietly(listening);
        }
    }

    private void release(boolean aborting) {
        ServerSocketChannel ssc;
        int port;
        DataTransfer transfer;
        synchronized (this) {
            ssc = passive;
            port = reservedPort;
            transfer = current;
            passive = null;
            reservedPort = 0;
            active = null;
            current = null;
            pending = null;
            if (!aborting) {
                aborted = false; // the next PASV/PORT starts afresh
            }
        }
        if (transfer != null) {
            if (!aborting) {
                transfer.close();
            }
            policy.dataChannelEvent(false, transfer.localPort());
        }
        if (ssc != null) {
            closeQuietly(ssc);
            ports.release(port);
        }
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public void setSecure(boolean secure) {
        this.secure = secure;
    }

    @Override
    public boolean isZipMode() {
        return zip;
    }

    @Override
    public void setZipMode(boolean zip) {
        this.zip = zip;
    }

    @Override
    public boolean isTimeout(long currTime) {
        return false; // the watchdog handles time-outs
    }

    @Override
    public void dispose() {
        closeDataConnection();
    }

    @Override
    public void setServerControlAddress(InetAddress serverControlAddress) {
        // the control address is fixed at construction
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
