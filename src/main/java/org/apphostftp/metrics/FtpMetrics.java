package org.apphostftp.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apphostftp.config.effective.SiteState;
import org.apphostftp.session.SessionRegistry;
import org.apphostftp.site.CommandLog;
import org.apphostftp.site.CommandRecord;
import org.apphostftp.site.SiteRuntime;

/**
 * The FTP meters of one host. Counting rides on the finished-command records the W3C log already gets (one record per
 * command, channel event or transfer), so the FTP layer has no second hook: per record, one map lookup for the site's
 * meters and a few lock-free counter increments. Live values (sessions per site, site state, denyByFailure blocks)
 * are read when a scrape or a JMX client asks, never counted on the hot path.
 */
public final class FtpMetrics implements CommandLog {

    /** Verbs with a series of their own; anything else a client sends is counted as {@code other} (bounded series). */
    private static final Set<String> VERBS = Set.of("USER", "PASS", "ACCT", "CWD", "CDUP", "QUIT", "PORT", "EPRT", "PASV",
            "EPSV", "TYPE", "STRU", "MODE", "RETR", "STOR", "STOU", "APPE", "ALLO", "REST", "RNFR", "RNTO", "ABOR", "DELE",
            "RMD", "MKD", "PWD", "LIST", "NLST", "MLSD", "MLST", "SITE", "SYST", "STAT", "HELP", "NOOP", "FEAT", "OPTS",
            "AUTH", "PBSZ", "PROT", "CCC", "HOST", "SIZE", "MDTM", "LANG", "XCWD", "XPWD", "XMKD", "XRMD", "XCUP");
    private static final Set<String> CHANNEL_EVENTS = Set.of("ControlChannelOpened", "ControlChannelClosed",
            "DataChannelOpened", "DataChannelClosed");
    private static final Map<String, String> TRANSFERS = Map.of("RETR", "download", "STOR", "upload", "STOU", "upload",
            "APPE", "upload", "LIST", "listing", "NLST", "listing", "MLSD", "listing");
    private static final Duration[] TRANSFER_BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(10)};
    private static final String[] REPLY_CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx"};

    private final MeterRegistry registry;
    private final Supplier<List<SiteRuntime>> sites;
    private final SessionRegistry sessions;
    private final Map<String, SiteMeters> bySite = new ConcurrentHashMap<>();
    private final Map<String, Counter[]> commands = new ConcurrentHashMap<>();
    private final Counter terminates;
    private final Map<String, Counter> reloads = new ConcurrentHashMap<>();
    private final MultiGauge liveSessions;
    private final MultiGauge siteStarted;
    /** The sites (and their names) the per-site gauges were last registered for. */
    private List<Map.Entry<SiteRuntime, String>> registered = List.of();

    /** The meters of one site, made when its first record arrives. */
    private final class SiteMeters {
        final Counter connections;
        final Counter loginsOk;
        final Counter loginsFailed;
        final Counter bytesSent;
        final Counter bytesReceived;
        final Map<String, Timer> transfers = new ConcurrentHashMap<>();
        final String site;

        SiteMeters(String site) {
            this.site = site;
            connections = Counter.builder("ftp.connections").description("control connections accepted")
                    .tag("site", site).register(registry);
            loginsOk = login(site, "success");
            loginsFailed = login(site, "failure");
            bytesSent = bytes(site, "sent");
            bytesReceived = bytes(site, "received");
        }

        /** Takes this site's meters out of the registries (Prometheus and JMX): its site left the configuration. */
        void remove() {
            for (Meter meter : List.<Meter>of(connections, loginsOk, loginsFailed, bytesSent, bytesReceived)) {
                registry.remove(meter);
            }
            transfers.values().forEach(registry::remove);
        }

        Timer transfer(String kind) {
            return transfers.computeIfAbsent(kind, k -> Timer.builder("ftp.transfer.duration")
                    .description("data transfers (downloads, uploads, listings) from the command to its final reply")
                    .tags("site", site, "kind", k).serviceLevelObjectives(TRANSFER_BUCKETS).register(registry));
        }
    }

    /**
     * @param registry where the meters go
     * @param sessions the live sessions (counted per site when asked)
     * @param sites    the sites as they run now
     */
    public FtpMetrics(MeterRegistry registry, SessionRegistry sessions, Supplier<List<SiteRuntime>> sites) {
        this.registry = registry;
        this.sessions = sessions;
        this.sites = sites;
        this.terminates = Counter.builder("ftp.terminates").description("sessions ended by the Terminate method")
                .register(registry);
        this.liveSessions = MultiGauge.builder("ftp.sessions").description("live sessions").register(registry);
        this.siteStarted = MultiGauge.builder("ftp.site.started").description("1 while the site is Started, else 0")
                .register(registry);
        sitesChanged();
    }

    /** A counter of denyByFailure blocks, read from {@code blocks} when asked. */
    public void loginBlocks(Supplier<Long> blocks) {
        FunctionCounter.builder("ftp.login.blocks", blocks, b -> b.get().doubleValue())
                .description("client addresses blocked by denyByFailure (would-be blocks in loggingOnlyMode)").register(registry);
    }

    /**
     * The set of sites may have changed (a reload, a start): the per-site gauges follow, and the counters and timers of
     * a site no longer configured are removed, so a scrape lists only configured sites. A site added again (or renamed
     * back) starts its counters from zero, as Prometheus expects of a counter that disappeared.
     */
    public synchronized void sitesChanged() {
        List<SiteRuntime> now = sites.get();
        if (sameSites(now, registered)) {
            return; // a reload that updated sites in place: re-registering every site's gauges (and their MBeans) is for nothing
        }
        registered = now.stream().map(s -> Map.entry(s, s.name())).toList();
        List<MultiGauge.Row<?>> live = new ArrayList<>();
        List<MultiGauge.Row<?>> started = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (SiteRuntime site : now) {
            String name = site.name();
            names.add(name);
            live.add(MultiGauge.Row.of(Tags.of("site", name), sessions, s -> s.ofSite(name).size()));
            started.add(MultiGauge.Row.of(Tags.of("site", name), site, s -> s.state() == SiteState.STARTED ? 1 : 0));
        }
        liveSessions.register(live, true);
        siteStarted.register(started, true);
        bySite.entrySet().removeIf(e -> {
            if (names.contains(e.getKey())) {
                return false;
            }
            e.getValue().remove();
            return true;
        });
    }

    /** Whether the gauges registered for {@code registered} serve {@code now}: the same runtimes under the same names. */
    private static boolean sameSites(List<SiteRuntime> now, List<Map.Entry<SiteRuntime, String>> registered) {
        if (now.size() != registered.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) != registered.get(i).getKey() || !now.get(i).name().equals(registered.get(i).getValue())) {
                return false;
            }
        }
        return true;
    }

    /** A session ended by the Terminate method. */
    public void terminated() {
        terminates.increment();
    }

    /** A reload or commit ended with {@code result} ({@code applied}, {@code rejected}, {@code unchanged}). */
    public void reloaded(String result) {
        reloads.computeIfAbsent(result, r -> Counter.builder("ftp.config.reloads")
                .description("configuration reloads (saved files, commits) by result").tag("result", r).register(registry))
                .increment();
    }

    @Override
    public void record(CommandRecord r) {
        SiteMeters site = bySite.get(r.site().name());
        if (site == null) {
            if (!running(r.site().name())) {
                return; // a late record of a site a reload removed: its meters are gone and stay gone
            }
            site = bySite.computeIfAbsent(r.site().name(), SiteMeters::new);
        }
        String method = r.method();
        if (CHANNEL_EVENTS.contains(method)) {
            if (method.equals("ControlChannelOpened")) {
                site.connections.increment();
            }
            return;
        }
        if (r.bytesSent() > 0) {
            site.bytesSent.increment(r.bytesSent());
        }
        if (r.bytesReceived() > 0) {
            site.bytesReceived.increment(r.bytesReceived());
        }
        int replyClass = r.status() / 100;
        if (replyClass >= 1 && replyClass <= 5) {
            commandCounters(method)[replyClass - 1].increment();
        }
        if (method.equals("PASS")) {
            (r.status() == 230 ? site.loginsOk : site.loginsFailed).increment();
        }
        String transfer = TRANSFERS.get(method);
        if (transfer != null && r.status() >= 200 && r.status() < 300) {
            site.transfer(transfer).record(Duration.ofMillis(r.millis()));
        }
    }

    /** Whether the host runs a site of this name now (asked once per site, when its first record arrives). */
    private boolean running(String site) {
        return sites.get().stream().anyMatch(s -> s.name().equals(site));
    }

    private Counter[] commandCounters(String method) {
        String verb = VERBS.contains(method) ? method : "other";
        Counter[] counters = commands.get(verb);
        if (counters == null) {
            counters = commands.computeIfAbsent(verb, v -> {
                Counter[] made = new Counter[REPLY_CLASSES.length];
                for (int i = 0; i < made.length; i++) {
                    made[i] = Counter.builder("ftp.commands").description("FTP commands by verb and reply class")
                            .tags("verb", v, "reply", REPLY_CLASSES[i]).register(registry);
                }
                return made;
            });
        }
        return counters;
    }

    private Counter login(String site, String result) {
        return Counter.builder("ftp.logins").description("logins (PASS) by result").tags("site", site, "result", result)
                .register(registry);
    }

    private Counter bytes(String site, String direction) {
        return Counter.builder("ftp.bytes").description("bytes of control and data channels, counted per finished command")
                .baseUnit("bytes").tags("site", site, "direction", direction).register(registry);
    }
}
