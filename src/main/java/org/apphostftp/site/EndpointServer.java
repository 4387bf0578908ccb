package org.apphostftp.site;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadPoolExecutor;
import javax.net.ssl.SSLContext;
import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.impl.DefaultFtpServerContext;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apache.mina.core.session.IoSession;
import org.apphostftp.config.effective.Endpoint;
import org.apphostftp.security.ServerTls;
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
    private final boolean implicitSsl;
    private final FtpServices services;
    private volatile VirtualHostTable hosts;
    private volatile ListenerShape shape;
    private volatile FtpServerContext context;
    private EndpointListener listener;

    public EndpointServer(Endpoint endpoint, List<SiteRuntime> sites, FtpServices services) {
        this.endpoint = endpoint;
        this.services = services;
        this.hosts = VirtualHostTable.of(endpoint, sites);
        this.shape = ListenerShape.of(endpoint, sites);
        this.implicitSsl = shape.implicitSsl();
    }

    /**
     * What the listener is built from.
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
        return implicitSsl;
    }

    public VirtualHostTable hosts() {
        return hosts;
    }

    /**
     * Whether serving {@code sites} needs a new listener: only when implicit TLS is switched on or off, or its site has
     * lost its certificate. Everything else changes while the endpoint runs ({@link #hosts(List)}).
     */
    public boolean needsNewListener(List<SiteRuntime> sites) {
        ListenerShape next = ListenerShape.of(endpoint, sites);
        return next.implicitSsl() != implicitSsl || implicitSsl && VirtualHostTable.of(endpoint, sites).initial().tls().isEmpty();
    }

    /**
     * The sites of this endpoint after a reload (added, removed, with new settings): new connections and the next
     * command of every session see them; the idle timeouts of open sessions follow their site's new settings. Sessions
     * keep the site they are on (a site leaving the endpoint has its sessions terminated by the caller).
     */
    public void hosts(List<SiteRuntime> sites) {
        VirtualHostTable table = VirtualHostTable.of(endpoint, sites);
        ListenerShape next = ListenerShape.of(endpoint, sites);
        this.hosts = table;
        EndpointListener l;
        synchronized (this) {
            l = listener;
        }
        if (l != null) {
            l.maxCommandLine(next.maxCommandLine());
            if (implicitSsl) {
                table.initial().tls().ifPresent(l::implicitTls);
            }
            if (next.backlog() != shape.backlog()) {
                LOG.info("{}: serverListenBacklog {} applies when the port is opened again (open sessions are kept)",
                        endpoint, next.backlog());
            }
            for (IoSession io : l.sessions()) {
                SessionState state = SessionState.of(io);
                if (state != null) {
                    services.timeouts().apply(io, state);
                }
            }
        }
        this.shape = new ListenerShape(implicitSsl, shape.backlog(), next.maxCommandLine());
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
        ServerTls implicitContext = null;
        if (implicitSsl) {
            implicitContext = first.tls().orElseThrow(() -> new IllegalStateException("binding " + endpoint
                    + " is implicit FTPS but site '" + first.name() + "' has no certificate (security/ssl/@serverCertFile)"));
        }
        DefaultFtpServerContext ctx = new EndpointContext(services.executor());
        ctx.setCommandFactory(services.commands().get());
        ctx.setFtpStatistics(new EndpointStatistics());
        ConnectionConfigFactory connections = new ConnectionConfigFactory();
        connections.setMaxLogins(0);
        connections.setMaxLoginFailures(0);
        connections.setLoginFailureDelay(0);
        connections.setAnonymousLoginEnabled(true);
        connections.setMaxAnonymousLogins(Integer.MAX_VALUE); // 0 would mean none (MINA pitfall P4)
        ctx.setConnectionConfig(connections.createConnectionConfig());
        // always present: certificates can come and go with a reload; PROT P is refused by the gate without one
        EndpointListener l = new EndpointListener(this, services, Tls.configuration(this::anyTls), implicitContext,
                shape.backlog(), shape.maxCommandLine());
        ctx.setListener("default", l); // replaces MINA's hidden default listener on port 21 (pitfall P1)
        this.context = ctx;
        l.start(ctx);
        listener = l;
        LOG.info("listening on {}{} for {}", endpoint, implicitSsl ? " (implicit FTPS)" : "", hosts.describe());
    }

    /** The TLS context MINA's stock commands see: the first site's, else any site's here. */
    private SSLContext anyTls() {
        VirtualHostTable table = hosts;
        return table.initial().tls().or(() -> table.sites().stream().flatMap(s -> s.tls().stream()).findFirst()).map(ServerTls::sslContext)
                .orElseThrow(() -> new IllegalStateException("no site on " + endpoint + " has a certificate"));
    }

    /**
     * The first step of a service stop: the port closes, open sessions stay. Sessions with no command running end now
     * (421); the others end as soon as their running command (a transfer) has replied.
     */
    public void drain() {
        EndpointListener l;
        synchronized (this) {
            l = listener;
        }
        if (l == null) {
            return;
        }
        l.suspend();
        for (IoSession io : l.sessions()) {
            SessionState state = SessionState.of(io);
            if (state != null) {
                state.draining(true); // first: a reply passing from now on ends the session
                if (!state.commandRunning()) {
                    state.end(SessionEnd.Reason.SHUTDOWN);
                }
            }
        }
    }

    /** Sessions still open on this endpoint. */
    public int openSessions() {
        EndpointListener l;
        synchronized (this) {
            l = listener;
        }
        return l == null ? 0 : l.sessions().size();
    }

    /** Terminates every session of this endpoint (421), then closes the port; returns within a few seconds. */
    public void stop() {
        stop(SessionEnd.Reason.ADMINISTRATOR);
    }

    /** As {@link #stop()} at the end of a service stop: the sessions' 421 and the logs say the server shut down. */
    public void stopForShutdown() {
        stop(SessionEnd.Reason.SHUTDOWN);
    }

    private void stop(SessionEnd.Reason reason) {
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
            if (state == null) {
                io.closeNow();
            } else if (reason == SessionEnd.Reason.ADMINISTRATOR) {
                state.live().terminate();
            } else {
                state.end(reason);
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
        sessions.forEach(IoSession::closeNow); // the port no longer closes its sessions by itself
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
