package org.apphostftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.config.effective.SiteState;
import org.apphostftp.config.location.Problem;
import org.apphostftp.log.CapturedLog;
import org.apphostftp.site.EndpointServer;
import org.apphostftp.site.SiteRuntime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reload of a host with many sites (virtual hosts of one port, as a large shared host runs them) applies the one
 * site that changed and leaves the others as they were: their runtime, their listener and their sessions.
 */
class LargeHostReloadTest {

    private static final int SITES = 12;
    private static final Duration WITHIN = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private TestServer server;

    private static LiveReloadTest.Site site(int n) {
        return LiveReloadTest.Site.of("site" + n, n, 2121).bindings("127.0.0.1:2121:site" + n + ".example");
    }

    /** Every site as written at the start, with site 7 as {@code seven}. */
    private static String config(LiveReloadTest.Site seven) {
        return LiveReloadTest.config("", IntStream.rangeClosed(1, SITES).mapToObj(n -> n == 7 ? seven : site(n))
                .toArray(LiveReloadTest.Site[]::new));
    }

    @BeforeEach
    void start() {
        Users.write(dir, "bob", "pw");
        server = TestServer.start(dir, config(site(7)));
        server.file("site2/two.txt", "from site 2");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void saveAndAwaitApplied(String text) {
        long before = server.live().appliedCount();
        server.save(text);
        await().atMost(WITHIN).until(() -> server.live().appliedCount() > before);
    }

    private SiteRuntime runtime(String name) {
        return server.runtime().site(name).orElseThrow();
    }

    private FTPClient login(int n) {
        return FtpClients.login(server.port(2121), "site" + n + ".example|bob", "pw");
    }

    @Test
    void aSessionOnSite2SurvivesAReloadThatChangesSite7AndSite7AppliesTheChange() throws IOException {
        FTPClient two = login(2);
        try {
            SiteRuntime siteTwo = runtime("site2");
            SiteConfig twoBefore = siteTwo.config();

            saveAndAwaitApplied(config(site(7).ftp("<messages greetingMessage=\"site seven, second edition\" />")));

            assertThat(runtime("site2")).isSameAs(siteTwo);
            assertThat(siteTwo.config()).as("site 2 was not touched").isSameAs(twoBefore);
            assertThat(two.sendNoOp()).isTrue();
            assertThat(FtpClients.retrieve(two, "two.txt")).isEqualTo("from site 2");
            FTPClient seven = FtpClients.connect(server.port(2121));
            try {
                assertThat(seven.login("site7.example|bob", "pw")).isTrue();
                assertThat(seven.getReplyString()).contains("site seven, second edition");
            } finally {
                FtpClients.close(seven);
            }
        } finally {
            FtpClients.close(two);
        }
    }

    /** The port's listener stays: no endpoint is closed or opened, and a connection made before the save logs in after it. */
    @Test
    void theListenerOfThePortIsNotReboundWhenSite7Changes() throws IOException {
        FTPClient waiting = FtpClients.connect(server.port(2121)); // greeted, not yet logged in
        try (CapturedLog endpoints = CapturedLog.of(EndpointServer.class)) {
            saveAndAwaitApplied(config(site(7).ftp("<messages greetingMessage=\"site seven, third edition\" />")));

            assertThat(endpoints.messages(Level.INFO)).noneMatch(m -> m.startsWith("listening on") || m.startsWith("closed"));
            assertThat(waiting.login("site2.example|bob", "pw")).isTrue();
            assertThat(FtpClients.retrieve(waiting, "two.txt")).isEqualTo("from site 2");
        } finally {
            FtpClients.close(waiting);
        }
    }

    /** A save that only moves the sites down (lines added above them) gives each its new line and nothing else. */
    @Test
    void aSaveThatOnlyMovesTheSitesKeepsTheirSessionsAndNamesTheirNewLines() throws IOException {
        FTPClient two = login(2);
        try {
            SiteConfig before = runtime("site2").config();

            saveAndAwaitApplied(config(site(7)).replace("<sites>", "<sites>\n<!-- moved -->\n"));

            SiteConfig after = runtime("site2").config();
            assertThat(after.location().line()).isEqualTo(before.location().line() + 2);
            assertThat(after.ftp()).isEqualTo(before.ftp());
            assertThat(FtpClients.retrieve(two, "two.txt")).isEqualTo("from site 2");
        } finally {
            FtpClients.close(two);
        }
    }

    /** Hostile: site 7 moves to a port someone else holds; it stops with IIS's status, the rest keep running and serving. */
    @Test
    void aSiteThatCannotStartAfterAReloadLeavesTheOtherSitesRunning() throws IOException {
        String moved = config(site(7).bindings("127.0.0.1:2199:"));
        server.withPorts(moved); // learns the real port of 2199, so that it can be taken first
        FTPClient two = login(2);
        try (ServerSocket taken = new ServerSocket(server.port(2199), 1, InetAddress.getLoopbackAddress())) {
            saveAndAwaitApplied(moved);

            assertThat(runtime("site7").state()).isEqualTo(SiteState.STOPPED);
            assertThat(runtime("site7").lastStartupStatus()).isEqualTo(10048L);
            assertThat(server.runtime().sites()).filteredOn(s -> !s.name().equals("site7"))
                    .hasSize(SITES - 1).allMatch(s -> s.state() == SiteState.STARTED);
            assertThat(FtpClients.retrieve(two, "two.txt")).isEqualTo("from site 2");
        } finally {
            FtpClients.close(two);
        }
    }

    /** Hostile: an invalid value in site 7 rejects the save; every site keeps what it ran, and the status says where. */
    @Test
    void anInvalidSite7KeepsEverySiteRunningAndReportsTheErrorInTheStatus() throws IOException {
        FTPClient two = login(2);
        try {
            SiteConfig sevenBefore = runtime("site7").config();

            server.save(config(site(7).ftp("<connections controlChannelTimeout=\"soon\" />")));

            await().atMost(WITHIN).until(() -> server.host().status().lastConfigError().isPresent());
            Problem error = server.host().status().lastConfigError().orElseThrow();
            assertThat(error.message()).contains("controlChannelTimeout");
            assertThat(error.location().line()).isPositive();
            assertThat(runtime("site7").config()).isSameAs(sevenBefore);
            assertThat(server.runtime().sites()).hasSize(SITES).allMatch(s -> s.state() == SiteState.STARTED);
            assertThat(FtpClients.retrieve(two, "two.txt")).isEqualTo("from site 2");
        } finally {
            FtpClients.close(two);
        }
    }
}
