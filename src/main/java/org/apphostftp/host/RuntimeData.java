package org.apphostftp.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apphostftp.audit.AuditTrail;
import org.apphostftp.config.effective.SiteState;
import org.apphostftp.configapi.ConfigurationMethodException;
import org.apphostftp.configapi.ConfigurationNotFoundException;
import org.apphostftp.configapi.ElementPath;
import org.apphostftp.configapi.RuntimeProviders;
import org.apphostftp.configapi.RuntimeValues;
import org.apphostftp.session.LiveSession;
import org.apphostftp.session.SessionInfo;
import org.apphostftp.site.SiteRuntime;

/**
 * The running server's side of the config API: the live sessions, each site's state and the runtime methods
 * (Terminate, Start, Stop, FlushLog, credentialsCache Flush). Read afresh on every access, never stored.
 */
public final class RuntimeData {

    static final String FTP_SERVER = "system.applicationHost/sites/site/ftpServer";
    static final String SESSIONS = FTP_SERVER + "/sessions";
    static final String SESSION = SESSIONS + "/session";
    static final String CREDENTIALS_CACHE = "system.ftpServer/caching/credentialsCache";

    private RuntimeData() {
    }

    public static RuntimeProviders of(HostRuntime host) {
        return of(host, FarmLink.NONE, null);
    }

    /**
     * As {@link #of(HostRuntime)}, for a node of a farm (sessions of every node, Terminate and Start/Stop farm-wide;
     * {@link FarmLink#NONE} on a single node), each Terminate, Start and Stop also written to {@code audit} (when not null).
     */
    public static RuntimeProviders of(HostRuntime host, FarmLink farm, AuditTrail audit) {
        return RuntimeProviders.builder()
                .attributes(FTP_SERVER, path -> siteValues(host, path))
                .collection(SESSIONS, path -> farmSessions(host, farm, siteName(path)))
                .method(SESSION, "Terminate", (path, input) -> {
                    String id = path.key("session", "sessionId").orElse("");
                    if (host.registry().find(id).filter(LiveSession::isTerminated).isPresent()) {
                        // a second Terminate while the first one is still closing the session: nothing is done, so
                        // nothing is audited (a listing may show the session until it has closed)
                        throw new ConfigurationNotFoundException(path, "no such session: " + id);
                    }
                    String target = host.registry().find(id).map(s -> describe(s.snapshot())).orElse("session " + id);
                    if (!host.registry().terminate(id) && !farm.terminateRemote(id)) {
                        audited(audit, "Terminate", target, "failed: no such session");
                        throw new ConfigurationNotFoundException(path, "no such session: " + id);
                    }
                    host.metrics().terminated();
                    audited(audit, "Terminate", target, "ok");
                    return RuntimeValues.EMPTY;
                })
                .method(FTP_SERVER, "Start", (path, input) -> {
                    String name = ftpSite(host, path).name();
                    try {
                        host.startSite(name);
                    } catch (SiteStartException e) {
                        audited(audit, "Start", "site " + name, "failed: " + e.getMessage());
                        throw new ConfigurationMethodException(path, e.getMessage(), e.status());
                    }
                    audited(audit, "Start", "site " + name, "ok");
                    return elsewhere(farm, path, "Start");
                })
                .method(FTP_SERVER, "Stop", (path, input) -> {
                    String name = ftpSite(host, path).name();
                    host.stopSite(name);
                    audited(audit, "Stop", "site " + name, "ok");
                    return elsewhere(farm, path, "Stop");
                })
                .method(FTP_SERVER, "FlushLog", (path, input) -> {
                    host.logs().flush(ftpSite(host, path).config().id());
                    return RuntimeValues.EMPTY;
                })
                .method(CREDENTIALS_CACHE, "Flush", (path, input) -> {
                    host.security().flushCredentials();
                    return RuntimeValues.EMPTY;
                })
                .build();
    }

    /** Start or Stop on the other nodes of a farm, after this one; their failures become the method's error. */
    private static RuntimeValues elsewhere(FarmLink farm, ElementPath path, String method) {
        List<String> failures = farm.siteMethodElsewhere(siteName(path), method);
        if (!failures.isEmpty()) {
            throw new ConfigurationMethodException(path, String.join("; ", failures), 0);
        }
        return RuntimeValues.EMPTY;
    }

    /** This node's sessions of a site, then (in a farm) those of the other nodes, all by start time. */
    private static List<RuntimeValues> farmSessions(HostRuntime host, FarmLink farm, String siteName) {
        Optional<String> node = farm.nodeName();
        if (node.isEmpty()) {
            return sessions(host, siteName);
        }
        String serverName = node.get();
        Supplier<List<RuntimeValues>> asked = farm.askSessions(siteName);
        List<ByStart> all = new ArrayList<>();
        for (RuntimeValues local : sessions(host, siteName)) {
            all.add(ByStart.of(name -> name.equals("serverName") ? serverName : local.get(name)));
        }
        for (RuntimeValues r : asked.get()) {
            all.add(ByStart.of(r));
        }
        all.sort(null);
        List<RuntimeValues> out = new ArrayList<>(all.size());
        for (ByStart b : all) {
            out.add(b.values());
        }
        return out;
    }

    private static void audited(AuditTrail audit, String action, String target, String result) {
        if (audit != null) {
            audit.record(action, target, result);
        }
    }

    private static String describe(SessionInfo s) {
        return "session " + s.sessionId() + " (site " + s.siteName() + ", user " + s.userName() + ", " + s.clientIp() + ")";
    }

    /** A session with its sort keys read once (a comparator reading them would ask each session ~2 log n times). */
    private record ByStart(String start, String id, RuntimeValues values) implements Comparable<ByStart> {

        static ByStart of(RuntimeValues v) {
            return new ByStart(String.valueOf(v.get("sessionStartTime")), String.valueOf(v.get("sessionId")), v);
        }

        @Override
        public int compareTo(ByStart o) {
            int c = start.compareTo(o.start);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    private static RuntimeValues siteValues(HostRuntime host, ElementPath path) {
        Optional<SiteRuntime> site = host.site(siteName(path));
        return name -> switch (name) {
            case "state" -> site.map(SiteRuntime::state).orElse(SiteState.UNKNOWN);
            case "lastStartupStatus" -> site.map(SiteRuntime::lastStartupStatus).orElse(null);
            default -> null;
        };
    }

    /**
     * The live sessions of one site, oldest first; none for a site that is not started (SPEC 4). The registry keeps
     * connection order, so the sort costs little.
     */
    public static List<RuntimeValues> sessions(HostRuntime host, String siteName) {
        if (host.site(siteName).map(s -> s.state() != SiteState.STARTED).orElse(true)) {
            return List.of(); // a stopping site's last connections are closing: they are no longer its sessions
        }
        List<Listed> listed = new ArrayList<>();
        for (LiveSession s : host.registry().ofSite(siteName)) {
            SessionInfo info = s.snapshot();
            listed.add(new Listed(s, info, s.timeText(info.sessionStartTime())));
        }
        listed.sort(null);
        List<RuntimeValues> out = new ArrayList<>(listed.size());
        for (Listed l : listed) {
            out.add(l::value);
        }
        return out;
    }

    /**
     * A snapshot and its session, whose time texts are made once (the rest comes from {@link SessionInfo#attribute}).
     * Ordered by start time as the listing shows it (to the millisecond), then by id: the order {@link ByStart} merges
     * the nodes of a farm in, so that each node's list is one sorted run and the merge costs a pass, not a sort.
     */
    private record Listed(LiveSession session, SessionInfo info, String start) implements Comparable<Listed> {

        @Override
        public int compareTo(Listed o) {
            int c = start.compareTo(o.start);
            return c != 0 ? c : info.sessionId().compareTo(o.info.sessionId());
        }

        Object value(String name) {
            return switch (name) {
                case "sessionStartTime" -> start;
                case "commandStartTime" -> session.timeText(info.commandStartTime());
                default -> info.attribute(name);
            };
        }
    }

    private static SiteRuntime ftpSite(HostRuntime host, ElementPath path) {
        String name = siteName(path);
        return host.site(name).orElseThrow(() -> new ConfigurationNotFoundException(path, "site '" + name
                + "' is not an FTP site of the running server"));
    }

    private static String siteName(ElementPath path) {
        return path.key("site", "name").orElse("");
    }
}
