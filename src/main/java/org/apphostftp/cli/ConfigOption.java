package org.apphostftp.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config FILE}, an option of every subcommand. */
final class ConfigOption {

    /** conf/applicationHost.config, or the system property apphost.config (the package's launcher sets /etc/apphost-ftp/...). */
    static final String DEFAULT = "${sys:apphost.config:-conf/applicationHost.config}";

    /** {@link #DEFAULT} resolved, for commands that do not parse their options with picocli (appcmd). */
    static String defaultConfig() {
        return System.getProperty("apphost.config", "conf/applicationHost.config");
    }

    @Option(names = "--config", paramLabel = "FILE", defaultValue = DEFAULT,
            description = "applicationHost.config to use (default: ${DEFAULT-VALUE}, relative to the current folder).")
    String config;

    Path path() {
        return Path.of(config);
    }
}
