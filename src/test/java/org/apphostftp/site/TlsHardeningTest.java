package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.net.ssl.SSLSocket;
import org.apphostftp.ResumingFtpsClient;
import org.apphostftp.TestServer;
import org.apphostftp.Users;
import org.apphostftp.security.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TLS on the FTP control connection and the admin endpoint: client-initiated renegotiation is refused, and TLS 1.2
 * offers only forward-secret AEAD suites (no static-RSA key exchange, no CBC).
 */
class TlsHardeningTest {

    @TempDir
    static Path dir;

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        TestCertificates.keytoolPkcs12(dir.resolve("site.p12"), "ftps", "RSA", TestCertificates.PASSWORD);
        Users.write(dir, "bob", "pw");
        String certificate = "serverCertFile=\"site.p12\" serverCertPassword=\"" + TestCertificates.PASSWORD + "\"";
        server = TestServer.start(dir, "<configuration><system.applicationHost><sites>"
                + "<site name=\"S\" id=\"1\"><bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>"
                + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"root\" /></application>"
                + "<ftpServer><security><ssl controlChannelPolicy=\"SslRequire\" dataChannelPolicy=\"SslRequire\" " + certificate + " />"
                + "<authentication><basicAuthentication enabled=\"true\" /></authentication></security></ftpServer></site>"
                + "</sites></system.applicationHost>"
                + "<location path=\"S\"><system.ftpServer><security><authorization>"
                + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read\" /></authorization></security></system.ftpServer></location>"
                + "<system.ftpServer><management bindingInformation=\"127.0.0.1:8021\" " + certificate + " /></system.ftpServer>"
                + "</configuration>");
        server.file("root/.keep", "");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** AUTH TLS on a new control connection, then a TLS 1.2 handshake offering only {@code suites} (all when none). */
    private static SSLSocket controlTls12(String... suites) throws Exception {
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.port(2121));
        plain.setSoTimeout(10_000);
        InputStream in = plain.getInputStream();
        assertThat(line(in)).startsWith("220");
        plain.getOutputStream().write("AUTH TLS\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(line(in)).startsWith("234");
        return tls12(plain, suites);
    }

    private static SSLSocket tls12(Socket plain, String... suites) throws Exception {
        SSLSocket tls = (SSLSocket) ResumingFtpsClient.trustAll().getSocketFactory().createSocket(plain, "127.0.0.1", plain.getPort(), true);
        tls.setUseClientMode(true);
        tls.setEnabledProtocols(new String[] {"TLSv1.2"});
        if (suites.length > 0) {
            tls.setEnabledCipherSuites(suites);
        }
        tls.startHandshake();
        return tls;
    }

    /** The next line the server sends, without its CRLF. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b < 0) {
            throw new IOException("the server closed the connection");
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static String command(SSLSocket control, String line) throws IOException {
        control.getOutputStream().write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        control.getOutputStream().flush();
        return line(control.getInputStream());
    }

    @Test
    void clientInitiatedRenegotiationEndsTheFtpControlConnection() throws Exception {
        try (SSLSocket control = controlTls12()) {
            assertThat(command(control, "USER bob")).startsWith("331");

            control.startHandshake(); // a second handshake: the client asks to renegotiate

            assertThatThrownBy(() -> command(control, "PASS pw")).isInstanceOf(IOException.class);
        }
    }

    @Test
    void clientInitiatedRenegotiationEndsTheAdminHttpsConnection() throws Exception {
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.adminPort());
        plain.setSoTimeout(10_000);
        try (SSLSocket admin = tls12(plain)) {
            admin.startHandshake();

            assertThatThrownBy(() -> {
                admin.getOutputStream().write("GET /api/status HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                admin.getOutputStream().flush();
                if (line(admin.getInputStream()).startsWith("HTTP/1.1")) {
                    throw new AssertionError("the admin endpoint answered after a renegotiation");
                }
            }).isInstanceOf(IOException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
        "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA"})
    void tls12ClientsOfferingOnlyStaticRsaOrCbcSuitesAreRefused(String suite) throws Exception {
        assertThatThrownBy(() -> controlTls12(suite).close()).isInstanceOf(IOException.class);
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.adminPort());
        plain.setSoTimeout(10_000);
        assertThatThrownBy(() -> tls12(plain, suite).close()).isInstanceOf(IOException.class);
        plain.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"})
    void tls12ClientsWithAForwardSecretAeadSuiteLogIn(String suite) throws Exception {
        try (SSLSocket control = controlTls12(suite)) {
            assertThat(control.getSession().getCipherSuite()).isEqualTo(suite);
            assertThat(command(control, "USER bob")).startsWith("331");
            assertThat(command(control, "PASS pw")).startsWith("230");
        }
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.adminPort());
        plain.setSoTimeout(10_000);
        try (SSLSocket admin = tls12(plain, suite)) {
            admin.getOutputStream().write("GET /api/status HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(line(admin.getInputStream())).startsWith("HTTP/1.1 401");
        }
    }
}
