package org.apphostftp;

import java.nio.file.Path;
import java.util.Map;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.ConfigurationException;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.host.HostRuntime;
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

    private FtpHost(Path configFile, ConfigLoader loader, ServerConfig config) {
        this.configFile = configFile;
        this.loader = loader;
        this.runtime = new HostRuntime(config);
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
        FtpHost host = new FtpHost(configFile, loader, result.orElseThrow());
        try {
            host.runtime.apply(host.runtime.config());
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

    /** The running server (internal; the config API is the public way in). */
    public HostRuntime runtime() {
        return runtime;
    }

    /** Stops every site: sessions get 421, ports close, log lines are written. */
    @Override
    public void close() {
        runtime.close();
    }
}
