package org.apphostftp.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ServerManager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Filter queries through the config API (Configuration.select) on a host with 1,000 sites and 5,000 live sessions on
 * one of them: a site by name, and the sessions of one user. The {@code shared} ones read the host's shared read-only
 * configuration, as an admin request does now; the others open a ServerManager per call, as a request did before.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FilterQueryBenchmark {

    private LiveHost host;

    @Setup
    public void setUp() throws Exception {
        host = LiveHost.start(1000, "site500", 5000);
    }

    @TearDown
    public void tearDown() {
        host.close();
    }

    private List<ConfigurationElement> select(String filter) {
        try (ServerManager manager = host.manager()) {
            return manager.getApplicationHostConfiguration().select(filter);
        }
    }

    @Benchmark
    public List<ConfigurationElement> siteByNameShared() {
        return host.configuration().select("/system.applicationHost/sites/site[@name='site500']");
    }

    @Benchmark
    public List<ConfigurationElement> sessionsOfOneUserShared() {
        return host.configuration().select(
                "/system.applicationHost/sites/site[@name='site500']/ftpServer/sessions/session[@userName='user42']");
    }

    @Benchmark
    public List<ConfigurationElement> siteByName() {
        return select("/system.applicationHost/sites/site[@name='site500']");
    }

    @Benchmark
    public List<ConfigurationElement> sessionsOfOneUser() {
        return select("/system.applicationHost/sites/site[@name='site500']/ftpServer/sessions/session[@userName='user42']");
    }
}
