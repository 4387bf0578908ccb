package org.apphostftp.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ServerManager;
import org.apphostftp.bench.SessionsJson;
import org.apphostftp.session.SessionInfo;
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
 * Listing the live sessions with N registered: the registry's copy of snapshots, every attribute read through the
 * config API, and the whole path of an admin request (a ServerManager, the filter query, the JSON body).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SessionListingBenchmark {

    private static final List<String> ATTRIBUTES = List.of("sessionId", "siteName", "hostName", "userName", "clientIp",
            "clientPort", "serverIp", "serverPort", "sessionStartTime", "currentCommand", "commandStartTime", "previousCommand",
            "lastErrorStatus", "bytesSent", "bytesReceived", "currentDirectory", "secureControl", "secureData");

    @Param("5000")
    int sessions;

    private LiveHost host;

    @Setup
    public void setUp() throws Exception {
        host = LiveHost.start(1, "site1", sessions);
    }

    @TearDown
    public void tearDown() {
        host.close();
    }

    @Benchmark
    public List<SessionInfo> registrySnapshots() {
        return host.registry().list();
    }

    @Benchmark
    public byte[] configApiSessionsJson() throws Exception {
        try (ServerManager manager = host.manager()) {
            return SessionsJson.render(manager.getApplicationHostConfiguration(), new int[1]);
        }
    }

    @Benchmark
    public int configApiSessionsValues() {
        try (ServerManager manager = host.manager()) {
            int n = 0;
            for (ConfigurationElement s : manager.getApplicationHostConfiguration().select(SessionsJson.ALL_SESSIONS)) {
                for (String name : ATTRIBUTES) {
                    n += s.getAttributeValue(name) == null ? 0 : 1;
                }
            }
            return n;
        }
    }
}
