package org.apphostftp.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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

    /** ISO-8601 UTC with milliseconds, as the sessions section shows times: 2026-11-25T22:07:39.123Z. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * The value of a {@code session} attribute of the schema, as the config API shows it (times as ISO-8601 text,
     * counters as longs); null for a name the section does not have. The one place a session becomes attributes.
     */
    public Object attribute(String name) {
        return switch (name) {
            case "sessionId" -> sessionId;
            case "userName" -> userName;
            case "clientIp" -> clientIp;
            case "sessionStartTime" -> IsoTime.format(sessionStartTime);
            case "currentCommand" -> currentCommand;
            case "commandStartTime" -> IsoTime.format(commandStartTime);
            case "previousCommand" -> previousCommand;
            case "bytesSent" -> bytesSent;
            case "bytesReceived" -> bytesReceived;
            case "lastErrorStatus" -> (long) lastErrorStatus;
            case "siteName" -> siteName;
            case "hostName" -> hostName;
            case "serverIp" -> serverIp;
            case "serverPort" -> (long) serverPort;
            case "clientPort" -> (long) clientPort;
            case "currentDirectory" -> currentDirectory;
            case "secureControl" -> secureControl;
            case "secureData" -> secureData;
            default -> null;
        };
    }
}
