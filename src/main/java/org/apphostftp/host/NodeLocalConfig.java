package org.apphostftp.host;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apphostftp.config.effective.Endpoint;
import org.apphostftp.config.effective.FtpBinding;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.effective.SiteConfig;

/** A node's own reading of a shared configuration: bindings on {@code *} listen on the node's address. */
public final class NodeLocalConfig {

    private NodeLocalConfig() {
    }

    /** Every {@code *} binding on {@code address} instead (the file keeps saying {@code *}). */
    public static UnaryOperator<ServerConfig> wildcardOn(String address) {
        return config -> new ServerConfig(config.configFile(), config.sites().stream().map(s -> wildcardOn(s, address)).toList(),
                config.global(), config.credentials());
    }

    private static SiteConfig wildcardOn(SiteConfig site, String address) {
        List<FtpBinding> bindings = site.bindings().stream()
                .map(b -> b.endpoint().isWildcard()
                        ? new FtpBinding(new Endpoint(address, b.endpoint().port()), b.host(), b.implicitSsl()) : b)
                .toList();
        return new SiteConfig(site.name(), site.id(), site.autoStart(), bindings, site.virtualDirectories(), site.ftp(),
                site.policies(), site.location());
    }

    /** The admin endpoint's settings with another {@code IP:port}. */
    public static GlobalSettings.Management adminOn(GlobalSettings.Management m, Endpoint endpoint) {
        return new GlobalSettings.Management(m.enabled(), endpoint, m.tokenFile(), m.allowRemote(), m.serverCertFile(),
                m.serverCertKeyFile(), m.serverCertPassword());
    }
}
