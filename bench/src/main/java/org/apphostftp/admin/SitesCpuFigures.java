package org.apphostftp.admin;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.IntSupplier;
import org.apphostftp.bench.jmh.LiveHost;
import org.apphostftp.config.ConfigLoader;

/**
 * The 1,000-site figures of the JMH benchmarks as per-call CPU time of the calling thread besides wall time, with
 * p50/p90 of each: on a machine busy with other work the wall time mostly measures the wait for a core, the thread's
 * CPU time much less. Prints one JSON line per figure. Usage: {@code SitesCpuFigures [CALLS]} (default 300).
 */
public final class SitesCpuFigures {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SitesCpuFigures() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        try (LiveHost host = LiveHost.start(1000, "site500", 5000)) {
            AdminApi shared = new AdminApi(host::configuration, () -> null);
            AdminApi perRequest = new AdminApi(() -> host.manager().getApplicationHostConfiguration(), () -> null);
            URI oneSite = URI.create("/api/config?section=system.applicationHost/sites&filter="
                    + URLEncoder.encode("site[@name='site400']", StandardCharsets.UTF_8));
            URI sessions = URI.create("/api/sessions?site=site500&user=user42");
            figure("GET /api/config one site of 1000, shared view", calls, () -> answer(shared, oneSite));
            figure("GET /api/config one site of 1000, ServerManager per request", calls / 5, () -> answer(perRequest, oneSite));
            figure("GET /api/sessions site+user of 1000 sites, shared view", calls, () -> answer(shared, sessions));
            figure("GET /api/sessions site+user of 1000 sites, ServerManager per request", calls / 5, () -> answer(perRequest, sessions));
            figure("GET /api/sites, all 1000, shared view", calls / 3, () -> answer(shared, URI.create("/api/sites")));
            figure("GET /api/sessions all 5000 of site500, shared view", calls / 3,
                    () -> answer(shared, URI.create("/api/sessions?site=site500")));
        }
        Path dir = Files.createTempDirectory("apphost-sites");
        try (LiveHost files = LiveHost.start(1000, "site1", 0)) {
            ConfigLoader loader = ConfigLoader.standard();
            Path file = files.configFile();
            figure("load a 1000-site file", 20, () -> loader.load(file).ok() ? 1 : 0);
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    private static int answer(AdminApi api, URI uri) {
        Reply reply = api.answer("GET", uri, "application/json");
        if (reply.status() != 200) {
            throw new IllegalStateException(uri + " answered " + reply.status());
        }
        return reply.length();
    }

    private static void figure(String name, int calls, IntSupplier call) {
        for (int i = 0; i < Math.max(20, calls / 3); i++) { // warm-up: the JIT compiles the path first
            call.getAsInt();
        }
        double[] cpu = new double[calls];
        double[] wall = new double[calls];
        for (int i = 0; i < calls; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            call.getAsInt();
            wall[i] = (System.nanoTime() - w) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        System.out.printf("{\"figure\": \"%s\", \"n\": %d, \"cpu_p50_ms\": %.2f, \"cpu_p90_ms\": %.2f, \"wall_p50_ms\": %.2f, "
                + "\"wall_p90_ms\": %.2f}%n", name, calls, p(cpu, 50), p(cpu, 90), p(wall, 50), p(wall, 90));
    }

    private static double p(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
