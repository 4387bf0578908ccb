package org.apphostftp.site;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
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
import org.apache.mina.core.service.IoProcessor;
import org.apache.mina.core.service.IoService;
import org.apache.mina.transport.socket.nio.NioSession;
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
        NioSocketAcceptor a = new BackingOffAcceptor(services.processors(), new AcceptBackoff(owner.endpoint().toString(),
                Duration.ofSeconds(10), System::nanoTime));
        a.setReuseAddress(true);
        a.setCloseOnDeactivation(false); // a service stop closes the port first and lets running transfers finish
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

    /**
     * MINA's acceptor, with {@link AcceptBackoff} when the process is out of file descriptors. MINA's own accept logs an
     * ERROR with a stack trace every 50 ms then; its session class is package-private, so it is made by reflection
     * (MINA's accept is used as it is when that is not possible).
     */
    private static final class BackingOffAcceptor extends NioSocketAcceptor {
        private static final Constructor<?> SESSION = sessionConstructor();
        private final AcceptBackoff backoff;

        BackingOffAcceptor(IoProcessor<NioSession> processors, AcceptBackoff backoff) {
            super(null, processors);
            this.backoff = backoff;
        }

        private static Constructor<?> sessionConstructor() {
            try {
                Constructor<?> c = Class.forName("org.apache.mina.transport.socket.nio.NioSocketSession")
                        .getDeclaredConstructor(IoService.class, IoProcessor.class, SocketChannel.class);
                c.setAccessible(true);
                return c;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        @Override
        protected NioSession accept(IoProcessor<NioSession> processor, ServerSocketChannel handle) throws Exception {
            if (SESSION == null) {
                return super.accept(processor, handle);
            }
            try {
                SocketChannel channel = handle.accept(); // non-blocking: null when nothing is pending
                if (channel == null) {
                    return null;
                }
                backoff.succeeded();
                return (NioSession) SESSION.newInstance(this, processor, channel);
            } catch (IOException e) {
                if (!AcceptBackoff.outOfDescriptors(e)) {
                    throw e;
                }
                Thread.sleep(backoff.failed().toMillis()); // the acceptor's own thread: nothing else waits on it
                return null;
            }
        }
    }

    /** The raw MINA sessions of this listener. */
    synchronized Set<IoSession> sessions() {
        return acceptor == null ? Set.of() : new HashSet<>(acceptor.getManagedSessions().values());
    }
}
