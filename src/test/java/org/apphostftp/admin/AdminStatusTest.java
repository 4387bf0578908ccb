package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apphostftp.AdminHttp;
import org.apphostftp.TestServer;
import org.apphostftp.TwoSites;
import org.apphostftp.config.location.Location;
import org.apphostftp.config.location.Problem;
import org.apphostftp.configapi.HostStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.assertj3.XmlAssert;

/** GET /api/status: version, uptime, the file, the last reload and the last configuration error. */
class AdminStatusTest {

    @TempDir
    Path dir;

    @Test
    void aRunningHostReportsItsVersionFileAndReloadWithoutError() {
        try (TestServer server = TwoSites.start(dir)) {
            JsonNode status = new AdminHttp(server).get("/api/status").json();

            assertThat(status.get("version").asText()).isNotEmpty();
            assertThat(status.get("uptimeSeconds").isIntegralNumber()).isTrue();
            assertThat(status.get("uptimeSeconds").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(status.get("configFile").asText()).isEqualTo(server.configFile().toAbsolutePath().normalize().toString());
            assertThat(status.get("lastReload").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(status.get("lastConfigError").isNull()).isTrue();
        }
    }

    @Test
    void aConfigurationErrorIsReportedWithItsFileLineAndColumn() throws Exception {
        Problem problem = Problem.error(new Location("conf/applicationHost.config", 14, 9),
                "site 'alpha': attribute 'controlChannelTimeout' must be an integer, got 'abc'");
        HostStatus status = new HostStatus("1.2.3", Instant.now().minusSeconds(12), Path.of("/srv/ftp/applicationHost.config"),
                Instant.parse("2026-11-25T22:07:39.123Z"), Optional.of(problem));
        AdminApi api = new AdminApi(() -> {
            throw new AssertionError("status needs no config API");
        }, () -> status);

        Reply json = api.answer("GET", URI.create("/api/status"), null);
        Reply xml = api.answer("GET", URI.create("/api/status"), "application/xml");

        assertThat(json.status()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(json.body());
        assertThat(body.get("uptimeSeconds").asLong()).isBetween(12L, 3600L);
        ((ObjectNode) body).remove("uptimeSeconds");
        assertThat(body).isEqualTo(new ObjectMapper().readTree("""
                {"version": "1.2.3", "configFile": "/srv/ftp/applicationHost.config", "lastReload": "2026-11-25T22:07:39.123Z",
                 "lastConfigError": {"message": "site 'alpha': attribute 'controlChannelTimeout' must be an integer, got 'abc'",
                                     "file": "conf/applicationHost.config", "line": 14, "column": 9}}"""));
        XmlAssert.assertThat(new String(xml.body(), StandardCharsets.UTF_8)).and("""
                <status version="1.2.3" configFile="/srv/ftp/applicationHost.config" lastReload="2026-11-25T22:07:39.123Z">
                  <lastConfigError message="site 'alpha': attribute 'controlChannelTimeout' must be an integer, got 'abc'"
                                   file="conf/applicationHost.config" line="14" column="9" />
                </status>""").withAttributeFilter(a -> !a.getName().equals("uptimeSeconds")).ignoreWhitespace().areSimilar();
        XmlAssert.assertThat(new String(xml.body(), StandardCharsets.UTF_8)).valueByXPath("/status/@uptimeSeconds").asInt()
                .isBetween(12, 3600);
    }
}
