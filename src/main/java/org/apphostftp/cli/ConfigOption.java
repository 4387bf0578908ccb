package org.apphostftp.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config FILE}, an option of every subcommand. */
final class ConfigOption {

    static final String DEFAULT = "conf/applicationHost.config";

    @Option(names = "--config", paramLabel = "FILE", defaultValue = DEFAULT,
            description = "applicationHost.config to use (default: ${DEFAULT-VALUE}, relative to the current folder).")
    String config;

    Path path() {
        return Path.of(config);
    }
}
