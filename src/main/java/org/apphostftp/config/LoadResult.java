package org.apphostftp.config;

import java.util.List;
import java.util.Optional;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.location.ConfigurationException;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.xml.XmlDocument;

/**
 * What loading a configuration produced: the effective configuration when there is no error, every problem found
 * (sorted by file, line and column), and the documents as read.
 */
public record LoadResult(Optional<ServerConfig> config, List<Problem> problems, List<XmlDocument> documents) {

    public boolean ok() {
        return config.isPresent();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The effective configuration, or a {@link ConfigurationException} carrying the errors. */
    public ServerConfig orElseThrow() {
        return config.orElseThrow(() -> new ConfigurationException(errors()));
    }
}
