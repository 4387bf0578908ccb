package org.apphostftp.admin;

import java.net.URI;
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
 * {@code GET /api/sessions} with N sessions, without the network: the admin endpoint's whole answer (request parsing,
 * the shared configuration, the filter query, the JSON body in memory). In this package because the endpoint's answer is not
 * public API; the HTTP figure itself is {@code bench/run --only sessions}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseG1GC", "-XX:MaxNewSize=32m"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
public class AdminListingBenchmark {

    @Param("5000")
    int sessions;

    private LiveHost host;
    private AdminApi api;
    private final URI uri = URI.create("/api/sessions");

    @Setup
    public void setUp() throws Exception {
        host = LiveHost.start(1, "site1", sessions);
        api = new AdminApi(host::configuration, () -> null);
    }

    @TearDown
    public void tearDown() {
        host.close();
    }

    @Benchmark
    public int sessionsJson() {
        Reply reply = api.answer("GET", uri, "application/json");
        if (reply.status() != 200) {
            throw new IllegalStateException("answered " + reply.status());
        }
        return reply.length();
    }
}
