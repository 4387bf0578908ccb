package org.apphostftp.site.data;

import java.time.Duration;

/**
 * The site's limits for one data connection.
 *
 * @param idleTimeout       connections.dataChannelTimeout: longest time without any data
 * @param minBytesPerSecond connections.minBytesPerSecond (0 disables): slowest accepted average over a 10 s window
 * @param modeZMaxRatio     fileHandling/@modeZMaxRatio: most bytes a MODE Z upload may inflate to per compressed byte
 */
public record TransferLimits(Duration idleTimeout, int minBytesPerSecond, long modeZMaxRatio) {
}
