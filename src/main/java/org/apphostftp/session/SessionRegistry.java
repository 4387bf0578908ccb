package org.apphostftp.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Every live session of the server, by session id. A session is registered when its connection opens and leaves when
 * the connection is really gone (after its last command, transfer included). Listing copies small snapshots in the
 * order the sessions connected (so sorting a listing by start time is almost free); it never walks MINA objects.
 */
public final class SessionRegistry {

    private record Registered(LiveSession session, long order) {
    }

    private final ConcurrentHashMap<String, Registered> byId = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, LiveSession> inOrder = new ConcurrentSkipListMap<>();
    private final AtomicLong registrations = new AtomicLong();

    public void add(LiveSession session) {
        Registered r = new Registered(session, registrations.incrementAndGet());
        inOrder.put(r.order(), session);
        Registered replaced = byId.put(session.sessionId(), r);
        if (replaced != null) {
            inOrder.remove(replaced.order(), replaced.session());
        }
    }

    public void remove(LiveSession session) {
        Registered r = byId.get(session.sessionId());
        if (r != null && r.session() == session && byId.remove(session.sessionId(), r)) {
            inOrder.remove(r.order(), session);
        }
    }

    public Optional<LiveSession> find(String sessionId) {
        Registered r = byId.get(sessionId);
        return r == null ? Optional.empty() : Optional.of(r.session());
    }

    /** Snapshots of the sessions that match, in the order they connected. */
    public List<SessionInfo> list(Predicate<LiveSession> filter) {
        List<SessionInfo> out = new ArrayList<>(byId.size());
        for (LiveSession s : inOrder.values()) {
            if (filter.test(s)) {
                out.add(s.snapshot());
            }
        }
        return out;
    }

    public List<SessionInfo> list() {
        return list(s -> true);
    }

    /** The live sessions of one site, in the order they connected. */
    public List<LiveSession> ofSite(String siteName) {
        List<LiveSession> out = new ArrayList<>();
        for (LiveSession s : inOrder.values()) {
            String name = s.siteName();
            if (name.equals(siteName) || name.equalsIgnoreCase(siteName)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Terminates a live session; false when no such session is live (or it was already terminated). */
    public boolean terminate(String sessionId) {
        Registered r = byId.get(sessionId);
        return r != null && r.session().terminate();
    }

    public int size() {
        return byId.size();
    }
}
