package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.apphostftp.AdminHttp;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.apphostftp.TwoSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/sessions and DELETE /api/sessions/{id} against a running host with real FTP clients. */
class AdminSessionsTest {

    @TempDir
    Path dir;

    private TestServer server;
    private AdminHttp http;
    private final List<FTPClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        server = TwoSites.start(dir);
        http = new AdminHttp(server);
    }

    @AfterEach
    void stop() {
        clients.forEach(FtpClients::close);
        server.close();
    }

    private FTPClient login(int writtenPort, String user) {
        FTPClient c = FtpClients.login(server.port(writtenPort), user, user.equals("anonymous") ? "me@example.com" : "pw");
        clients.add(c);
        return c;
    }

    private List<String> field(JsonNode sessions, String name) {
        List<String> out = new ArrayList<>();
        sessions.get("sessions").forEach(s -> out.add(s.get(name).asText()));
        return out;
    }

    @Test
    void theListingShowsEveryConnectedClientWithItsAttributes() {
        FTPClient bob = login(2121, "bob");
        FTPClient carol = login(2121, "carol");
        FTPClient anonymous = login(2122, "anonymous");

        AdminHttp.Response response = http.get("/api/sessions");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
        JsonNode sessions = response.json();
        assertThat(field(sessions, "userName")).containsExactlyInAnyOrder("bob", "carol", "Anonymous");
        assertThat(field(sessions, "clientPort")).containsExactlyInAnyOrder(String.valueOf(bob.getLocalPort()),
                String.valueOf(carol.getLocalPort()), String.valueOf(anonymous.getLocalPort()));
        JsonNode first = sessions.get("sessions").get(0);
        assertThat(first.get("sessionId").asText()).matches("[0-9a-f-]{36}");
        assertThat(first.get("bytesSent").isIntegralNumber()).isTrue();
        assertThat(first.get("secureControl").isBoolean()).isTrue();
        assertThat(first.get("siteName").asText()).isIn("Alpha", "Beta");
    }

    @Test
    void theListingFollowsTheCommandsOfAClient() throws Exception {
        FTPClient bob = login(2121, "bob");
        bob.sendCommand("CWD", "/");
        bob.sendCommand("SYST");

        JsonNode session = http.get("/api/sessions?user=bob").json().get("sessions").get(0);

        assertThat(session.get("currentCommand").asText()).isEqualTo("SYST");
        assertThat(session.get("previousCommand").asText()).isEqualTo("CWD /");
        assertThat(session.get("lastErrorStatus").asInt()).isEqualTo(215);
    }

    @Test
    void filtersSelectBySiteUserAndClientAddress() {
        login(2121, "bob");
        login(2121, "carol");
        login(2122, "bob");

        assertThat(field(http.get("/api/sessions?site=Alpha").json(), "userName")).containsExactlyInAnyOrder("bob", "carol");
        assertThat(field(http.get("/api/sessions?user=bob").json(), "siteName")).containsExactlyInAnyOrder("Alpha", "Beta");
        assertThat(field(http.get("/api/sessions?site=beta&user=BOB&clientIp=127.0.0.1").json(), "siteName")).containsExactly("Beta");
        assertThat(field(http.get("/api/sessions?clientIp=10.0.0.1").json(), "userName")).isEmpty();
        assertThat(http.get("/api/sessions?site=Nowhere").json().get("sessions")).isEmpty();
    }

    @Test
    void aValueWithAQuoteCannotChangeTheFilter() {
        login(2121, "bob");

        AdminHttp.Response response = http.get("/api/sessions?user=" + AdminHttp.encode("x' or @userName!='x"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("sessions")).isEmpty();
    }

    @Test
    void anUnknownParameterIsRefusedRatherThanIgnored() {
        AdminHttp.Response response = http.get("/api/sessions?username=bob");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("unknown parameter 'username'; /api/sessions takes clientIp, serverName, site, user");
    }

    @Test
    void deleteTerminatesTheSessionAndItsClientGets421() throws Exception {
        FTPClient bob = login(2121, "bob");
        FTPClient carol = login(2121, "carol");
        String id = http.get("/api/sessions?user=bob").json().get("sessions").get(0).get("sessionId").asText();

        AdminHttp.Response response = http.delete("/api/sessions/" + id);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        await().atMost(Duration.ofSeconds(1)).until(() -> field(http.get("/api/sessions").json(), "userName").equals(List.of("carol")));
        assertThatThrownBy(bob::noop).isInstanceOf(FTPConnectionClosedException.class).hasMessageContaining("421");
        assertThat(carol.sendNoOp()).isTrue();
    }

    @Test
    void deletingASessionThatIsNotLiveIs404WithAJsonError() {
        AdminHttp.Response response = http.delete("/api/sessions/00000000-0000-0000-0000-000000000000");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().get("error").asText()).isEqualTo("no such session: 00000000-0000-0000-0000-000000000000");
        assertThat(response.json().get("path").asText()).contains("session[@sessionId='00000000-0000-0000-0000-000000000000']");
    }

    @Test
    void deletingTheSameSessionTwiceIs404TheSecondTime() {
        login(2121, "bob");
        String id = http.get("/api/sessions").json().get("sessions").get(0).get("sessionId").asText();

        assertThat(http.delete("/api/sessions/" + id).status()).isEqualTo(204);
        assertThat(http.delete("/api/sessions/" + id).status()).isEqualTo(404);
    }

    @Test
    void theXmlListingHasTheSessionElementsOfTheFile() {
        login(2121, "bob");

        AdminHttp.Response response = http.getXml("/api/sessions");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/xml; charset=utf-8");
        org.xmlunit.assertj3.XmlAssert.assertThat(response.body()).valueByXPath("count(/sessions/session[@userName='bob'])")
                .isEqualTo(1);
    }
}
