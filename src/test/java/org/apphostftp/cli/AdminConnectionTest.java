package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apphostftp.TestServer;
import org.apphostftp.TwoSites;
import org.apphostftp.Users;
import org.apphostftp.config.Fixtures;
import org.apphostftp.security.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the admin commands find the endpoint and what they say when they cannot use it. */
class AdminConnectionTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Path config, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = config.toString();
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    /** The two-site configuration with free ports, written but not served; the admin port is returned in {@code ports}. */
    private Path notServed(String text, Map<Integer, Integer> ports) {
        return Fixtures.installText(TestServer.withFreePorts(text, ports), dir);
    }

    @Test
    void aServerThatIsNotRunningIsReportedBeforeTheTokenFileIsRead() {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        Path config = notServed(TwoSites.CONFIG, ports);

        for (String[] command : new String[][] {{"list", "sessions"}, {"list", "sites"}, {"terminate", "session", "x"},
                {"terminate", "sessions", "--site", "Alpha"}, {"start", "site", "Alpha"}, {"stop", "site", "Alpha"},
                {"list", "config", "-section:system.applicationHost/sites"}}) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);

            assertThat(run(config, command)).as(String.join(" ", command)).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("cannot reach apphost-ftp at 127.0.0.1:" + ports.get(8021) + ": connection refused\n");
            assertThat(out.toString()).isEmpty();
        }
        assertThat(dir.resolve("management.token")).doesNotExist();
    }

    @Test
    void aTokenThatIsNotTheServersIsReported() throws Exception {
        try (TestServer server = TwoSites.start(dir)) {
            Files.writeString(dir.resolve("management.token"), "not-the-token\n");

            assertThat(run(server.configFile(), "list", "sessions")).isEqualTo(1);

            assertThat(err.toString()).isEqualTo("the admin endpoint at 127.0.0.1:" + server.adminPort() + " refused the token in "
                    + dir.resolve("management.token") + " (is it the token file of the running server?)\n");
        }
    }

    @Test
    void aDisabledEndpointIsReported() {
        Path config = notServed(TwoSites.CONFIG.replace("<management ", "<management enabled=\"false\" "), new LinkedHashMap<>());

        assertThat(run(config, "list", "sites")).isEqualTo(1);

        assertThat(err.toString()).isEqualTo("the admin endpoint is disabled in " + config
                + " (system.ftpServer/management/@enabled is false)\n");
    }

    @Test
    void anInvalidConfigurationIsReportedWithItsErrors() {
        Path config = notServed(TwoSites.CONFIG.replace("<management ", "<management colour=\"red\" "), new LinkedHashMap<>());

        assertThat(run(config, "list", "sites")).isEqualTo(1);

        assertThat(err.toString()).startsWith("cannot find the admin endpoint: " + config + " has errors\n")
                .contains("unknown attribute 'colour'");
    }

    @Test
    void overHttpsTheCommandsTrustTheEndpointsOwnCertificate() throws Exception {
        Users.write(dir, "bob", "pw");
        TestCertificates.keytoolPkcs12(dir.resolve("admin.p12"), "admin", "EC", TestCertificates.PASSWORD);
        String https = TwoSites.CONFIG.replace("<management ", "<management serverCertFile=\"admin.p12\" serverCertPassword=\""
                + TestCertificates.PASSWORD + "\" ");
        try (TestServer server = TestServer.start(dir, https)) {
            assertThat(run(server.configFile(), "list", "sites")).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Alpha").contains("Started");

            HttpResponse<String> response = TestCertificates.httpClientTrusting(dir.resolve("admin.p12")).send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + server.adminPort() + "/api/status"))
                    .header("Authorization", "Bearer " + Files.readString(dir.resolve("management.token")).strip()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.sslSession()).hasValueSatisfying(s -> assertThat(s.getProtocol()).isIn("TLSv1.3", "TLSv1.2"));
        }
    }

    @Test
    void overHttpsACertificateThatIsNotTheConfiguredOneIsRefused() throws Exception {
        Users.write(dir, "bob", "pw");
        TestCertificates.keytoolPkcs12(dir.resolve("admin.p12"), "admin", "EC", TestCertificates.PASSWORD);
        TestCertificates.keytoolPkcs12(dir.resolve("other.p12"), "other", "EC", TestCertificates.PASSWORD);
        String https = TwoSites.CONFIG.replace("<management ", "<management serverCertFile=\"admin.p12\" serverCertPassword=\""
                + TestCertificates.PASSWORD + "\" ");
        try (TestServer server = TestServer.start(dir, https)) {
            Path client = dir.resolve("client.config");
            Files.writeString(client, Files.readString(server.configFile()).replace("admin.p12", "other.p12"));

            assertThat(run(client, "list", "sites")).isEqualTo(1);

            assertThat(err.toString()).startsWith("cannot reach apphost-ftp at 127.0.0.1:" + server.adminPort() + ": TLS failed");
        }
    }
}
