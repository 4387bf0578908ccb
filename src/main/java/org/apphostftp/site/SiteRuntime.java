package org.apphostftp.site;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.config.effective.SiteState;
import org.apphostftp.fs.SiteFileSystemFactory;
import org.apphostftp.fs.UploadRegistry;
import org.apphostftp.security.ServerTls;

/**
 * The live side of one FTP site: its current configuration (replaced in place on reload, so the next command of
 * every session sees it), its TLS context, state and connection count.
 */
public final class SiteRuntime {

    private final String name;
    private final AtomicInteger connections = new AtomicInteger();
    /** The settings and the TLS context that goes with them, swapped together on reload. */
    private record Current(SiteConfig config, Optional<ServerTls> tls) {
    }

    private volatile Current current;
    private volatile SiteState state = SiteState.STOPPED;
    private volatile long lastStartupStatus;
    private final SiteFileSystemFactory files;

    public SiteRuntime(SiteConfig config, Optional<ServerTls> tls) {
        this.name = config.name();
        this.current = new Current(config, tls);
        this.files = new SiteFileSystemFactory(this::config, new UploadRegistry(), user -> ((SiteUser) user).identity());
    }

    /** The site's namespace: one view per login, reading the configuration as it is at each command. */
    public SiteFileSystemFactory files() {
        return files;
    }

    public String name() {
        return name;
    }

    public SiteConfig config() {
        return current.config();
    }

    public Optional<ServerTls> tls() {
        return current.tls();
    }

    /** Applies new settings of the same site; sessions use them from their next command. */
    public void update(SiteConfig newConfig, Optional<ServerTls> newTls) {
        this.current = new Current(newConfig, newTls);
    }

    public SiteState state() {
        return state;
    }

    public void state(SiteState newState) {
        this.state = newState;
    }

    public long lastStartupStatus() {
        return lastStartupStatus;
    }

    public void lastStartupStatus(long status) {
        this.lastStartupStatus = status;
    }

    /** Counts a new connection unless the site already has maxConnections. */
    public boolean tryConnect() {
        long max = config().ftp().connections().maxConnections();
        while (true) {
            int now = connections.get();
            if (now >= max) {
                return false;
            }
            if (connections.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    public void disconnect() {
        connections.decrementAndGet();
    }

    public int connections() {
        return connections.get();
    }

    @Override
    public String toString() {
        return "site '" + name + "'";
    }
}
