package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apphostftp.AdminHttp;
import org.apphostftp.TwoSites;
import org.junit.jupiter.api.Test;

/** Every request needs the bearer token of the token file; the file is created owner-only when missing. */
class AdminAuthenticationTest extends TwoSitesAdminTest {

    @Test
    void aMissingTokenFileIsCreatedWithOwnerOnlyAccessAndA64DigitToken() throws Exception {
        Path token = dir.resolve("management.token");

        assertThat(Files.readString(token).strip()).matches("[0-9a-f]{64}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token))).isEqualTo("rw-------");
    }

    @Test
    void aRequestWithoutTokenIs401WithAJsonError() {
        AdminHttp.Response response = http.send("GET", "/api/sessions", null, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().get("error").asText()).startsWith("missing or wrong bearer token");
        assertThat(response.json().get("path").asText()).isEqualTo("/api/sessions");
        assertThat(response.raw().headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"apphost-ftp\"");
    }

    @Test
    void aWrongTokenIs401() {
        String wrong = http.token().substring(1) + "0";

        assertThat(http.send("GET", "/api/sites", "Bearer " + wrong, null).status()).isEqualTo(401);
        assertThat(http.send("DELETE", "/api/sessions/x", "Bearer " + wrong, null).status()).isEqualTo(401);
    }

    @Test
    void theTokenMustComeAsABearerCredential() {
        assertThat(http.send("GET", "/api/sites", http.token(), null).status()).isEqualTo(401);
        assertThat(http.send("GET", "/api/sites", "Basic " + http.token(), null).status()).isEqualTo(401);
        assertThat(http.send("GET", "/api/sites", "bearer  " + http.token(), null).status()).isEqualTo(200);
    }

    @Test
    void unknownResourcesAreHiddenBehindTheTokenToo() {
        assertThat(http.send("GET", "/api/nothing", null, null).status()).isEqualTo(401);
        assertThat(http.get("/api/nothing").status()).isEqualTo(404);
    }

    @Test
    void anExistingTokenFileIsUsedAsItIs() throws Exception {
        server.close();
        Path other = dir.resolve("again");
        Files.createDirectories(other);
        Files.writeString(other.resolve("management.token"), "my-own-token\n");
        server = TwoSites.start(other);

        assertThat(new AdminHttp(server).send("GET", "/api/status", "Bearer my-own-token", null).status()).isEqualTo(200);
    }
}
