package org.apphostftp.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.jmx.JmxConfig;
import io.micrometer.jmx.JmxMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The registries of one host: Prometheus (the text at {@code /metrics}) and JMX (domain {@code apphost-ftp}, or
 * {@code apphost-ftp-N} for the N-th host of one JVM), joined so each meter is made once, plus the JVM's own meters.
 */
public final class HostMeters implements AutoCloseable {

    /** The content type of the Prometheus text format. */
    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final AtomicInteger HOSTS = new AtomicInteger();

    private final PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JmxMeterRegistry jmx;
    private final CompositeMeterRegistry registry = new CompositeMeterRegistry();
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public HostMeters() {
        int n = HOSTS.incrementAndGet();
        String domain = n == 1 ? "apphost-ftp" : "apphost-ftp-" + n;
        jmx = new JmxMeterRegistry(new JmxConfig() {
            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public String domain() {
                return domain;
            }
        }, Clock.SYSTEM);
        registry.add(prometheus);
        registry.add(jmx);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Where meters are made (each goes to Prometheus and to JMX). */
    public MeterRegistry registry() {
        return registry;
    }

    /** Every meter in the Prometheus text format. */
    public String prometheusText() {
        return prometheus.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
        jmx.close();
        prometheus.close();
    }
}
