package org.apphostftp.site.data;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLContext;
import org.apache.ftpserver.DataConnectionException;
import org.apache.ftpserver.ftplet.DataConnection;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apache.ftpserver.impl.IODataConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data connections of one session, on NIO channels so that plain binary transfers can be zero-copy. Replaces
 * MINA's IODataConnectionFactory (it extends it only because the stock commands check for that type before they
 * answer "503 PORT or PASV must be issued first"). No lock is held while blocking, so {@link #abort} and
 * {@link #closeDataConnection} never wait for an accept or a connect.
 */
public final class ChannelDataConnectionFactory extends IODataConnectionFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelDataConnectionFactory.class);
    private static final String[] TLS_PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

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
    private SocketChannel handshaking;
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

    /** Accepts or connects the data connection of the coming transfer. */
    public DataTransfer open() throws IOException {
        ServerSocketChannel ssc;
        InetSocketAddress target;
        synchronized (this) {
            ssc = passive;
            target = active;
        }
        SocketChannel channel;
        if (ssc != null) {
            channel = acceptFromClient(ssc);
        } else if (target != null) {
            channel = connectToClient(target);
        } else {
            throw new IOException("PORT or PASV must be issued first");
        }
        synchronized (this) {
            handshaking = channel;
        }
        TlsChannel tls = secure ? startTls(channel) : null;
        DataTransfer transfer = new DataTransfer(channel, tls, zip, control, policy.live(), policy.limits(), watchdog);
        synchronized (this) {
            handshaking = null;
            current = transfer;
        }
        policy.dataChannelEvent(true, channel.socket().getLocalPort());
        return transfer;
    }

    private SocketChannel acceptFromClient(ServerSocketChannel ssc) throws IOException {
        while (true) {
            Socket accepted;
            try {
                accepted = ssc.socket().accept(); // the adaptor honours SO_TIMEOUT
            } catch (SocketTimeoutException e) {
                throw new IOException("the client did not open the data connection within "
                        + policy.limits().idleTimeout().toSeconds() + " seconds");
            }
            SocketChannel channel = accepted.getChannel();
            InetAddress peer = ((InetSocketAddress) channel.getRemoteAddress()).getAddress();
            if (!policy.passivePeerMustMatch() || peer.equals(controlPeer)) {
                channel.socket().setTcpNoDelay(true);
                return channel;
            }
            LOG.warn("refused a passive data connection from {}: the control connection comes from {} "
                    + "(dataChannelSecurity/matchClientAddressForPasv)", peer.getHostAddress(), controlPeer.getHostAddress());
            channel.close();
        }
    }

    private SocketChannel connectToClient(InetSocketAddress target) throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.socket().setReuseAddress(true);
            channel.bind(new InetSocketAddress(controlLocal, 0));
            channel.socket().connect(target, (int) Math.min(Integer.MAX_VALUE, policy.limits().idleTimeout().toMillis()));
            channel.socket().setTcpNoDelay(true);
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    private TlsChannel startTls(SocketChannel channel) throws IOException {
        SSLContext context = policy.tls().orElseThrow(() -> {
            closeQuietly(channel);
            return new IOException("PROT P needs a certificate on this site");
        });
        try {
            return TlsChannel.accept(context, channel, TLS_PROTOCOLS, (int) Math.min(Integer.MAX_VALUE, policy.limits().idleTimeout().toMillis()));
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Ends the data connection and forgets PASV/PORT, so the next transfer needs a new one (else 503). */
    @Override
    public void closeDataConnection() {
        release(false);
    }

    /** Ends any transfer and listening socket at once (Terminate, site stop); never blocks. */
    public void abort(String reason) {
        DataTransfer transfer;
        SocketChannel inHandshake;
        synchronized (this) {
            transfer = current;
            inHandshake = handshaking;
        }
        if (transfer != null) {
            transfer.abort(reason);
        }
        if (inHandshake != null) {
            closeQuietly(inHandshake); // a TLS handshake still waiting for the client
        }
        release(true);
    }

    /** Aborts the running transfer only (ABOR): the command answers 426, PASV/PORT state is released as usual. */
    public void abortTransfer(String reason) {
        DataTransfer transfer;
        synchronized (this) {
            transfer = current;
        }
        if (transfer != null) {
            transfer.abort(reason);
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
