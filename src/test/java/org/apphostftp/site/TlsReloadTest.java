package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.commons.net.ftp.FTPSClient;
import org.apphostftp.FtpClients;
import org.apphostftp.ResumingFtpsClient;
import org.apphostftp.TestServer;
import org.apphostftp.Users;
import org.apphostftp.security.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificates follow the saved file: added, or replaced on an implicit FTPS binding, without closing open sessions. */
class TlsReloadTest {

    @TempDir
    Path dir;

    private TestServer server;
    /** The subject of each server certificate a client was shown, in order. */
    private final List<String> presented = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String config(String certificate, String bindingAttributes) {
        return "<configuration><system.applicationHost><sites>"
                + "<site name=\"S\" id=\"1\"><bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\"" + bindingAttributes
                + " /></bindings><application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"root\" /></application>"
                + "<ftpServer><security><ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\"" + certificate + " />"
                + "<authentication><basicAuthentication enabled=\"true\" /></authentication></security></ftpServer></site>"
                + "</sites></system.applicationHost>"
                + "<location path=\"S\"><system.ftpServer><security><authorization>"
                + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read, Write\" /></authorization></security></system.ftpServer></location>"
                + "</configuration>";
    }

    private static String certificate(String file) {
        return " serverCertFile=\"" + file + "\" serverCertPassword=\"" + TestCertificates.PASSWORD + "\"";
    }

    private void saveAndAwaitApplied(String text) {
        long before = server.live().appliedCount();
        server.save(text);
        await().atMost(Duration.ofSeconds(2)).until(() -> server.live().appliedCount() > before);
    }

    private FTPSClient ftps(boolean implicit) throws Exception {
        SSLContext recording = SSLContext.getInstance("TLS");
        recording.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                presented.add(chain[0].getSubjectX500Principal().getName());
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        FTPSClient c = new ResumingFtpsClient(implicit, recording);
        c.setConnectTimeout(5_000);
        c.setDefaultTimeout(10_000);
        c.setDataTimeout(Duration.ofSeconds(10));
        return c;
    }

    @Test
    void aCertificateAddedToARunningSiteServesAuthTlsAndProtectedData() throws Exception {
        TestCertificates.keytoolPkcs12(dir.resolve("site.p12"), "added", "RSA", TestCertificates.PASSWORD);
        Users.write(dir, "bob", "pw");
        server = TestServer.start(dir, config("", ""));
        server.file("root/hello.txt", "hello over tls");

        saveAndAwaitApplied(config(certificate("site.p12"), ""));

        FTPSClient c = ftps(false);
        try {
            c.connect("127.0.0.1", server.port(2121));
            assertThat(c.login("bob", "pw")).isTrue();
            c.execPBSZ(0);
            c.execPROT("P");
            assertThat(c.getReplyCode()).isEqualTo(200);
            c.enterLocalPassiveMode();
            assertThat(FtpClients.retrieve(c, "hello.txt")).isEqualTo("hello over tls");
            assertThat(presented).first().asString().contains("CN=added");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void aReplacedImplicitFtpsCertificateIsShownToNewConnectionsWhileOpenOnesStay() throws Exception {
        TestCertificates.keytoolPkcs12(dir.resolve("one.p12"), "one", "RSA", TestCertificates.PASSWORD);
        TestCertificates.keytoolPkcs12(dir.resolve("two.p12"), "two", "RSA", TestCertificates.PASSWORD);
        Users.write(dir, "bob", "pw");
        server = TestServer.start(dir, config(certificate("one.p12"), " implicitSsl=\"true\""));
        FTPSClient open = ftps(true);
        FTPSClient next = ftps(true);
        try {
            open.connect("127.0.0.1", server.port(2121));
            assertThat(open.login("bob", "pw")).isTrue();

            saveAndAwaitApplied(config(certificate("two.p12"), " implicitSsl=\"true\""));

            next.connect("127.0.0.1", server.port(2121));
            assertThat(next.login("bob", "pw")).isTrue();
            assertThat(presented).hasSize(2);
            assertThat(presented.get(0)).contains("CN=one");
            assertThat(presented.get(1)).contains("CN=two");
            assertThat(open.sendNoOp()).isTrue();
        } finally {
            FtpClients.close(open);
            FtpClients.close(next);
        }
    }
}
