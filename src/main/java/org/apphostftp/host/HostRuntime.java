package org.apphostftp.host;

import java.net.BindException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apphostftp.config.effective.Endpoint;
import org.apphostftp.config.effective.FtpBinding;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.effective.SiteConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apphostftp.config.effective.SiteState;
import org.apphostftp.security.ServerTls;
import org.apphostftp.metrics.FtpMetrics;
import org.apphostftp.site.CommandLog;
import org.apphostftp.session.SessionRegistry;
import org.apphostftp.site.EndpointServer;
import org.apphostftp.site.FtpEngine;
import org.apphostftp.site.FtpServices;
import org.apphostftp.site.SiteRuntime;
import org.apphostftp.site.command.SiteCommands;
import org.apphostftp.site.data.PassivePortPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running server: every site and endpoint of the current configuration. {@link #apply} turns a configuration
 * into running sites by difference, so a reload stops only what changed and starts what is new; sessions of sites
 * whose settings merely changed keep running and use the new settings from their next command.
 */
public final class HostRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HostRuntime.class);
    private static final long STATUS_ADDRESS_IN_USE = 10048; // WSAEADDRINUSE, as IIS reports it
    private static final long STATUS_ACCESS_DENIED = 10013; // WSAEACCES
    private static final long STATUS_INVALID_DATA = 13; // ERROR_INVALID_DATA: certificate problems

    private final SessionRegistry registry = new SessionRegistry();
    private final FtpEngine engine = SiteCommands.engine();
    private final PassivePortPool passivePorts;
    private final SecurityServices security;
    private final SiteLogs logs;
    private final FtpServices services;
    private final FtpMetrics metrics;

    private final Map<String, SiteRuntime> sites = new LinkedHashMap<>();
    /** An immutable copy of {@link #sites} for readers (the admin API must not wait for a reload). */
    private volatile Map<String, SiteRuntime> published = Map.of();
    private final Map<String, Boolean> adminRunning = new HashMap<>();
    private final Map<Endpoint, EndpointServer> endpoints = new HashMap<>();
    private volatile ServerConfig config;
    /** A node's own view of the shared file (the address '*' bindings use); identity on a single node. */
    private final UnaryOperator<ServerConfig> nodeLocal;

    public HostRuntime(ServerConfig initial) {
        this(initial, UnaryOperator.identity(), new SimpleMeterRegistry());
    }

    /**
     * @param nodeLocal applied to every configuration before it runs (a farm node's overrides)
     * @param meters    where the FTP meters go
     */
    public HostRuntime(ServerConfig initial, UnaryOperator<ServerConfig> nodeLocal, MeterRegistry meters) {
        this.nodeLocal = nodeLocal;
        initial = nodeLocal.apply(initial);
        this.config = initial;
        this.passivePorts = new PassivePortPool(initial.global().passivePorts().low(), initial.global().passivePorts().high());
        this.security = new SecurityServices(initial);
        this.logs = new SiteLogs(initial);
        this.metrics = new FtpMetrics(meters, registry, this::sites);
        metrics.loginBlocks(security::loginBlocks);
        CommandLog log = record -> {
            logs.record(record);
            metrics.record(record);
        };
        this.services = engine.services(registry, passivePorts, security, log, () -> config.global());
    }

    /** The FTP meters of this server. */
    public FtpMetrics metrics() {
        return metrics;
    }

    public SessionRegistry registry() {
        return registry;
    }

    public ServerConfig config() {
        return config;
    }

    public SecurityServices security() {
        return security;
    }

    public SiteLogs logs() {
        return logs;
    }

    /**
     * Makes the running server match {@code next} by difference: sites added, removed, rebound, updated in place,
     * started or stopped, and the server-level settings. Sessions of a site that stays keep running and see its new
     * settings from their next command; sessions of a removed or stopped site, or on an endpoint the site left, get
     * 421. A listener is rebuilt only when implicit TLS is switched on or off there.
     */
    public synchronized void apply(ServerConfig next) {
        ServerConfig previous = this.config;
        next = next == previous ? next : nodeLocal.apply(next);
        boolean reload = previous != next;
        List<String> changes = reload ? ConfigChanges.server(previous, next) : new ArrayList<>();
        this.config = next;
        passivePorts.configure(next.global().passivePorts().low(), next.global().passivePorts().high());
        security.update(next);
        logs.update(next);

        Set<SiteRuntime> touched = new HashSet<>(); // sites whose configuration changed: only their endpoints are redone
        Map<String, SiteConfig> wanted = new LinkedHashMap<>();
        next.sites().forEach(s -> wanted.put(key(s.name()), s));
        for (String name : new ArrayList<>(sites.keySet())) {
            if (!wanted.containsKey(name)) {
                SiteRuntime removed = sites.remove(name);
                adminRunning.remove(name);
                changes.add("site '" + removed.name() + "' removed");
                removed.state(SiteState.STOPPED);
                terminateSessions(removed); // also on an endpoint that other sites keep
            }
        }
        for (SiteConfig site : wanted.values()) {
            String name = key(site.name());
            SiteRuntime runtime = sites.get(name);
            if (runtime == null) {
                runtime = new SiteRuntime(site, tlsOf(site));
                sites.put(name, runtime);
                touched.add(runtime);
                if (reload) {
                    changes.add("site '" + site.name() + "' added");
                }
                continue;
            }
            SiteConfig old = runtime.config();
            if (old.equals(site)) {
                continue; // an unchanged site of a large host: its runtime, certificate and sessions are left alone
            }
            if (ConfigChanges.onlyMoved(old, site)) {
                runtime.update(site, runtime.tls()); // lines above it changed: messages name its new line; nothing else
                continue;
            }
            // certificate files are read again only when their settings change (an unchanged site keeps its context)
            Optional<ServerTls> tls = old.ftp().ssl().equals(site.ftp().ssl()) ? runtime.tls() : tlsOf(site);
            if (old.autoStart() != site.autoStart()) {
                adminRunning.remove(name); // the file decides again (SPEC 7)
            }
            runtime.update(site, tls); // rebinding is done by reconcile: only the endpoints the site leaves close
            touched.add(runtime);
            ConfigChanges.site(old, site).ifPresent(changes::add);
        }
        reconcile(touched);
        metrics.sitesChanged();
        if (reload) {
            long running = sites.values().stream().filter(s -> s.state() == SiteState.STARTED).count();
            LOG.info("configuration applied: {}; {} of {} sites running",
                    changes.isEmpty() ? "no change the server acts on" : String.join("; ", changes), running, sites.size());
        }
    }

    /** The ftpServer Start method: runs the site with its current configuration. */
    public synchronized void startSite(String name) {
        SiteRuntime site = site(name).orElseThrow(() -> new IllegalArgumentException("no such site: " + name));
        adminRunning.put(key(name), true);
        site.lastStartupStatus(0);
        reconcile(Set.of());
        if (site.state() != SiteState.STARTED) {
            throw new SiteStartException("site '" + site.name() + "' could not start (status " + site.lastStartupStatus() + ")",
                    site.lastStartupStatus(), null);
        }
    }

    /** The ftpServer Stop method: closes the site's ports and terminates its sessions. */
    public synchronized void stopSite(String name) {
        site(name).orElseThrow(() -> new IllegalArgumentException("no such site: " + name));
        adminRunning.put(key(name), false);
        reconcile(Set.of());
    }

    /** A site by name, without waiting for a reload in progress (readers see the sites as last published). */
    public Optional<SiteRuntime> site(String name) {
        return Optional.ofNullable(published.get(key(name)));
    }

    public List<SiteRuntime> sites() {
        return List.copyOf(published.values());
    }

    // ---------------------------------------------------------------------------------------- reconcile

    private boolean shouldRun(SiteRuntime site) {
        Boolean admin = adminRunning.get(key(site.name()));
        return admin != null ? admin : site.config().autoStart();
    }

    /**
     * Starts, stops and rebinds endpoints until the running sites are exactly those that should run. An endpoint that
     * keeps the same sites, none of them in {@code touched} (their configuration changed), is left as it is.
     */
    private void reconcile(Set<SiteRuntime> touched) {
        Set<SiteRuntime> failed = new HashSet<>();
        while (true) {
            Map<Endpoint, List<SiteRuntime>> desired = new LinkedHashMap<>();
            for (SiteRuntime site : sites.values()) {
                if (shouldRun(site) && !failed.contains(site)) {
                    for (FtpBinding b : site.config().bindings()) {
                        List<SiteRuntime> list = desired.computeIfAbsent(b.endpoint(), e -> new ArrayList<>());
                        if (!list.contains(site)) {
                            list.add(site);
                        }
                    }
                }
            }
            for (Endpoint e : new ArrayList<>(endpoints.keySet())) {
                EndpointServer server = endpoints.get(e);
                List<SiteRuntime> want = desired.get(e);
                if (want == null || server.needsNewListener(want)) {
                    endpoints.remove(e).stop();
                }
            }
            boolean retry = false;
            for (Map.Entry<Endpoint, List<SiteRuntime>> entry : desired.entrySet()) {
                EndpointServer server = endpoints.get(entry.getKey());
                if (server != null) {
                    if (!Set.copyOf(server.hosts().sites()).equals(Set.copyOf(entry.getValue()))
                            || entry.getValue().stream().anyMatch(touched::contains)) {
                        for (SiteRuntime gone : sitesLeaving(server, entry.getValue())) {
                            server.terminate(gone);
                        }
                        server.hosts(entry.getValue());
                    }
                    continue;
                }
                server = new EndpointServer(entry.getKey(), entry.getValue(), services);
                try {
                    server.start();
                    endpoints.put(entry.getKey(), server);
                } catch (RuntimeException e) {
                    long status = statusOf(e);
                    for (SiteRuntime site : entry.getValue()) {
                        LOG.error("site '{}' cannot start: {}", site.name(), rootMessage(e));
                        site.lastStartupStatus(status);
                        failed.add(site);
                    }
                    retry = true; // the failed sites must leave the endpoints they share with others
                    break;
                }
            }
            if (!retry) {
                break;
            }
        }
        Set<SiteRuntime> running = new HashSet<>();
        endpoints.values().forEach(server -> sites.values().stream().filter(s -> server.hosts().contains(s)).forEach(running::add));
        for (SiteRuntime site : sites.values()) {
            SiteState before = site.state();
            SiteState now = running.contains(site) ? SiteState.STARTED : SiteState.STOPPED;
            site.state(now);
            if (now == SiteState.STOPPED && before == SiteState.STARTED) {
                terminateSessions(site);
            }
            if (now == SiteState.STARTED && !failed.contains(site)) {
                site.lastStartupStatus(0);
            }
        }
        published = Collections.unmodifiableMap(new LinkedHashMap<>(sites));
    }

    private List<SiteRuntime> sitesLeaving(EndpointServer server, List<SiteRuntime> staying) {
        List<SiteRuntime> leaving = new ArrayList<>();
        for (SiteRuntime s : sites.values()) {
            if (server.hosts().contains(s) && !staying.contains(s)) {
                leaving.add(s);
            }
        }
        return leaving;
    }

    private void terminateSessions(SiteRuntime site) {
        registry.ofSite(site.name()).forEach(org.apphostftp.session.LiveSession::terminate);
    }

    private Optional<ServerTls> tlsOf(SiteConfig site) {
        try {
            return security.tlsFor(site);
        } catch (RuntimeException e) {
            LOG.error("site '{}': certificate cannot be used: {}", site.name(), e.getMessage());
            return Optional.empty();
        }
    }

    private static long statusOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return t.getMessage() != null && t.getMessage().contains("ermission") ? STATUS_ACCESS_DENIED : STATUS_ADDRESS_IN_USE;
            }
            if (t instanceof IllegalStateException && t.getMessage() != null && t.getMessage().contains("certificate")) {
                return STATUS_INVALID_DATA;
            }
        }
        return STATUS_ADDRESS_IN_USE;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return e.getMessage() + (t != e && t.getMessage() != null ? " (" + t.getMessage() + ")" : "");
    }

    private static String key(String siteName) {
        return siteName.toLowerCase(Locale.ROOT);
    }


    /**
     * The first step of a service stop: every port closes, sessions with no command running end with 421, and
     * running commands (transfers) may finish for up to {@code drainTimeout}; each such session ends after its reply.
     * {@link #close()} then ends what is left.
     */
    public synchronized void drain(Duration drainTimeout) {
        if (drainTimeout.isZero() || drainTimeout.isNegative()) {
            return;
        }
        endpoints.values().forEach(EndpointServer::drain);
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        int open = openSessions();
        LOG.info("stopping: ports closed; {} session(s) open, running transfers may finish within {} s", open,
                drainTimeout.toSeconds());
        while (open > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            open = openSessions();
        }
        if (open > 0) {
            LOG.info("stopping: {} session(s) still busy after {} s end now with 421", open, drainTimeout.toSeconds());
        }
    }

    /** Connections still open, or closed but not yet through their close event (which writes their last log lines). */
    private int openSessions() {
        return Math.max(registry.size(), endpoints.values().stream().mapToInt(EndpointServer::openSessions).sum());
    }

    /** Stops every site (sessions get 421, logged as a shutdown), then the shared threads. */
    @Override
    public synchronized void close() {
        for (EndpointServer server : endpoints.values()) {
            server.stopForShutdown();
        }
        endpoints.clear();
        sites.values().forEach(s -> s.state(SiteState.STOPPED));
        engine.close();
        logs.close();
    }
}
