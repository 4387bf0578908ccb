package org.apphostftp.session;

import java.time.Instant;

/**
 * An immutable snapshot of one live session: the attributes of
 * {@code system.applicationHost/sites/site/ftpServer/sessions/session} (SPEC section 4).
 *
 * @param userName         "" before USER; the name without its host part; "Anonymous" for anonymous logins
 * @param currentCommand   the last command line received ("" before the first), PASS shown as "PASS ***"
 * @param commandStartTime when currentCommand arrived (sessionStartTime before the first command)
 * @param lastErrorStatus  the last FTP reply code sent (0 before any)
 */
public record SessionInfo(
        String sessionId,
        String siteName,
        String hostName,
        String userName,
        String clientIp,
        int clientPort,
        String serverIp,
        int serverPort,
        Instant sessionStartTime,
        String currentCommand,
        Instant commandStartTime,
        String previousCommand,
        int lastErrorStatus,
        long bytesSent,
        long bytesReceived,
        String currentDirectory,
        boolean secureControl,
        boolean secureData) {
}
