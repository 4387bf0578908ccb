package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apphostftp.AdminHttp;
import org.junit.jupiter.api.Test;

/** Every failure is a JSON error {"error", "path"} with the status that says what went wrong, never a stack trace. */
class AdminErrorsTest extends TwoSitesAdminTest {

    @Test
    void anUnknownResourceIs404AndNamesTheResources() {
        AdminHttp.Response response = http.get("/api/users");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").asText())
                .isEqualTo("no such resource: /api/users (resources: /api/sites, /api/sessions, /api/config, /api/status, /api/audit, /metrics)");
        assertThat(response.json().get("path").asText()).isEqualTo("/api/users");
        assertThat(http.get("/index.php").status()).isEqualTo(404);
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        AdminHttp.Response response = http.delete("/api/sessions");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.raw().headers().firstValue("Allow")).hasValue("GET");
        assertThat(http.post("/api/status").status()).isEqualTo(405);
        assertThat(http.get("/api/sessions/some-id").status()).isEqualTo(405);
    }

    @Test
    void errorsAreJsonEvenWhenXmlIsAskedFor() {
        AdminHttp.Response response = http.send("GET", "/api/config", "Bearer " + http.token(), "application/xml");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(response.json().has("error")).isTrue();
    }

    @Test
    void aSiteThatCannotStartIs409WithTheReason() throws Exception {
        http.post("/api/sites/Alpha/stop");
        try (ServerSocket taken = new ServerSocket(server.port(2121), 1, InetAddress.getLoopbackAddress())) {
            AdminHttp.Response response = http.post("/api/sites/Alpha/start");

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.json().get("error").asText()).contains("site 'Alpha' could not start").contains("10048");
        }
    }

    @Test
    void anInternalFailureIs500WithoutItsDetails() throws Exception {
        AdminApi api = new AdminApi(() -> {
            throw new IllegalStateException("secret internals at org.example.Foo");
        }, () -> server.host().status());

        Reply reply = api.answer("GET", URI.create("/api/sessions"), null);

        assertThat(reply.status()).isEqualTo(500);
        String body = new String(reply.body(), StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(body);
        assertThat(json.get("error").asText()).isEqualTo("internal error (IllegalStateException); the server log has the details");
        assertThat(json.get("path").asText()).isEqualTo("/api/sessions");
        assertThat(body).doesNotContain("secret").doesNotContain("at org.");
    }

    @Test
    void aParameterGivenTwiceIs400() {
        AdminHttp.Response response = http.get("/api/sessions?user=bob&user=carol");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("parameter 'user' is given more than once");
    }
}
