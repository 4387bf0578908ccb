package org.apphostftp.configapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running server as the config API sees it, kept in memory: site states and live sessions, with the methods that
 * change them. The real host registers providers over its session registry the same way.
 */
final class InMemoryFtpServer {

    static final String FTP_SERVER = "system.applicationHost/sites/site/ftpServer";
    static final String SESSIONS = FTP_SERVER + "/sessions";
    static final String SESSION = SESSIONS + "/session";
    static final String CREDENTIALS_CACHE = "system.ftpServer/caching/credentialsCache";

    private final Map<String, String> states = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, Object>>> sessions = new LinkedHashMap<>();
    final AtomicInteger sessionListings = new AtomicInteger();
    final AtomicInteger cacheFlushes = new AtomicInteger();

    InMemoryFtpServer started(String site) {
        states.put(site, "Started");
        return this;
    }

    /** A session with every attribute of SPEC section 4 set. */
    InMemoryFtpServer connect(String site, String sessionId, String userName, String clientIp) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("sessionId", sessionId);
        s.put("userName", userName);
        s.put("clientIp", clientIp);
        s.put("sessionStartTime", "2026-11-25T22:07:39.123Z");
        s.put("currentCommand", "RETR demo.txt");
        s.put("commandStartTime", "2026-11-25T22:07:41.500Z");
        s.put("previousCommand", "PASV");
        s.put("bytesSent", 1843L);
        s.put("bytesReceived", 97);  // an Integer on purpose: the API returns uint/int64 as Long whatever it gets
        s.put("lastErrorStatus", 226);
        s.put("siteName", site);
        s.put("hostName", "");
        s.put("serverIp", "127.0.0.1");
        s.put("serverPort", 2121);
        s.put("clientPort", 50123);
        s.put("currentDirectory", "/");
        s.put("secureControl", false);
        s.put("secureData", false);
        sessions.computeIfAbsent(site, k -> new LinkedHashMap<>()).put(sessionId, s);
        return this;
    }

    boolean isLive(String sessionId) {
        return sessions.values().stream().anyMatch(m -> m.containsKey(sessionId));
    }

    String state(String site) {
        return states.getOrDefault(site, "Stopped");
    }

    RuntimeProviders providers() {
        return RuntimeProviders.builder()
                .attributes(FTP_SERVER, site -> RuntimeValues.of(Map.of("state", state(siteName(site)), "lastStartupStatus", 0)))
                .method(FTP_SERVER, "Start", (site, in) -> {
                    states.put(siteName(site), "Started");
                    return RuntimeValues.EMPTY;
                })
                .method(FTP_SERVER, "Stop", (site, in) -> {
                    states.put(siteName(site), "Stopped");
                    sessions.remove(siteName(site));
                    return RuntimeValues.EMPTY;
                })
                .collection(SESSIONS, s -> {
                    sessionListings.incrementAndGet();
                    List<RuntimeValues> out = new ArrayList<>();
                    sessions.getOrDefault(siteName(s), Map.of()).values().forEach(v -> out.add(RuntimeValues.of(v)));
                    return out;
                })
                .method(SESSION, "Terminate", (s, in) -> {
                    String id = s.key("session", "sessionId").orElseThrow();
                    Map<String, Map<String, Object>> ofSite = sessions.getOrDefault(siteName(s), Map.of());
                    if (ofSite.remove(id) == null) {
                        throw new ConfigurationNotFoundException(s, "no live session '" + id + "'");
                    }
                    return RuntimeValues.EMPTY;
                })
                .method(CREDENTIALS_CACHE, "Flush", (c, in) -> {
                    cacheFlushes.incrementAndGet();
                    return RuntimeValues.EMPTY;
                })
                .build();
    }

    private static String siteName(ElementPath path) {
        return path.key("site", "name").orElseThrow();
    }
}
