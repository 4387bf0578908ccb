package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPSClient;
import org.apphostftp.ExternalClients;
import org.apphostftp.FtpClients;
import org.apphostftp.ResumingFtpsClient;
import org.apphostftp.TestServer;
import org.apphostftp.Users;
import org.apphostftp.security.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FTPS: explicit AUTH TLS, implicit TLS on a marked binding, and IIS's SSL policies with their replies. */
class FtpsTest {

    @TempDir
    Path dir;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private TestServer start(String sslAttributes, String bindingAttributes, boolean certificate) throws Exception {
        if (certificate) {
            TestCertificates.keytoolPkcs12(dir.resolve("site.p12"), "ftps", "RSA", TestCertificates.PASSWORD);
        }
        Users.write(dir, "bob", "pw");
        String cert = certificate ? " serverCertFile=\"site.p12\" serverCertPassword=\"" + TestCertificates.PASSWORD + "\"" : "";
        server = TestServer.start(dir, "<configuration><system.applicationHost><sites>"
                + "<site name=\"S\" id=\"1\"><bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\"" + bindingAttributes
                + " /></bindings><application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"root\" /></application>"
                + "<ftpServer><security><ssl " + sslAttributes + cert + " />"
                + "<authentication><basicAuthentication enabled=\"true\" /></authentication></security></ftpServer></site>"
                + "</sites></system.applicationHost>"
                + "<location path=\"S\"><system.ftpServer><security><authorization>"
                + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read, Write\" /></authorization></security></system.ftpServer></location>"
                + "</configuration>");
        server.file("root/hello.txt", "hello over tls");
        return server;
    }

    /** Commons Net's FTPSClient made to resume the control connection's TLS session on data connections. */
    private static FTPSClient ftps(boolean implicit) throws Exception {
        return ResumingFtpsClient.trustingAll(implicit);
    }

    @Test
    void explicitAuthTlsProtectsLoginAndData() throws Exception {
        int port = start("controlChannelPolicy=\"SslRequire\" dataChannelPolicy=\"SslRequire\"", "", true).port();
        FTPSClient c = ftps(false);
        try {
            c.connect("127.0.0.1", port);
            assertThat(c.login("bob", "pw")).as(c.getReplyString()).isTrue();
            c.execPBSZ(0);
            c.execPROT("P");
            c.enterLocalPassiveMode();
            c.setFileType(FTP.BINARY_FILE_TYPE);
            assertThat(FtpClients.retrieve(c, "hello.txt")).isEqualTo("hello over tls");
            assertThat(FtpClients.store(c, "up.txt", "uploaded over tls")).isTrue();
        } finally {
            FtpClients.close(c);
        }
        assertThat(dir.resolve("root/up.txt")).hasContent("uploaded over tls");
    }

    @Test
    void implicitTlsOnABindingMarkedImplicitSsl() throws Exception {
        int port = start("controlChannelPolicy=\"SslRequire\" dataChannelPolicy=\"SslRequire\"", " implicitSsl=\"true\"", true).port();
        FTPSClient c = ftps(true);
        try {
            c.connect("127.0.0.1", port);
            assertThat(c.login("bob", "pw")).as(c.getReplyString()).isTrue();
            c.execPBSZ(0);
            c.execPROT("P");
            c.enterLocalPassiveMode();
            assertThat(Stream.of(c.listFiles()).map(FTPFile::getName)).containsExactly("hello.txt");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void plaintextUserUnderSslRequireGets534PolicyRequiresSsl() throws Exception {
        int port = start("controlChannelPolicy=\"SslRequire\" dataChannelPolicy=\"SslAllow\"", "", true).port();
        FTPClient c = FtpClients.connect(port);
        try {
            assertThat(c.user("bob")).isEqualTo(534);
            assertThat(c.getReplyString().trim()).isEqualTo("534 Policy requires SSL.");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void plaintextDataUnderDataSslRequireGets534() throws Exception {
        int port = start("controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslRequire\"", "", true).port();
        FTPSClient c = ftps(false);
        try {
            c.connect("127.0.0.1", port);
            assertThat(c.login("bob", "pw")).isTrue();
            c.execPBSZ(0);
            c.execPROT("C");
            c.enterLocalPassiveMode();
            assertThat(c.listFiles()).isEmpty();
            assertThat(c.getReplyCode()).isEqualTo(534);
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void sslDenyRefusesProtectedData() throws Exception {
        int port = start("controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslDeny\"", "", true).port();
        FTPSClient c = ftps(false);
        try {
            c.connect("127.0.0.1", port);
            assertThat(c.login("bob", "pw")).isTrue();
            c.execPBSZ(0);
            assertThat(c.sendCommand("PROT", "P")).isEqualTo(536);
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void siteThatRequiresSslWithoutCertificateStartsAndRefusesAuthTls() throws Exception {
        int port = start("controlChannelPolicy=\"SslRequire\" dataChannelPolicy=\"SslRequire\"", "", false).port();
        FTPClient c = FtpClients.connect(port);
        try {
            assertThat(c.sendCommand("AUTH", "TLS")).isEqualTo(534);
            assertThat(c.getReplyString().trim()).isEqualTo("534 Local policy on server does not allow TLS secure connections.");
            c.features();
            assertThat(c.getReplyString()).doesNotContain("AUTH TLS");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void curlDownloadsOverExplicitFtps() throws Exception {
        int port = start("controlChannelPolicy=\"SslRequire\" dataChannelPolicy=\"SslRequire\"", "", true).port();

        var result = ExternalClients.curl(dir, "--ssl-reqd", "--insecure", "-u", "bob:pw", "ftp://127.0.0.1:" + port + "/hello.txt");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("hello over tls");
    }

    @Test
    void lftpListsOverExplicitFtps() throws Exception {
        int port = start("controlChannelPolicy=\"SslRequire\" dataChannelPolicy=\"SslRequire\"", "", true).port();

        var result = ExternalClients.lftp(dir, "-u bob,pw ftp://127.0.0.1:" + port,
                "set ftp:ssl-force true; set ftp:ssl-protect-data true; cls -1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("hello.txt");
    }
}
