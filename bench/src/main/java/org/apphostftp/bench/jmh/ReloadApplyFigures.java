package org.apphostftp.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.host.HostRuntime;
import org.apphostftp.site.SiteRuntime;

/**
 * Applying a reload that changes one site of 1,000 to a running host (HostRuntime.apply, the part of a reload after
 * the load): p50/p90 of the thread's CPU time and wall time, and how many sites got a new configuration object (were
 * touched). Uses only API that existed before the shared configuration, so it runs against an older jar too.
 * Usage: {@code ReloadApplyFigures [APPLIES]} (default 100).
 */
public final class ReloadApplyFigures {

    private ReloadApplyFigures() {
    }

    public static void main(String[] args) throws Exception {
        int applies = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path dir = Files.createTempDirectory("apphost-reload");
        try {
            Path file = BenchConfigs.sites(dir, 1000);
            String text = Files.readString(file);
            ConfigLoader loader = ConfigLoader.standard();
            ServerConfig first = loader.load(file).orElseThrow();
            // the same file saved with site7 (the first site written with 67 seconds) changed, as a reload reads it
            Files.writeString(file, text.replaceFirst("controlChannelTimeout=\"67\"", "controlChannelTimeout=\"200\""));
            ServerConfig[] configs = {first, loader.load(file).orElseThrow()};
            try (HostRuntime host = BenchConfigs.running(configs[0])) {
                for (int i = 1; i <= 20; i++) {
                    host.apply(configs[i % 2]);
                }
                double[] cpu = new double[applies];
                double[] wall = new double[applies];
                int touched = 0;
                for (int i = 0; i < applies; i++) {
                    Map<SiteRuntime, Object> before = new IdentityHashMap<>();
                    host.sites().forEach(s -> before.put(s, s.config()));
                    long c = threads.getCurrentThreadCpuTime();
                    long w = System.nanoTime();
                    host.apply(configs[(i + 1) % 2]);
                    wall[i] = (System.nanoTime() - w) / 1e6;
                    cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                    touched = (int) host.sites().stream().filter(s -> before.get(s) != s.config()).count();
                }
                System.out.printf("{\"figure\": \"apply a reload changing site7 of 1000\", \"n\": %d, \"cpu_p50_ms\": %.2f, "
                        + "\"cpu_p90_ms\": %.2f, \"wall_p50_ms\": %.2f, \"wall_p90_ms\": %.2f, \"sites_touched\": %d}%n",
                        applies, p(cpu, 50), p(cpu, 90), p(wall, 50), p(wall, 90), touched);
            }
        } finally {
            BenchConfigs.delete(dir);
        }
    }

    private static double p(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
