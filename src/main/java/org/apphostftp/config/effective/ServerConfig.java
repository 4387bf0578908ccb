package org.apphostftp.config.effective;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The whole effective configuration the running server consumes: immutable, defaults applied, paths resolved.
 *
 * @param configFile  the applicationHost.config it was read from (absolute)
 * @param sites       FTP sites in file order
 * @param credentials users of the credential store (main file, then administration.config)
 */
public record ServerConfig(Path configFile, List<SiteConfig> sites, GlobalSettings global, List<Credential> credentials) {

    public Optional<SiteConfig> site(String name) {
        return sites.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }
}
