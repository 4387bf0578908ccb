package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.apphostftp.AdminHttp;
import org.apphostftp.RawFtp;
import org.apphostftp.TwoSites;
import org.junit.jupiter.api.Test;

/** GET /metrics in the Prometheus text format, and the same meters over JMX, after real FTP traffic. */
class MetricsEndpointTest extends TwoSitesAdminTest {

    /** The value of the one series whose line starts with {@code series} (name and labels as Prometheus writes them). */
    private double value(String series) {
        String text = http.get("/metrics").body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    @Test
    void trafficShowsInTheMetersOfItsSite() {
        try (RawFtp bob = new RawFtp(server.port(2121)); RawFtp wrong = new RawFtp(server.port(2121))) {
            bob.reply();
            wrong.reply();
            bob.command("USER bob");
            assertThat(bob.command("PASS pw")).isEqualTo(230);
            wrong.command("USER bob");
            assertThat(wrong.command("PASS nope")).isEqualTo(530);
            assertThat(bob.command("TYPE I")).isEqualTo(200);
            var data = bob.pasv();
            bob.send("RETR hello.txt");
            assertThat(bob.code()).isEqualTo(150);
            assertThat(bob.readAll(data)).hasSize(6);
            assertThat(bob.code()).isEqualTo(226);
            var upload = bob.pasv();
            bob.send("STOR up.bin");
            assertThat(bob.code()).isEqualTo(150);
            bob.writeAll(upload, new byte[100]);
            assertThat(bob.code()).isEqualTo(226);

            AdminHttp.Response metrics = http.get("/metrics");
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
            assertThat(value("ftp_sessions{site=\"Alpha\"}")).isEqualTo(2.0);
            assertThat(value("ftp_sessions{site=\"Beta\"}")).isEqualTo(0.0);
            assertThat(value("ftp_connections_total{site=\"Alpha\"}")).isEqualTo(2.0);
            assertThat(value("ftp_logins_total{result=\"success\",site=\"Alpha\"}")).isEqualTo(1.0);
            assertThat(value("ftp_logins_total{result=\"failure\",site=\"Alpha\"}")).isEqualTo(1.0);
            assertThat(value("ftp_commands_total{reply=\"2xx\",verb=\"RETR\"}")).isEqualTo(1.0);
            assertThat(value("ftp_commands_total{reply=\"5xx\",verb=\"PASS\"}")).isEqualTo(1.0);
            assertThat(value("ftp_bytes_total{direction=\"sent\",site=\"Alpha\"}")).isGreaterThan(6.0);
            assertThat(value("ftp_bytes_total{direction=\"received\",site=\"Alpha\"}")).isGreaterThanOrEqualTo(100.0);
            assertThat(value("ftp_transfer_duration_seconds_count{kind=\"download\",site=\"Alpha\"}")).isEqualTo(1.0);
            assertThat(value("ftp_transfer_duration_seconds_count{kind=\"upload\",site=\"Alpha\"}")).isEqualTo(1.0);
            assertThat(metrics.body()).contains("ftp_transfer_duration_seconds_bucket{kind=\"download\",site=\"Alpha\",le=\"1.0\"}");
            assertThat(value("ftp_site_started{site=\"Alpha\"}")).isEqualTo(1.0);
            assertThat(metrics.body()).contains("jvm_memory_used_bytes{", "jvm_threads_live_threads", "process_uptime_seconds");
        }
    }

    @Test
    void terminatesSiteStateBlocksAndReloadsAreCounted() {
        try (RawFtp bob = new RawFtp(server.port(2122))) {
            bob.reply();
            bob.command("USER bob");
            String id = http.get("/api/sessions?user=bob").json().get("sessions").get(0).get("sessionId").asText();
            http.delete("/api/sessions/" + id);
        }
        http.post("/api/sites/Beta/stop");
        server.save(TwoSites.CONFIG.replace("<site name=\"Alpha\"", "<site name=\"Alpha\" serverAutoStart=\"true\""));
        await().atMost(Duration.ofSeconds(5)).until(() -> value("ftp_config_reloads_total{result=\"applied\"}") == 1.0);
        server.save(TwoSites.CONFIG.replace("id=\"1\"", "id=\"one\""));

        await().atMost(Duration.ofSeconds(5)).until(() -> value("ftp_config_reloads_total{result=\"rejected\"}") == 1.0);
        assertThat(value("ftp_terminates_total")).isEqualTo(1.0);
        assertThat(value("ftp_site_started{site=\"Beta\"}")).isEqualTo(0.0);
        assertThat(value("ftp_login_blocks_total")).isEqualTo(0.0);
    }

    @Test
    void theSiteStateGaugeFollowsStopAndStart() {
        assertThat(value("ftp_site_started{site=\"Beta\"}")).isEqualTo(1.0);

        http.post("/api/sites/Beta/stop");
        assertThat(value("ftp_site_started{site=\"Beta\"}")).isEqualTo(0.0);
        assertThat(value("ftp_site_started{site=\"Alpha\"}")).isEqualTo(1.0);

        http.post("/api/sites/Beta/start");
        assertThat(value("ftp_site_started{site=\"Beta\"}")).isEqualTo(1.0);
    }

    @Test
    void aSiteRemovedByAReloadLeavesTheMetricsEvenWithASessionOpenAndComesBackCountingFromZero() throws Exception {
        try (RawFtp first = new RawFtp(server.port(2122))) {
            first.reply();
            first.command("USER bob");
            assertThat(first.command("PASS pw")).isEqualTo(230);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> value("ftp_connections_total{site=\"Beta\"}") == 1.0);
        String withoutBeta = TwoSites.CONFIG.replaceAll("<site name=\"Beta\".*?</site>", "")
                .replaceAll("<location path=\"Beta\">.*?</location>", "");
        assertThat(withoutBeta).doesNotContain("Beta");

        try (RawFtp open = new RawFtp(server.port(2122))) {
            open.reply();
            open.command("USER carol");
            server.save(withoutBeta);
            // the site's session ends with it; its last records arrive after the reload and must not bring the meters back
            await().atMost(Duration.ofSeconds(5)).until(() -> http.get("/api/sessions").json().get("sessions").size() == 0
                    && !http.get("/metrics").body().contains("site=\"Beta\""));
        }
        assertThat(http.get("/metrics").body()).doesNotContain("Beta").contains("ftp_site_started{site=\"Alpha\"} 1.0");
        assertThat(ManagementFactory.getPlatformMBeanServer().queryNames(new ObjectName("*:*"), null))
                .noneMatch(n -> n.getDomain().startsWith("apphost-ftp") && n.toString().contains("Beta"));

        server.save(TwoSites.CONFIG);
        await().atMost(Duration.ofSeconds(5)).until(() -> value("ftp_site_started{site=\"Beta\"}") == 1.0);
        try (RawFtp again = new RawFtp(server.port(2122))) {
            again.reply();
            again.command("USER bob");
            assertThat(again.command("PASS pw")).isEqualTo(230);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> value("ftp_logins_total{result=\"success\",site=\"Beta\"}") == 1.0);
        assertThat(value("ftp_connections_total{site=\"Beta\"}")).isEqualTo(1.0);
    }

    @Test
    void verbsAClientMakesUpShareOneSeriesSoTheyCannotGrowTheOutput() {
        try (RawFtp client = new RawFtp(server.port(2121))) {
            client.reply();
            for (int i = 0; i < 30; i++) {
                client.command("MADEUP" + i + " x");
            }
            client.command("<script>");
        }
        String text = http.get("/metrics").body();

        assertThat(text).doesNotContain("MADEUP", "<script>");
        assertThat(value("ftp_commands_total{reply=\"5xx\",verb=\"other\"}")).isEqualTo(31.0);
    }

    @Test
    void theSameMetersAreOnJmx() throws Exception {
        try (RawFtp client = new RawFtp(server.port(2121))) {
            client.reply();
            var names = ManagementFactory.getPlatformMBeanServer().queryNames(new ObjectName("*:*"), null);
            assertThat(names).anySatisfy(n -> {
                assertThat(n.getDomain()).startsWith("apphost-ftp");
                assertThat(n.toString()).contains("ftpSessions").contains("Alpha");
            });
            assertThat(names).anySatisfy(n -> assertThat(n.toString()).startsWith("apphost-ftp").contains("ftpConnections"));
        }
    }

    @Test
    void metricsNeedTheTokenAndOnlyGet() {
        assertThat(http.send("GET", "/metrics", null, null).status()).isEqualTo(401);
        assertThat(http.send("GET", "/metrics", "Bearer wrong", null).status()).isEqualTo(401);
        assertThat(http.post("/metrics").status()).isEqualTo(405);
    }
}
