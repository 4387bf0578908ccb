package org.apphostftp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.admin.AdminApi;
import org.apphostftp.admin.AdminEndpoint;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.ConfigurationException;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.configapi.RuntimeProviders;
import org.apphostftp.configapi.ServerManager;
import org.apphostftp.host.HostRuntime;
import org.apphostftp.host.RuntimeData;
import org.apphostftp.security.ServerCertificateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public entry point: an FTP server running the sites of one applicationHost.config.
 *
 * <pre>{@code
 * try (FtpHost host = FtpHost.start(Path.of("conf/applicationHost.config"))) {
 *     ...
 * }
 * }</pre>
 */
public final class FtpHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FtpHost.class);

    private final Path configFile;
    private final ConfigLoader loader;
    private final HostRuntime runtime;
    private final RuntimeProviders providers;
    private volatile LoadResult running;
    private final java.time.Instant started = java.time.Instant.now();
    private volatile java.time.Instant lastReload = started;
    private volatile java.util.Optional<org.apphostftp.config.Problem> lastConfigError = java.util.Optional.empty();
    private volatile Optional<AdminEndpoint> admin = Optional.empty();

    private FtpHost(Path configFile, ConfigLoader loader, LoadResult loaded) {
        this.configFile = configFile;
        this.loader = loader;
        this.running = loaded;
        this.runtime = new HostRuntime(loaded.orElseThrow());
        this.providers = RuntimeData.of(runtime);
    }

    /** Loads, validates and serves {@code configFile}; an invalid file throws {@link ConfigurationException}. */
    public static FtpHost start(Path configFile) {
        return start(configFile, System.getenv());
    }

    /** As {@link #start(Path)}, with {@code environment} for %VAR% expansion. */
    public static FtpHost start(Path configFile, Map<String, String> environment) {
        ConfigLoader loader = new ConfigLoader(ConfigSchema.standard(), environment);
        LoadResult result = loader.load(configFile);
        result.warnings().forEach(w -> LOG.warn("{}", w));
        result.orElseThrow();
        FtpHost host = new FtpHost(configFile, loader, result);
        try {
            host.runtime.apply(host.runtime.config());
            host.admin = host.startAdmin(host.runtime.config().global().management());
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
     * gives a new manager (managers are not shared between threads); {@code commitChanges()} writes the file.
     */
    public ServerManager serverManager() {
        return ServerManager.of(running, providers, loader);
    }

    /** Version, uptime, the file, the last reload and the last configuration error. */
    public HostStatus status() {
        return new HostStatus(Version.current(), started, configFile.toAbsolutePath().normalize(), lastReload, lastConfigError);
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
            return Optional.of(AdminEndpoint.start(management, new AdminApi(this::serverManager, this::status)));
        } catch (IOException | ServerCertificateException e) {
            LOG.error("admin endpoint not started: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The running server (internal; the config API is the public way in). */
    public HostRuntime runtime() {
        return runtime;
    }

    /** Stops every site: sessions get 421, ports close, log lines are written. */
    @Override
    public void close() {
        admin.ifPresent(AdminEndpoint::close);
        runtime.close();
    }
}
