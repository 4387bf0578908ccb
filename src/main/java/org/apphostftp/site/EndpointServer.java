package org.apphostftp.site;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadPoolExecutor;
import javax.net.ssl.SSLContext;
import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.impl.DefaultFtpServerContext;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apache.mina.core.session.IoSession;
import org.apphostftp.config.effective.Endpoint;
import org.apphostftp.config.effective.FtpBinding;
import org.apphostftp.site.command.SiteCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FTP service of one endpoint (address and port) and the sites bound there. Start builds a fresh MINA context and
 * listener (MINA's cannot be restarted); the sites can change while it runs ({@link #hosts(VirtualHostTable)}).
 */
public final class EndpointServer {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final Endpoint endpoint;
    private final ListenerShape shape;
    private final FtpServices services;
    private volatile VirtualHostTable hosts;
    private volatile FtpServerContext context;
    private EndpointListener listener;

    public EndpointServer(Endpoint endpoint, List<SiteRuntime> sites, FtpServices services) {
        this.endpoint = endpoint;
        this.services = services;
        this.hosts = VirtualHostTable.of(endpoint, sites);
        this.shape = ListenerShape.of(endpoint, sites);
    }

    /**
     * What the listener is built from; when a reload changes it, the endpoint must be rebound.
     *
     * @param implicitSsl    TLS from the first byte
     * @param backlog        serverListenBacklog of the endpoint's first site
     * @param maxCommandLine the codec's limit: the largest maxCommandLine of the sites there
     */
    public record ListenerShape(boolean implicitSsl, int backlog, long maxCommandLine) {

        public static ListenerShape of(Endpoint endpoint, List<SiteRuntime> sites) {
            VirtualHostTable table = VirtualHostTable.of(endpoint, sites);
            boolean implicit = sites.stream().flatMap(s -> s.config().bindings().stream())
                    .anyMatch(b -> b.endpoint().equals(endpoint) && b.implicitSsl());
            return new ListenerShape(implicit, table.initial().config().ftp().connections().serverListenBacklog(),
                    table.sitesMaxCommandLine());
        }
    }

    public ListenerShape shape() {
        return shape;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    boolean implicitSsl() {
        return shape.implicitSsl();
    }

    public VirtualHostTable hosts() {
        return hosts;
    }

    /** Replaces the sites of this endpoint (a site added, removed or changed); running sessions keep their site. */
    public void hosts(VirtualHostTable table) {
        this.hosts = table;
    }

    FtpServerContext context() {
        return context;
    }

    public FtpServices services() {
        return services;
    }

    /** The port actually bound (differs from the configured one only for port 0 in tests). */
    public synchronized int port() {
        return listener == null ? endpoint.port() : listener.getPort();
    }

    public synchronized boolean running() {
        return listener != null && !listener.isStopped();
    }

    /** Binds the endpoint; throws when the port cannot be bound or implicit TLS has no certificate. */
    public synchronized void start() {
        if (running()) {
            return;
        }
        SiteRuntime first = hosts.initial();
        SSLContext implicitContext = null;
        if (shape.implicitSsl()) {
            implicitContext = first.tls().orElseThrow(() -> new IllegalStateException("binding " + endpoint
                    + " is implicit FTPS but site '" + first.name() + "' has no certificate (security/ssl/@serverCertFile)"));
        }
        Optional<SSLContext> anyTls = first.tls();
        DefaultFtpServerContext ctx = new EndpointContext(services.executor());
        ctx.setCommandFactory(SiteCommands.create());
        ctx.setFtpStatistics(new EndpointStatistics());
        ConnectionConfigFactory connections = new ConnectionConfigFactory();
        connections.setMaxLogins(0);
        connections.setMaxLoginFailures(0);
        connections.setLoginFailureDelay(0);
        connections.setAnonymousLoginEnabled(true);
        connections.setMaxAnonymousLogins(Integer.MAX_VALUE); // 0 would mean none (MINA pitfall P4)
        ctx.setConnectionConfig(connections.createConnectionConfig());
        EndpointListener l = new EndpointListener(this, services,
                anyTls.isPresent() ? Tls.configuration(() -> hosts.initial().tls().orElse(anyTls.get())) : null,
                implicitContext, shape.backlog(), shape.maxCommandLine());
        ctx.setListener("default", l); // replaces MINA's hidden default listener on port 21 (pitfall P1)
        this.context = ctx;
        l.start(ctx);
        listener = l;
        LOG.info("listening on {}{} for {}", endpoint, shape.implicitSsl() ? " (implicit FTPS)" : "", hosts.describe());
    }

    /** Terminates every session of this endpoint (421), then closes the port; returns within a few seconds. */
    public void stop() {
        EndpointListener l;
        synchronized (this) {
            l = listener;
            listener = null;
        }
        if (l == null) {
            return;
        }
        Set<IoSession> sessions = l.sessions();
        for (IoSession io : sessions) {
            SessionState state = SessionState.of(io);
            if (state != null) {
                state.live().terminate();
            }
        }
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        for (IoSession io : sessions) { // each gets its 421 flushed before the port closes
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left > 0) {
                io.getCloseFuture().awaitUninterruptibly(left);
            }
        }
        l.stop();
        LOG.info("closed {}", endpoint);
    }

    /** Terminates the sessions of one site on this endpoint (the site stops but the endpoint stays). */
    public void terminate(SiteRuntime site) {
        for (IoSession io : listenerSessions()) {
            SessionState state = SessionState.of(io);
            if (state != null && state.site() == site) {
                state.live().terminate();
            }
        }
    }

    private synchronized Set<IoSession> listenerSessions() {
        return listener == null ? Set.of() : listener.sessions();
    }

    /** Whether a binding of a site belongs to this endpoint. */
    public boolean serves(FtpBinding binding) {
        return binding.endpoint().equals(endpoint);
    }

    /** MINA's server context with our shared, unbounded, per-session ordered thread pool. */
    private static final class EndpointContext extends DefaultFtpServerContext {
        private final ThreadPoolExecutor pool;

        EndpointContext(ThreadPoolExecutor pool) {
            this.pool = pool;
        }

        @Override
        public ThreadPoolExecutor getThreadPoolExecutor() {
            return pool;
        }

        @Override
        public void dispose() {
            getListeners().clear(); // the shared pool belongs to the host
        }
    }
}
