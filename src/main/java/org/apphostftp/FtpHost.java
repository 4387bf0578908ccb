package org.apphostftp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apphostftp.admin.AdminApi;
import org.apphostftp.audit.Actor;
import org.apphostftp.audit.AuditTrail;
import org.apphostftp.config.location.ConfigurationException;
import org.apphostftp.config.location.Problem;
import org.apphostftp.admin.AdminEndpoint;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.LoadedFile;
import org.apphostftp.config.effective.FtpBinding;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.LoadedConfiguration;
import org.apphostftp.configapi.Configuration;
import org.apphostftp.configapi.ConfigurationSection;
import org.apphostftp.configapi.ConfigurationView;
import org.apphostftp.configapi.HostStatus;
import org.apphostftp.configapi.RuntimeProviders;
import org.apphostftp.configapi.ServerManager;
import org.apphostftp.farm.FarmNode;
import org.apphostftp.farm.FarmSettings;
import org.apphostftp.host.ConfigWatcher;
import org.apphostftp.host.FarmLink;
import org.apphostftp.host.HostRuntime;
import org.apphostftp.host.LiveConfiguration;
import org.apphostftp.host.NodeLocalConfig;
import org.apphostftp.host.RuntimeData;
import org.apphostftp.metrics.HostMeters;
import org.apphostftp.security.ServerCertificateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public entry point: an FTP server running the sites of one applicationHost.config, following the file (and
 * administration.config beside it) while it runs: a saved change is applied within two seconds, an invalid save
 * changes nothing and shows in {@link #status()}.
 *
 * <pre>{@code
 * try (FtpHost host = FtpHost.start(Path.of("conf/applicationHost.config"))) {
 *     ...
 * }
 * }</pre>
 */
public final class FtpHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FtpHost.class);
    /**
     * How long a saved file must stay unchanged before it is read (editors save in several steps). Short, because the
     * watcher also waits while a file looks cut off ({@link ConfigWatcher}); a 1,000-site save applies within 200 ms.
     */
    private static final Duration QUIET_PERIOD = Duration.ofMillis(50);
    /** How often the files are compared when no file event arrives (events can be missed or late). */
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final Path configFile;
    private final ConfigLoader loader;
    private final HostRuntime runtime;
    private volatile RuntimeProviders providers;
    private final NodeOverrides node;
    /** The farm this node belongs to; null on a single node (then no farm class is even loaded). */
    private volatile FarmNode farm;
    private final LiveConfiguration live;
    /** What runs, read-only, shared by the admin endpoint's requests until the next reload or commit. */
    private final ConfigurationView view;
    private final ConfigWatcher watcher;
    private final Instant started;
    private final AuditTrail audit;
    private final HostMeters meters = new HostMeters();
    private volatile Optional<AdminEndpoint> admin = Optional.empty();
    private GlobalSettings.Management adminSettings;
    private boolean closed;

    private FtpHost(Path configFile, ConfigLoader loader, LoadResult loaded, NodeOverrides node) {
        Clock clock = Clock.systemUTC();
        this.configFile = configFile;
        this.loader = loader;
        this.node = node;
        this.started = clock.instant();
        this.runtime = new HostRuntime(loaded.orElseThrow(),
                node.address().map(NodeLocalConfig::wildcardOn).orElse(UnaryOperator.identity()), meters.registry());
        this.audit = AuditTrail.forConfig(configFile);
        this.providers = RuntimeData.of(runtime, FarmLink.NONE, audit);
        this.live = new LiveConfiguration(configFile, loader, loaded, runtime, clock);
        this.view = new ConfigurationView(loader.schema());
        this.watcher = new ConfigWatcher(live.files(), QUIET_PERIOD, POLL_INTERVAL, this::reloadFiles);
    }

    /** Loads, validates and serves {@code configFile}; an invalid file throws {@link ConfigurationException}. */
    public static FtpHost start(Path configFile) {
        return start(configFile, System.getenv());
    }

    /** As {@link #start(Path)}, with {@code environment} for %VAR% expansion. */
    public static FtpHost start(Path configFile, Map<String, String> environment) {
        LoadedConfiguration loaded = load(configFile, environment);
        loaded.warnings().forEach(w -> LOG.warn("{}", w));
        return start(loaded);
    }

    /**
     * Reads and checks {@code configFile} without serving it: its {@link LoadedConfiguration#problems()} carry
     * FILE:LINE:COL, and {@link #start(LoadedConfiguration)} serves it without reading the file again.
     */
    public static LoadedConfiguration load(Path configFile) {
        return load(configFile, System.getenv());
    }

    /** As {@link #load(Path)}, with {@code environment} for %VAR% expansion (kept for every reload and commit). */
    public static LoadedConfiguration load(Path configFile, Map<String, String> environment) {
        return LoadedFile.load(configFile, environment);
    }

    /**
     * Serves a configuration made by {@link #load(Path)} (a program reports its problems first, and the file is read
     * once); throws {@link ConfigurationException} when it has errors.
     *
     * @throws IllegalArgumentException when {@code loaded} was not made by {@link #load(Path)}
     */
    public static FtpHost start(LoadedConfiguration loaded) {
        return start(loaded, NodeOverrides.NONE);
    }

    /**
     * As {@link #start(LoadedConfiguration)}, as one node of a farm when the file enables
     * {@code system.ftpServer/farm}: the node's name and addresses come from {@code node}. A farm that cannot be joined
     * (bad settings, port taken) throws an {@link IllegalStateException} whose message names the attribute or option
     * and the fix.
     */
    public static FtpHost start(LoadedConfiguration loaded, NodeOverrides node) {
        LoadedFile file = LoadedFile.of(loaded);
        file.result().orElseThrow();
        Path configFile = file.configFile();
        FtpHost host = new FtpHost(configFile, file.loader(), file.result(), node);
        try {
            host.joinFarmWhenEnabled();
            host.runtime.apply(host.runtime.config());
            host.watcher.start();
            host.reloadFiles(); // a save between the load above and the watcher's start
            host.adminFollows(host.runtime.config().global().management());
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
        return host;
    }

    /** The configuration file this host serves. */
    public Path configFile() {
        return configFile;
    }

    /**
     * A config API on the configuration this host runs, with its live parts (sessions, site state, methods). Each call
     * gives a new manager (managers are not shared between threads). {@code commitChanges()} writes the file and
     * applies it before it returns, as a saved hand edit would be.
     */
    public ServerManager serverManager() {
        return ServerManager.of(running(), providers, () -> reloadFiles("commit", Actor.current()));
    }

    /**
     * The configuration this host runs, with its live parts, read-only: one object shared by every thread until a
     * reload or a commit changes what runs (then the next call gives the new one). A commit through
     * {@link #serverManager()} is visible here when {@code commitChanges()} returns; a saved file after the reload.
     */
    Configuration configuration() {
        return view.of(running(), providers);
    }

    /** The configuration that runs now, with the loader (and environment) this host reads with. */
    private LoadedConfiguration running() {
        return new LoadedFile(configFile, live.running(), loader);
    }

    /**
     * Reads the files again now and applies them when they changed (the watcher does this by itself within two
     * seconds of a save). An invalid file changes nothing and shows in the returned status.
     */
    public HostStatus reload() {
        reloadFiles("reload", Actor.current());
        return status();
    }

    /** Joins the farm of system.ftpServer/farm when it is enabled; the config API then shows and acts on every node. */
    private void joinFarmWhenEnabled() {
        ConfigurationSection section;
        try (ServerManager manager = ServerManager.of(running(), RuntimeProviders.none(), () -> { })) {
            section = manager.getApplicationHostConfiguration().getSection(FarmSettings.SECTION);
            if (!Boolean.TRUE.equals(section.getAttributeValue("enabled"))) {
                node.nodeName().ifPresent(n -> LOG.warn("--node {} ignored: {}/@enabled is false", n, FarmSettings.SECTION));
                return;
            }
            FarmSettings settings = FarmSettings.read(section, configFile, System.getenv(), node.nodeName().orElse(null),
                    node.address().orElse(null));
            FarmNode joined = FarmNode.join(settings, runtime, this::status);
            farm = joined;
            providers = RuntimeData.of(runtime, joined, audit);
        }
    }

    /** A reload by the file watcher. */
    private void reloadFiles() {
        reloadFiles("reload", new Actor("watcher", "local"));
    }

    /**
     * Applies the files when they changed; the admin endpoint follows system.ftpServer/management. A reload that
     * applied something, a commit, and a newly invalid file each write an audit line.
     */
    private void reloadFiles(String action, Actor actor) {
        Optional<Problem> errorBefore = live.lastError();
        LiveConfiguration.Outcome outcome = live.reload();
        runtime.metrics().reloaded(outcome.name().toLowerCase(java.util.Locale.ROOT));
        if (outcome == LiveConfiguration.Outcome.APPLIED) {
            adminFollows(runtime.config().global().management());
            if (admin.isPresent()) {
                configuration(); // made here, so that the first admin request after the reload does not wait for it
            }
            audit.record(actor, action, configFile.toString(), "ok");
        } else if (outcome == LiveConfiguration.Outcome.REJECTED
                && (action.equals("commit") || !live.lastError().equals(errorBefore))) {
            audit.record(actor, action, configFile.toString(), "failed: " + live.lastError().map(Problem::toString).orElse("invalid"));
        } else if (action.equals("commit")) {
            audit.record(actor, action, configFile.toString(), "ok (nothing changed)");
        }
    }

    /** (Re)starts the admin endpoint when its settings differ from those it runs with. */
    private synchronized void adminFollows(GlobalSettings.Management fromFile) {
        GlobalSettings.Management management = node.adminBinding()
                .map(b -> NodeLocalConfig.adminOn(fromFile, FtpBinding.parse(b + ":", false).endpoint())).orElse(fromFile);
        if (closed || management.equals(adminSettings) && admin.isPresent() == management.enabled()) {
            return;
        }
        admin.ifPresent(AdminEndpoint::close);
        adminSettings = management;
        admin = startAdmin(management);
    }

    /** Version, uptime, the file, the last reload and the last configuration error. */
    public HostStatus status() {
        return new HostStatus(Version.current(), started, configFile.toAbsolutePath().normalize(), live.lastReload(),
                live.lastError());
    }

    /**
     * Where the HTTP admin endpoint listens; empty when {@code management/@enabled} is false or it could not start
     * (the reason is logged, and the FTP sites run all the same).
     */
    public Optional<InetSocketAddress> adminAddress() {
        return admin.map(AdminEndpoint::address);
    }

    /** The admin endpoint is one more component of the host; a problem with it is logged and does not stop FTP. */
    private Optional<AdminEndpoint> startAdmin(GlobalSettings.Management management) {
        if (!management.enabled()) {
            LOG.info("admin endpoint disabled (system.ftpServer/management/@enabled is false)");
            return Optional.empty();
        }
        try {
            AdminApi api = new AdminApi(this::configuration, this::status, audit, meters::prometheusText, farm);
            return Optional.of(AdminEndpoint.start(management, api));
        } catch (IOException | ServerCertificateException e) {
            LOG.error("admin endpoint not started: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The running server (internal: tests in this package; the config API is the public way in). */
    HostRuntime runtime() {
        return runtime;
    }

    /** The configuration kept in step with the files (internal; for the admin endpoint and tests). */
    LiveConfiguration live() {
        return live;
    }

    /** Stops watching the files, then every site: sessions get 421, ports close, log lines are written. */
    @Override
    public void close() {
        stop(Duration.ZERO);
    }

    /**
     * Stops as a service stop (SIGTERM) does: the FTP ports close at once, sessions with no transfer running get 421,
     * running transfers may finish for up to {@code system.ftpServer/serverRuntime/shutdown/@drainTimeout} (10 s by
     * default), then the rest get 421. The admin endpoint answers until the drain is over.
     */
    public void shutdown() {
        stop(runtime.config().global().limits().drainTimeout());
    }

    private void stop(Duration drainTimeout) {
        watcher.close();
        live.close();
        synchronized (this) { // a reload finishing now must not start a new endpoint
            if (closed) {
                return;
            }
            closed = true;
        }
        runtime.drain(drainTimeout);
        synchronized (this) {
            admin.ifPresent(AdminEndpoint::close);
            admin = Optional.empty();
        }
        FarmNode member = farm;
        if (member != null) {
            member.close(); // the other nodes see this one leave at once
        }
        runtime.close();
        meters.close();
    }
}
