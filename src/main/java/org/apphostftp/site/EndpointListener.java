package org.apphostftp.site;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Set;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServerConfigurationException;
import org.apache.ftpserver.impl.DefaultFtpHandler;
import org.apache.ftpserver.impl.FtpHandler;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apache.ftpserver.listener.nio.AbstractListener;
import org.apache.ftpserver.listener.nio.FtpHandlerAdapter;
import org.apache.ftpserver.ssl.SslConfiguration;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.ProtocolCodecFilter;
import org.apache.mina.filter.executor.ExecutorFilter;
import org.apache.mina.transport.socket.nio.NioSocketAcceptor;
import org.apphostftp.security.ServerTls;

/**
 * The socket listener of one endpoint, written against MINA's public classes instead of the stock NioListener so that
 * the backlog, TCP_NODELAY, the command-line limit and the filter chain are ours:
 * {@code [implicit TLS] → control signals (close, ABOR) → executor → plaintext byte counter → line codec → session gate →
 * MINA's FTP handler}.
 * All listeners share one pool of I/O processors and one ordered command pool.
 */
final class EndpointListener extends AbstractListener {

    private static final String IMPLICIT_TLS = "sslFilter";

    private final EndpointServer owner;
    private final FtpServices services;
    private final int backlog;
    private final FtpLineCodec codec;
    private ServerTls implicitTls;
    private NioSocketAcceptor acceptor;
    private boolean suspended;

    EndpointListener(EndpointServer owner, FtpServices services, SslConfiguration ssl, ServerTls implicitTls, int backlog,
                     long maxCommandLine) {
        super(owner.endpoint().isWildcard() ? null : owner.endpoint().address(), owner.endpoint().port(), implicitTls != null, ssl,
                new DataConnectionConfigurationFactory().createDataConnectionConfiguration(), 0, null);
        this.owner = owner;
        this.services = services;
        this.backlog = backlog;
        this.codec = new FtpLineCodec(maxCommandLine);
        this.implicitTls = implicitTls;
    }

    @Override
    public synchronized void start(FtpServerContext context) {
        if (acceptor != null) {
            throw new IllegalStateException("listener of " + owner.endpoint() + " already started");
        }
        NioSocketAcceptor a = new NioSocketAcceptor(null, services.processors());
        a.setReuseAddress(true);
        a.setBacklog(backlog);
        a.getSessionConfig().setTcpNoDelay(true); // Nagle plus delayed ACK costs ~40 ms per small reply
        a.getSessionConfig().setReadBufferSize(1024);
        a.getSessionConfig().setIdleTime(IdleStatus.BOTH_IDLE, 30);
        if (implicitTls != null) {
            a.getFilterChain().addLast(IMPLICIT_TLS, Tls.controlFilter(implicitTls, null));
        }
        a.getFilterChain().addLast("signals", new ControlSignals());
        a.getFilterChain().addLast("executor", new ExecutorFilter(context.getThreadPoolExecutor()));
        a.getFilterChain().addLast("bytes", new ControlByteCounter());
        a.getFilterChain().addLast("codec", new ProtocolCodecFilter(codec));
        a.getFilterChain().addLast("gate", new SessionGate(owner, services));
        FtpHandler handler = new DefaultFtpHandler();
        handler.init(context, this);
        a.setHandler(new FtpHandlerAdapter(context, handler));
        try {
            InetSocketAddress address = owner.endpoint().isWildcard() ? new InetSocketAddress(owner.endpoint().port())
                    : new InetSocketAddress(InetAddress.getByName(owner.endpoint().address()), owner.endpoint().port());
            a.bind(address);
        } catch (IOException e) {
            a.dispose();
            throw new FtpServerConfigurationException("cannot listen on " + owner.endpoint() + ": " + e.getMessage(), e);
        }
        setPort(a.getLocalAddress().getPort());
        acceptor = a;
    }

    /** The longest command line of the endpoint's sites, for every session from now on. */
    void maxCommandLine(long maxCommandLine) {
        codec.maxCommandLine(maxCommandLine);
    }

    /** A new certificate for implicit TLS: connections from now on use it; open ones keep theirs. */
    synchronized void implicitTls(ServerTls context) {
        if (implicitTls == null || context == implicitTls) {
            return;
        }
        implicitTls = context;
        if (acceptor != null) {
            acceptor.getFilterChain().replace(IMPLICIT_TLS, Tls.controlFilter(context, null));
        }
    }

    @Override
    public synchronized void stop() {
        if (acceptor != null) {
            acceptor.unbind();
            acceptor.dispose(); // the shared processors are not ours to dispose; MINA leaves them alone
            acceptor = null;
        }
    }

    @Override
    public synchronized boolean isStopped() {
        return acceptor == null;
    }

    @Override
    public synchronized void suspend() {
        if (acceptor != null && !suspended) {
            acceptor.unbind();
            suspended = true;
        }
    }

    @Override
    public synchronized void resume() {
        if (acceptor != null && suspended) {
            try {
                acceptor.bind();
                suspended = false;
            } catch (IOException e) {
                throw new FtpServerConfigurationException("cannot listen on " + owner.endpoint() + " again: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public synchronized boolean isSuspended() {
        return suspended;
    }

    @Override
    public synchronized Set<FtpIoSession> getActiveSessions() {
        Set<FtpIoSession> out = new HashSet<>();
        if (acceptor != null) {
            for (IoSession io : acceptor.getManagedSessions().values()) {
                out.add(new FtpIoSession(io, owner.context()));
            }
        }
        return out;
    }

    /** The raw MINA sessions of this listener. */
    synchronized Set<IoSession> sessions() {
        return acceptor == null ? Set.of() : new HashSet<>(acceptor.getManagedSessions().values());
    }
}
