package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.FileInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.apphostftp.ExternalClients;
import org.apphostftp.TestServer;
import org.apphostftp.TwoSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cert new}: key and certificate beside the config, set on the site by a lossless commit, FTPS works at once. */
class CertCommandTest {

    @TempDir
    Path dir;

    private TestServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        server = TwoSites.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aNewCertificateIsSetOnTheSiteAndCurlTrustsItWithTheCaFileItPrints() throws Exception {
        String before = Files.readString(server.configFile());

        int code = run("cert", "new", "--site", "Alpha", "--dns", "ftp.example.test", "--days", "30", "--config", server.configFile().toString());

        assertThat(code).as(err.toString()).isZero();
        Path key = dir.resolve("ftps-Alpha.key");
        Path cert = dir.resolve("ftps-Alpha.crt");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        X509Certificate x509;
        try (FileInputStream in = new FileInputStream(cert.toFile())) {
            x509 = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        assertThat(x509.getSubjectX500Principal().getName()).isEqualTo("CN=ftp.example.test");
        assertThat(x509.getSubjectAlternativeNames().stream().map(n -> String.valueOf(n.get(1))).toList()).containsExactly("ftp.example.test", "127.0.0.1");
        assertThat(x509.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(Duration.between(x509.getNotBefore().toInstant(), x509.getNotAfter().toInstant()).toDays()).isEqualTo(30);
        String fingerprint = HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(x509.getEncoded()));
        assertThat(out.toString()).contains("SHA-256 fingerprint: " + fingerprint, "set ssl:ca-file " + cert, "--cacert " + cert,
                "FileZilla");

        String after = Files.readString(server.configFile());
        assertThat(after.replace(" serverCertFile=\"ftps-Alpha.crt\" serverCertKeyFile=\"ftps-Alpha.key\"", "")).isEqualTo(before);
        assertThat(Files.readString(server.dir().resolve("logs/audit.log"))).contains("\"action\":\"cert new\"", fingerprint);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ExternalClients.Result curl = ExternalClients.curl(dir, "-sS", "--ssl-reqd", "--cacert", cert.toString(), "-u", "bob:pw",
                    "ftp://127.0.0.1:" + server.port(2121) + "/hello.txt");
            assertThat(curl.exitCode()).as(curl.err()).isZero();
            assertThat(curl.out()).isEqualTo("hello\n");
        });
        ExternalClients.Result wrongName = ExternalClients.curl(dir, "-sS", "--ssl-reqd", "--cacert", cert.toString(), "-u", "bob:pw",
                "--resolve", "other.test:" + server.port(2121) + ":127.0.0.1", "ftp://other.test:" + server.port(2121) + "/hello.txt");
        assertThat(wrongName.exitCode()).isNotZero(); // the name is checked: the certificate is not accepted blindly
    }

    @Test
    void existingFilesAreKeptUnlessForced() throws Exception {
        assertThat(run("cert", "new", "--site", "Alpha", "--config", server.configFile().toString())).isZero();
        String firstKey = Files.readString(dir.resolve("ftps-Alpha.key"));

        assertThat(run("cert", "new", "--site", "Alpha", "--config", server.configFile().toString())).isEqualTo(1);
        assertThat(err.toString()).contains("ftps-Alpha.key exists; give --force");
        assertThat(Files.readString(dir.resolve("ftps-Alpha.key"))).isEqualTo(firstKey);

        assertThat(run("cert", "new", "--site", "Alpha", "--force", "--config", server.configFile().toString())).isZero();
        assertThat(Files.readString(dir.resolve("ftps-Alpha.key"))).isNotEqualTo(firstKey);
    }

    @Test
    void badInputIsAClearErrorAndChangesNothing() throws Exception {
        String before = Files.readString(server.configFile());

        assertThat(run("cert", "new", "--site", "Nope", "--config", server.configFile().toString())).isEqualTo(1);
        assertThat(run("cert", "new", "--site", "Alpha", "--dns", "bad host;rm -rf", "--config", server.configFile().toString())).isEqualTo(1);
        assertThat(run("cert", "new", "--site", "Alpha", "--days", "0", "--config", server.configFile().toString())).isEqualTo(1);

        assertThat(err.toString().lines().toList()).containsExactly(
                "apphost-ftp: no such site: Nope (in " + server.configFile().toAbsolutePath().normalize() + ")",
                "apphost-ftp: --dns 'bad host;rm -rf' is not a DNS name (letters, digits, '-' and '.')",
                "apphost-ftp: --days must be from 1 to 3650, not 0");
        assertThat(Files.readString(server.configFile())).isEqualTo(before);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).filter(n -> n.startsWith("ftps-")).toList()).isEqualTo(List.of());
    }
}
