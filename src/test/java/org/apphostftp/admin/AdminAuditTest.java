package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apphostftp.AdminHttp;
import org.apphostftp.RawFtp;
import org.apphostftp.TwoSites;
import org.apphostftp.configapi.ServerManager;
import org.junit.jupiter.api.Test;

/** Every administrative action writes one audit line, shown by GET /api/audit with who asked and from where. */
class AdminAuditTest extends TwoSitesAdminTest {

    private List<String> lines() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : http.get("/api/audit").json().get("entries")) {
            out.add(e.get("action").asText() + " | " + e.get("target").asText() + " | " + e.get("result").asText() + " | "
                    + e.get("who").asText() + " | " + e.get("from").asText().replaceAll(":\\d+$", ":PORT"));
        }
        return out;
    }

    @Test
    void terminateStopAndStartOverHttpNameTheTokenAndTheClientAddress() {
        try (RawFtp bob = new RawFtp(server.port(2121))) {
            bob.reply();
            bob.command("USER bob");
            String id = http.get("/api/sessions?user=bob").json().get("sessions").get(0).get("sessionId").asText();

            assertThat(http.delete("/api/sessions/" + id).status()).isEqualTo(204);
            assertThat(http.delete("/api/sessions/" + id).status()).isEqualTo(404); // nothing done: nothing audited
            http.post("/api/sites/Beta/stop");
            http.post("/api/sites/Beta/start");

            assertThat(lines()).containsExactly(
                    "Terminate | session " + id + " (site Alpha, user bob, 127.0.0.1) | ok | token management.token | 127.0.0.1:PORT",
                    "Stop | site Beta | ok | token management.token | 127.0.0.1:PORT",
                    "Start | site Beta | ok | token management.token | 127.0.0.1:PORT");
        }
    }

    @Test
    void aCommitAndAnInvalidSaveAreAuditedWithTheirResults() {
        try (ServerManager manager = server.host().serverManager()) {
            manager.getApplicationHostConfiguration().getSection("system.applicationHost/sites").getCollection()
                    .find("name", "Alpha").orElseThrow().getChildElement("ftpServer").getChildElement("messages")
                    .setAttributeValue("bannerMessage", "hello");
            manager.commitChanges();
        }
        server.save(TwoSites.CONFIG.replace("id=\"1\"", "id=\"one\""));
        await().atMost(Duration.ofSeconds(5)).until(() -> lines().stream().anyMatch(l -> l.startsWith("reload ")));

        List<String> lines = lines();
        assertThat(lines.get(0)).startsWith("commit | " + server.configFile()).contains("| ok | local ").endsWith("| local");
        assertThat(lines.get(1)).startsWith("reload | " + server.configFile() + " | failed: ").contains("one")
                .endsWith("| watcher | local");
        assertThat(lines).hasSize(2);
    }

    @Test
    void aBadLimitIsAClearError() {
        AdminHttp.Response response = http.get("/api/audit?limit=0");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("limit must be a whole number from 1 to 1000, not '0'");
    }
}
