package org.apphostftp.admin;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apphostftp.bench.jmh.LiveHost;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The admin endpoint's whole answer for one site of a host of 1,000 sites (5,000 sessions on site500), without the
 * network: {@code GET /api/config} filtered to one site (site400), {@code GET /api/sessions} of site500 and one user
 * (50 of its sessions), and {@code GET /api/sites} (all 1,000). Sampled, so that JMH prints percentiles (the target is
 * p90 ≤ 5 ms for the first two); {@code access}: the host's shared read-only configuration (now) or a ServerManager
 * opened per request (before). The HTTP figure is {@code bench/sites}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AdminConfigBenchmark {

    private static final URI ONE_SITE = URI.create("/api/config?section=system.applicationHost/sites&filter="
            + URLEncoder.encode("site[@name='site400']", StandardCharsets.UTF_8));
    private static final URI SESSIONS_OF_ONE_USER = URI.create("/api/sessions?site=site500&user=user42");
    private static final URI ALL_SITES = URI.create("/api/sites");

    @Param({"shared", "managerPerRequest"})
    String access;

    private LiveHost host;
    private AdminApi api;

    @Setup
    public void setUp() throws Exception {
        host = LiveHost.start(1000, "site500", 5000);
        api = access.equals("shared") ? new AdminApi(host::configuration, () -> null)
                : new AdminApi(() -> host.manager().getApplicationHostConfiguration(), () -> null);
    }

    @TearDown
    public void tearDown() {
        host.close();
    }

    private int answer(URI uri) {
        Reply reply = api.answer("GET", uri, "application/json");
        if (reply.status() != 200) {
            throw new IllegalStateException("answered " + reply.status());
        }
        return reply.length();
    }

    @Benchmark
    public int configOfOneSite() {
        return answer(ONE_SITE);
    }

    @Benchmark
    public int sessionsOfOneSiteAndUser() {
        return answer(SESSIONS_OF_ONE_USER);
    }

    /** Every site's summary: a JSON tree per site (maps and lists since issue 13, databind nodes before). */
    @Benchmark
    public int allSites() {
        return answer(ALL_SITES);
    }
}
