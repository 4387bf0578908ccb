package org.apphostftp.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Every live session of the server, by session id. A session is registered when its connection opens and leaves when
 * the connection is really gone (after its last command, transfer included). Listing copies small snapshots; it never
 * walks MINA objects.
 */
public final class SessionRegistry {

    private final ConcurrentHashMap<String, LiveSession> sessions = new ConcurrentHashMap<>();

    public void add(LiveSession session) {
        sessions.put(session.sessionId(), session);
    }

    public void remove(LiveSession session) {
        sessions.remove(session.sessionId(), session);
    }

    public Optional<LiveSession> find(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    /** Snapshots of the sessions that match, in no particular order. */
    public List<SessionInfo> list(Predicate<LiveSession> filter) {
        List<SessionInfo> out = new ArrayList<>(sessions.size());
        for (LiveSession s : sessions.values()) {
            if (filter.test(s)) {
                out.add(s.snapshot());
            }
        }
        return out;
    }

    public List<SessionInfo> list() {
        return list(s -> true);
    }

    /** Snapshots of the sessions of one site. */
    public List<SessionInfo> snapshotsOf(String siteName) {
        return list(s -> s.siteName().equalsIgnoreCase(siteName));
    }

    /** The live sessions of one site. */
    public List<LiveSession> ofSite(String siteName) {
        List<LiveSession> out = new ArrayList<>();
        for (LiveSession s : sessions.values()) {
            if (s.siteName().equalsIgnoreCase(siteName)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Terminates a live session; false when no such session is live (or it was already terminated). */
    public boolean terminate(String sessionId) {
        LiveSession s = sessions.get(sessionId);
        return s != null && s.terminate();
    }

    public int size() {
        return sessions.size();
    }
}
