package org.apphostftp.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apphostftp.TwoSites;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.effective.SiteState;
import org.apphostftp.session.SessionRegistry;
import org.apphostftp.site.SiteRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-site gauges follow the set of running sites: a reload that only updates sites in place registers nothing
 * again (on a host of 1,000 sites that was 2,000 gauges and their MBeans per save), a site run anew gets gauges of its own.
 */
class FtpMetricsTest {

    @TempDir
    Path dir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger added = new AtomicInteger();
    private final List<SiteRuntime> sites = new ArrayList<>();

    private ServerConfig config() {
        return Fixtures.loader().load(Fixtures.installText(TwoSites.CONFIG, dir)).orElseThrow();
    }

    private double started(String site) {
        return registry.get("ftp.site.started").tag("site", site).gauge().value();
    }

    @Test
    void sitesUpdatedInPlaceKeepTheirGaugesAndASiteRunAnewGetsItsOwn() {
        ServerConfig config = config();
        config.sites().forEach(s -> sites.add(new SiteRuntime(s, Optional.empty())));
        sites.forEach(s -> s.state(SiteState.STARTED));
        registry.config().onMeterAdded(m -> added.incrementAndGet());
        FtpMetrics metrics = new FtpMetrics(registry, new SessionRegistry(), () -> List.copyOf(sites));
        int first = added.get();

        sites.get(0).update(config().sites().get(0), Optional.empty());
        metrics.sitesChanged();

        assertThat(added.get()).isEqualTo(first);
        assertThat(started("Alpha")).isEqualTo(1.0);
        sites.get(0).state(SiteState.STOPPED);
        assertThat(started("Alpha")).isEqualTo(0.0);

        SiteRuntime beta = new SiteRuntime(config().sites().get(1), Optional.empty()); // removed and added again
        sites.set(1, beta);
        metrics.sitesChanged();

        assertThat(added.get()).isGreaterThan(first);
        assertThat(started("Beta")).isEqualTo(0.0); // the new runtime's state, not the old one's
        beta.state(SiteState.STARTED);
        assertThat(started("Beta")).isEqualTo(1.0);
    }
}
