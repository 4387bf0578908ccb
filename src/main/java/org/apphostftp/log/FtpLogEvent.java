package org.apphostftp.log;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of an FTP site's W3C log: a command with its reply, or a {@link ChannelEvent}. An empty string or a zero
 * status means "not known" and is written as {@code -}. Build one with {@link #builder()}; a session can keep a
 * builder with its constant parts (site, session, endpoints, user) and copy it per command with {@link #toBuilder()}.
 *
 * @param time          when the command completed; written in UTC ({@code date}, {@code time})
 * @param siteId        the site's id: selects the log and is written as {@code s-sitename} = {@code FTPSVC<siteId>}
 * @param sessionId     {@code x-session}: the session's lowercase UUID
 * @param clientIp      {@code c-ip}, numeric
 * @param clientPort    {@code c-port}; 0 when not known
 * @param userName      {@code cs-username}: the logged-in user; empty before login and for anonymous, as IIS does
 * @param host          {@code cs-host}: the virtual host name selected by HOST or USER host|user, empty if none
 * @param serverIp      {@code s-ip}, numeric
 * @param serverPort    {@code s-port}: the control port, or the data port for data channel events (as IIS)
 * @param method        {@code cs-method}: the command verb as the client sent it, or a {@link ChannelEvent} name
 * @param uriStem       {@code cs-uri-stem}: the command's argument as sent; {@code ***} for PASS
 * @param ftpStatus     {@code sc-status}: the final FTP reply code; 0 for channel events
 * @param win32Status   {@code sc-win32-status}: the Windows error code IIS would give (1326 logon failure, 2 not found …)
 * @param ftpSubStatus  {@code sc-substatus}: IIS's FTP sub-status (KB969061)
 * @param bytesSent     {@code sc-bytes}: bytes sent to the client for this command
 * @param bytesReceived {@code cs-bytes}: bytes received from the client for this command
 * @param timeTakenMillis {@code time-taken} in milliseconds
 * @param fullPath      {@code x-fullpath}: the virtual path the command acted on ({@code /pub/a.txt}), empty if none
 * @param info          {@code x-debug}: extra troubleshooting text, empty if none
 */
public record FtpLogEvent(
        Instant time,
        long siteId,
        String sessionId,
        String clientIp,
        int clientPort,
        String userName,
        String host,
        String serverIp,
        int serverPort,
        String method,
        String uriStem,
        int ftpStatus,
        long win32Status,
        int ftpSubStatus,
        long bytesSent,
        long bytesReceived,
        long timeTakenMillis,
        String fullPath,
        String info) {

    /** What IIS writes instead of a password. */
    public static final String MASKED_PASSWORD = "***";

    public FtpLogEvent {
        Objects.requireNonNull(time, "time");
        sessionId = orEmpty(sessionId);
        clientIp = orEmpty(clientIp);
        userName = orEmpty(userName);
        host = orEmpty(host);
        serverIp = orEmpty(serverIp);
        method = orEmpty(method);
        uriStem = isPass(method) ? MASKED_PASSWORD : orEmpty(uriStem);
        fullPath = orEmpty(fullPath);
        info = orEmpty(info);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every value of this event. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.time = time;
        b.siteId = siteId;
        b.sessionId = sessionId;
        b.clientIp = clientIp;
        b.clientPort = clientPort;
        b.userName = userName;
        b.host = host;
        b.serverIp = serverIp;
        b.serverPort = serverPort;
        b.method = method;
        b.uriStem = uriStem;
        b.ftpStatus = ftpStatus;
        b.win32Status = win32Status;
        b.ftpSubStatus = ftpSubStatus;
        b.bytesSent = bytesSent;
        b.bytesReceived = bytesReceived;
        b.timeTakenMillis = timeTakenMillis;
        b.fullPath = fullPath;
        b.info = info;
        return b;
    }

    /** Whether this line reports a connection event rather than a command. */
    public boolean isChannelEvent() {
        return ChannelEvent.isChannelEvent(method);
    }

    private static boolean isPass(String method) {
        return method != null && method.toUpperCase(Locale.ROOT).equals("PASS");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Mutable, reusable builder; {@link #build()} does not reset it. */
    public static final class Builder {
        private Instant time;
        private long siteId;
        private String sessionId = "";
        private String clientIp = "";
        private int clientPort;
        private String userName = "";
        private String host = "";
        private String serverIp = "";
        private int serverPort;
        private String method = "";
        private String uriStem = "";
        private int ftpStatus;
        private long win32Status;
        private int ftpSubStatus;
        private long bytesSent;
        private long bytesReceived;
        private long timeTakenMillis;
        private String fullPath = "";
        private String info = "";

        private Builder() {
        }

        /** When the command completed; {@link #build()} uses the current time when none is given. */
        public Builder at(Instant time) {
            this.time = time;
            return this;
        }

        public Builder site(long siteId) {
            this.siteId = siteId;
            return this;
        }

        public Builder session(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder client(String ip, int port) {
            this.clientIp = ip;
            this.clientPort = port;
            return this;
        }

        public Builder server(String ip, int port) {
            this.serverIp = ip;
            this.serverPort = port;
            return this;
        }

        /** The logged-in user; leave empty for anonymous logins, which IIS logs as {@code -}. */
        public Builder user(String userName) {
            this.userName = userName;
            return this;
        }

        /** The virtual host name the session selected. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** A command: its verb and argument as received ({@code ""} when it has none); PASS is masked. */
        public Builder command(String verb, String argument) {
            this.method = verb;
            this.uriStem = argument;
            this.ftpStatus = 0;
            this.win32Status = 0;
            this.ftpSubStatus = 0;
            return this;
        }

        /** A command line as received ({@code "OPTS utf8 on"}): the verb, then everything after the first space. */
        public Builder commandLine(String line) {
            String trimmed = line == null ? "" : line.strip();
            int space = trimmed.indexOf(' ');
            return space < 0 ? command(trimmed, "") : command(trimmed.substring(0, space), trimmed.substring(space + 1).strip());
        }

        /** A connection event: no argument, no status. */
        public Builder channel(ChannelEvent event) {
            return command(event.method(), "");
        }

        /** The final FTP reply code; sub-status and Win32 status stay 0 unless given. */
        public Builder status(int ftpStatus) {
            this.ftpStatus = ftpStatus;
            return this;
        }

        /** The final FTP reply code with IIS's sub-status and Win32 status ({@code 530, 41, 1326} for a bad password). */
        public Builder status(int ftpStatus, int ftpSubStatus, long win32Status) {
            this.ftpStatus = ftpStatus;
            this.ftpSubStatus = ftpSubStatus;
            this.win32Status = win32Status;
            return this;
        }

        public Builder bytes(long sent, long received) {
            this.bytesSent = sent;
            this.bytesReceived = received;
            return this;
        }

        public Builder timeTaken(Duration taken) {
            this.timeTakenMillis = taken.toMillis();
            return this;
        }

        public Builder fullPath(String fullPath) {
            this.fullPath = fullPath;
            return this;
        }

        public Builder info(String info) {
            this.info = info;
            return this;
        }

        public FtpLogEvent build() {
            return new FtpLogEvent(time == null ? Instant.now() : time, siteId, sessionId, clientIp, clientPort, userName,
                    host, serverIp, serverPort, method, uriStem, ftpStatus, win32Status, ftpSubStatus, bytesSent,
                    bytesReceived, timeTakenMillis, fullPath, info);
        }
    }
}
