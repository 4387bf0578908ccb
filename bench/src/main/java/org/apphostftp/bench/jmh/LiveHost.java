package org.apphostftp.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.LoadedFile;
import org.apphostftp.configapi.Configuration;
import org.apphostftp.configapi.ConfigurationView;
import org.apphostftp.configapi.RuntimeProviders;
import org.apphostftp.configapi.ServerManager;
import org.apphostftp.host.HostRuntime;
import org.apphostftp.host.RuntimeData;
import org.apphostftp.session.SessionRegistry;

/**
 * A running host for the benchmarks: a configuration of N sites in a temporary folder, its sites started (a site that
 * is not lists no sessions) and M sessions registered on one of them; {@link #configuration()} is what an admin request reads.
 */
public final class LiveHost implements AutoCloseable {

    private final Path dir;
    private final Path configFile;
    private final ConfigLoader loader = ConfigLoader.standard();
    private final LoadResult loaded;
    private final HostRuntime host;
    private final RuntimeProviders providers;
    private final ConfigurationView view = new ConfigurationView(loader.schema());

    private LiveHost(Path dir, int sites, String sessionSite, int sessions) {
        this.dir = dir;
        this.configFile = BenchConfigs.sites(dir, sites);
        this.loaded = loader.load(configFile);
        this.host = BenchConfigs.running(loaded.orElseThrow());
        BenchConfigs.sessions(host.registry(), sessionSite, sessions);
        this.providers = RuntimeData.of(host);
    }

    /** {@code sites} sites "site1"..., {@code sessions} sessions on {@code sessionSite}. */
    public static LiveHost start(int sites, String sessionSite, int sessions) throws IOException {
        return new LiveHost(Files.createTempDirectory("apphost-jmh"), sites, sessionSite, sessions);
    }

    /** The host's applicationHost.config. */
    public Path configFile() {
        return configFile;
    }

    public SessionRegistry registry() {
        return host.registry();
    }

    /** The running host's shared read-only configuration, as each admin request reads it now. */
    public Configuration configuration() {
        return view.of(new LoadedFile(configFile, loaded, loader), providers);
    }

    /** A config API manager over the running host, as each admin request opened one before the shared view. */
    public ServerManager manager() {
        return ServerManager.of(new LoadedFile(configFile, loaded, loader), providers);
    }

    @Override
    public void close() {
        host.close();
        BenchConfigs.delete(dir);
    }
}
