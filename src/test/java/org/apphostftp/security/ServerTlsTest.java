package org.apphostftp.security;

import static org.apphostftp.security.TestCertificates.PASSWORD;
import static org.apphostftp.security.TestCertificates.certificatesPem;
import static org.apphostftp.security.TestCertificates.entry;
import static org.apphostftp.security.TestCertificates.keytoolPkcs12;
import static org.apphostftp.security.TestCertificates.leaf;
import static org.apphostftp.security.TestCertificates.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.effective.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTlsTest {

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    static Path rsaP12;
    static KeyStore.PrivateKeyEntry rsa;
    static KeyStore.PrivateKeyEntry ec;

    private final ExecutorService serverThread = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void makeCertificates() throws Exception {
        rsaP12 = keytoolPkcs12(shared.resolve("rsa.p12"), "rsa", "RSA", PASSWORD);
        rsa = entry(rsaP12, "rsa", PASSWORD);
        ec = entry(keytoolPkcs12(shared.resolve("ec.p12"), "ec", "EC", PASSWORD), "ec", PASSWORD);
    }

    @AfterEach
    void stopServerThread() throws InterruptedException {
        serverThread.shutdownNow();
        assertThat(serverThread.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    private static CertificateFiles files(Path cert, Path key, String password) {
        return new CertificateFiles("test", cert, Optional.ofNullable(key), Optional.ofNullable(password), Optional.empty());
    }

    private record Handshake(String protocol, X509Certificate serverCertificate) {
    }

    /** Serves one TLS connection with {@code tls}; a client trusting only {@code trusted} connects, checks the name, echoes a byte. */
    private Handshake handshake(ServerTls tls, X509Certificate trusted, String... clientProtocols) throws Exception {
        try (SSLServerSocket server = (SSLServerSocket) tls.sslContext().getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            server.setEnabledProtocols(tls.enabledProtocols());
            server.setSoTimeout(30_000);
            Future<Integer> served = serverThread.submit(() -> {
                try (SSLSocket s = (SSLSocket) server.accept()) {
                    s.setSoTimeout(30_000);
                    int b = s.getInputStream().read();
                    s.getOutputStream().write(b + 1);
                    s.getOutputStream().flush();
                    return b;
                }
            });
            Handshake result;
            try (SSLSocket client = (SSLSocket) clientTrusting(trusted).getSocketFactory().createSocket("127.0.0.1", server.getLocalPort())) {
                client.setSoTimeout(30_000);
                if (clientProtocols.length > 0) {
                    client.setEnabledProtocols(clientProtocols);
                }
                SSLParameters parameters = client.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name 127.0.0.1
                client.setSSLParameters(parameters);
                OutputStream out = client.getOutputStream();
                out.write(41);
                out.flush();
                InputStream in = client.getInputStream();
                assertThat(in.read()).isEqualTo(42);
                result = new Handshake(client.getSession().getProtocol(), (X509Certificate) client.getSession().getPeerCertificates()[0]);
            }
            // the server's close waits for the client's close_notify under TLS 1.3, so the client closes first
            assertThat(served.get(30, TimeUnit.SECONDS)).isEqualTo(41);
            return result;
        }
    }

    private static SSLContext clientTrusting(X509Certificate certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    @Test
    void clientCompletesAHandshakeWithAPkcs12Certificate() throws Exception {
        ServerTls tls = ServerTls.load(files(rsaP12, null, PASSWORD));

        Handshake h = handshake(tls, leaf(rsa));

        assertThat(h.protocol()).isEqualTo("TLSv1.3");
        assertThat(h.serverCertificate()).isEqualTo(leaf(rsa)).isEqualTo(tls.leafCertificate());
    }

    @Test
    void tls12ClientIsServedToo() throws Exception {
        ServerTls tls = ServerTls.load(files(rsaP12, null, PASSWORD));

        assertThat(handshake(tls, leaf(rsa), "TLSv1.2").protocol()).isEqualTo("TLSv1.2");
    }

    @Test
    void clientCompletesAHandshakeWithAnEcPemKey() throws Exception {
        Path cert = write(dir.resolve("ec.crt"), certificatesPem(ec));
        Path key = write(dir.resolve("ec.key"), TestCertificates.sec1Pem((ECPrivateKey) ec.getPrivateKey()));
        ServerTls tls = ServerTls.load(files(cert, key, null));

        assertThat(handshake(tls, leaf(ec)).serverCertificate()).isEqualTo(leaf(ec));
    }

    @Test
    void onlyTls13AndTls12AreEnabled() throws Exception {
        ServerTls tls = ServerTls.load(files(rsaP12, null, PASSWORD));

        assertThat(tls.enabledProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
    }

    @Test
    void clientThatDoesNotTrustTheCertificateFailsTheHandshake() throws Exception {
        ServerTls tls = ServerTls.load(files(rsaP12, null, PASSWORD));

        assertThatThrownBy(() -> handshake(tls, leaf(ec))).isInstanceOf(SSLHandshakeException.class);
    }

    // ------------------------------------------------------------------------------- from the configuration

    private ServerConfig load(String ssl, String management) {
        String xml = """
                <configuration>
                  <system.applicationHost>
                    <sites>
                      <site name="Secure" id="1">
                        <bindings><binding protocol="ftp" bindingInformation="127.0.0.1:2121:" /></bindings>
                        <application path="/"><virtualDirectory path="/" physicalPath="root" /></application>
                        <ftpServer><security>%s</security></ftpServer>
                      </site>
                    </sites>
                  </system.applicationHost>
                  <system.ftpServer>%s</system.ftpServer>
                </configuration>
                """.formatted(ssl, management);
        LoadResult result = Fixtures.loader(Map.of("CERT_PW", PASSWORD)).load(Fixtures.installText(xml, dir));
        assertThat(result.errors()).isEmpty();
        return result.config().orElseThrow();
    }

    @Test
    void siteCertificateComesFromTheFilesItsSslSettingsName() throws Exception {
        Files.copy(rsaP12, dir.resolve("site.p12"));
        ServerConfig config = load("<ssl controlChannelPolicy=\"SslRequire\" serverCertFile=\"site.p12\" "
                + "serverCertPassword=\"%CERT_PW%\" serverCertHash=\"" + Thumbprint.of(leaf(rsa)).toLowerCase() + "\" />", "");

        Optional<ServerTls> tls = ServerTls.forSite(config.site("Secure").orElseThrow());

        assertThat(ServerTls.offeredBy(config.site("Secure").orElseThrow())).isTrue();
        assertThat(tls).isPresent();
        assertThat(handshake(tls.get(), leaf(rsa)).serverCertificate()).isEqualTo(leaf(rsa));
    }

    @Test
    void siteWithoutCertificateOffersNoTls() throws Exception {
        ServerConfig config = load("<ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />", "");

        assertThat(ServerTls.offeredBy(config.site("Secure").orElseThrow())).isFalse();
        assertThat(ServerTls.forSite(config.site("Secure").orElseThrow())).isEmpty();
    }

    @Test
    void brokenSiteCertificateIsReportedForThatSite() throws Exception {
        Path p12 = Files.copy(rsaP12, dir.resolve("site.p12"));
        ServerConfig config = load("<ssl serverCertFile=\"site.p12\" serverCertPassword=\"wrong-password\" />", "");

        assertThatThrownBy(() -> ServerTls.forSite(config.site("Secure").orElseThrow()))
                .isInstanceOf(ServerCertificateException.class)
                .hasMessageStartingWith("site 'Secure' (security/ssl): " + p12.toAbsolutePath().normalize() + ": wrong serverCertPassword");
    }

    @Test
    void managementCertificateComesFromItsOwnSettings() throws Exception {
        Files.copy(rsaP12, dir.resolve("admin.p12"));
        ServerConfig config = load("<ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />",
                "<management serverCertFile=\"admin.p12\" serverCertPassword=\"%CERT_PW%\" />");

        Optional<ServerTls> tls = ServerTls.forManagement(config.global().management());

        assertThat(tls.map(ServerTls::leafCertificate)).contains(leaf(rsa));
    }
}
