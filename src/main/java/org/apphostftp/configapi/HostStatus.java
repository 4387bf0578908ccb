package org.apphostftp.configapi;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apphostftp.config.location.Problem;

/**
 * What a running host reports about itself (GET /api/status).
 *
 * @param lastReload      when the configuration now running was applied
 * @param lastConfigError the first error of the file on disk while it is invalid (the last good configuration keeps
 *                        running); empty when the file on disk is the one running
 */
public record HostStatus(String version, Instant started, Path configFile, Instant lastReload, Optional<Problem> lastConfigError) {
}
