package org.apphostftp.host;

import java.time.Duration;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.log.ChannelEvent;
import org.apphostftp.log.FtpLogEvent;
import org.apphostftp.log.LogSettings;
import org.apphostftp.log.W3cLogService;
import org.apphostftp.session.SessionInfo;
import org.apphostftp.site.CommandLog;
import org.apphostftp.site.CommandRecord;

/** Feeds the FTP layer's finished commands to the W3C log service, one event per command or channel event. */
public final class SiteLogs implements CommandLog, AutoCloseable {

    private final W3cLogService service = new W3cLogService();

    SiteLogs(ServerConfig config) {
        service.configure(LogSettings.from(config));
        service.start();
    }

    void update(ServerConfig config) {
        service.configure(LogSettings.from(config));
    }

    /** The FlushLog method: waits until the site's queued lines are on disk. */
    public void flush(long siteId) {
        service.flush(siteId);
    }

    @Override
    public void record(CommandRecord r) {
        if (!service.logs(r.site().id())) {
            return;
        }
        SessionInfo s = r.session().snapshot();
        FtpLogEvent.Builder event = FtpLogEvent.builder()
                .at(r.time())
                .site(r.site().id())
                .session(s.sessionId())
                .client(s.clientIp(), s.clientPort())
                .server(s.serverIp(), r.dataPort() > 0 ? r.dataPort() : s.serverPort())
                .host(s.hostName())
                .user(s.userName().equals("Anonymous") ? "" : s.userName())
                .bytes(r.bytesSent(), r.bytesReceived())
                .timeTaken(Duration.ofMillis(r.millis()))
                .fullPath(r.fullPath());
        ChannelEvent channel = channelEvent(r.method());
        if (channel != null) {
            event.channel(channel);
        } else {
            event.command(r.method(), r.argument()).status(r.status(), r.substatus(), r.win32());
        }
        service.log(event.build());
    }

    private static final java.util.Map<String, ChannelEvent> CHANNEL_EVENTS = java.util.Arrays.stream(ChannelEvent.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(ChannelEvent::method, e -> e));

    private static ChannelEvent channelEvent(String method) {
        return CHANNEL_EVENTS.get(method);
    }

    @Override
    public void close() {
        service.stop();
    }
}
