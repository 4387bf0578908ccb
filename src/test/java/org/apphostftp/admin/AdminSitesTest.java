package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.apphostftp.AdminHttp;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.apphostftp.TwoSites;
import org.junit.jupiter.api.Test;

/** GET /api/sites and POST /api/sites/{name}/start|stop. */
class AdminSitesTest extends TwoSitesAdminTest {

    @Test
    void everySiteIsListedWithNameIdStateAndBindings() throws Exception {
        AdminHttp.Response response = http.get("/api/sites");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(new ObjectMapper().readTree("""
                {"sites": [
                  {"name": "Alpha", "id": 1, "state": "Started", "lastStartupStatus": 0,
                   "bindings": [{"protocol": "ftp", "bindingInformation": "127.0.0.1:%d:"}]},
                  {"name": "Beta", "id": 2, "state": "Started", "lastStartupStatus": 0,
                   "bindings": [{"protocol": "ftp", "bindingInformation": "127.0.0.1:%d:"}]}
                ]}""".formatted(server.port(2121), server.port(2122))));
    }

    @Test
    void stopClosesThePortTerminatesTheSessionsAndAnswersTheStoppedSite() throws Exception {
        FTPClient client = FtpClients.login(server.port(2121), "bob", "pw");
        try {
            AdminHttp.Response response = http.post("/api/sites/Alpha/stop");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("name").asText()).isEqualTo("Alpha");
            assertThat(response.json().get("state").asText()).isEqualTo("Stopped");
            assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), server.port(2121)).close())
                    .isInstanceOf(IOException.class);
            assertThatThrownBy(client::noop).isInstanceOf(FTPConnectionClosedException.class).hasMessageContaining("421");
            assertThat(http.get("/api/sessions?site=Alpha").json().get("sessions")).isEmpty();
            assertThat(http.get("/api/sites").json().get("sites").get(1).get("state").asText()).isEqualTo("Started");
        } finally {
            FtpClients.close(client);
        }
    }

    @Test
    void startRunsAStoppedSiteAgain() {
        http.post("/api/sites/Alpha/stop");

        AdminHttp.Response response = http.post("/api/sites/Alpha/start");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("state").asText()).isEqualTo("Started");
        FtpClients.close(FtpClients.login(server.port(2121), "bob", "pw"));
    }

    @Test
    void siteNamesArePercentEncodedInThePath() throws IOException {
        server.close();
        server = TestServer.start(java.nio.file.Files.createDirectories(dir.resolve("spaced")), TwoSites.CONFIG.replace("\"Alpha\"", "\"Default FTP Site\""));
        http = new AdminHttp(server);

        AdminHttp.Response response = http.post("/api/sites/Default%20FTP%20Site/stop");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("name").asText()).isEqualTo("Default FTP Site");
        assertThat(response.json().get("state").asText()).isEqualTo("Stopped");
    }

    @Test
    void anUnknownSiteIs404() {
        AdminHttp.Response response = http.post("/api/sites/Gamma/start");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").asText()).isEqualTo("no such site: Gamma");
    }

    @Test
    void startAndStopTakeOnlyPost() {
        AdminHttp.Response response = http.get("/api/sites/Alpha/stop");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.raw().headers().firstValue("Allow")).hasValue("POST");
        assertThat(response.json().get("error").asText()).isEqualTo("method GET is not allowed on /api/sites/Alpha/stop; use POST");
        assertThat(http.get("/api/sites").json().get("sites").get(0).get("state").asText()).isEqualTo("Started");
    }

    @Test
    void theXmlFormHasTheSiteElementsOfTheFile() {
        AdminHttp.Response response = http.getXml("/api/sites");

        org.xmlunit.assertj3.XmlAssert.assertThat(response.body()).and("""
                <sites>
                  <site name="Alpha" id="1" state="Started" lastStartupStatus="0"><bindings><binding protocol="ftp" bindingInformation="127.0.0.1:%d:" /></bindings></site>
                  <site name="Beta" id="2" state="Started" lastStartupStatus="0"><bindings><binding protocol="ftp" bindingInformation="127.0.0.1:%d:" /></bindings></site>
                </sites>""".formatted(server.port(2121), server.port(2122))).ignoreWhitespace().areIdentical();
    }
}
