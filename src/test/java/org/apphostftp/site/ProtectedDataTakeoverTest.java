package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPSClient;
import org.apphostftp.ExternalClients;
import org.apphostftp.FtpClients;
import org.apphostftp.ResumingFtpsClient;
import org.apphostftp.TestServer;
import org.apphostftp.Users;
import org.apphostftp.log.CapturedLog;
import org.apphostftp.security.TestCertificates;
import org.apphostftp.site.data.ChannelDataConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A protected (PROT P) data connection must resume the control connection's TLS session: another client that reaches
 * the passive port first, from the same address, with a TLS session of its own, is refused and logged, and the
 * client still gets its own transfer; a client that cannot resume is served only where the site relaxes the rule.
 */
class ProtectedDataTakeoverTest {

    /** ftplib.FTP_TLS whose data connections resume the control connection's TLS session (the README shows it). */
    private static final String PYTHON_RESUMING_CLIENT = """
            import ftplib, sys
            class ReusingFTP_TLS(ftplib.FTP_TLS):
                def ntransfercmd(self, cmd, rest=None):
                    conn, size = ftplib.FTP.ntransfercmd(self, cmd, rest)
                    if self._prot_p:
                        conn = self.context.wrap_socket(conn, server_hostname=self.host, session=self.sock.session)
                    return conn, size
            """;

    @TempDir
    static Path certificates;

    @TempDir
    Path dir;

    private TestServer server;

    @BeforeAll
    static void certificate() throws Exception {
        TestCertificates.keytoolPkcs12(certificates.resolve("site.p12"), "ftps", "RSA", TestCertificates.PASSWORD);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private TestServer start(String sslAttributes) throws Exception {
        Files.copy(certificates.resolve("site.p12"), dir.resolve("site.p12"));
        Users.write(dir, "bob", "pw");
        server = TestServer.start(dir, "<configuration><system.applicationHost><sites>"
                + "<site name=\"S\" id=\"1\"><bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>"
                + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"root\" /></application>"
                + "<ftpServer><connections dataChannelTimeout=\"3\" /><security><ssl controlChannelPolicy=\"SslRequire\" "
                + "dataChannelPolicy=\"SslRequire\" serverCertFile=\"site.p12\" serverCertPassword=\"" + TestCertificates.PASSWORD + "\""
                + sslAttributes + " /><authentication><basicAuthentication enabled=\"true\" /></authentication></security></ftpServer></site>"
                + "</sites></system.applicationHost>"
                + "<location path=\"S\"><system.ftpServer><security><authorization>"
                + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read, Write\" /></authorization></security></system.ftpServer></location>"
                + "</configuration>");
        server.file("root/.keep", "");
        return server;
    }

    private static byte[] random(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    /**
     * Another client's TLS on {@code plain}, with a session of its own (a fresh context): it reads what the server
     * sends, or writes {@code inject} first. What it read.
     */
    private static CompletableFuture<byte[]> takeOver(Socket plain, int port, byte[] inject) {
        return CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            try (SSLSocket tls = (SSLSocket) ResumingFtpsClient.trustAll().getSocketFactory().createSocket(plain, "127.0.0.1", port, true)) {
                tls.setUseClientMode(true);
                tls.startHandshake();
                tls.getOutputStream().write(inject);
                tls.getOutputStream().flush();
                InputStream in = tls.getInputStream();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    got.write(buffer, 0, n);
                }
            } catch (Exception e) {
                // refused: the server ended the connection
            }
            return got.toByteArray();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void aClientThatReachesThePassivePortFirstWithItsOwnTlsSessionGetsNothingAndTheOwnerGetsItsFile(String protocol) throws Exception {
        start("");
        byte[] secret = random(3 * 1024 * 1024 + 17);
        Files.write(dir.resolve("root/secret.bin"), secret);
        try (CapturedLog log = CapturedLog.of(ChannelDataConnectionFactory.class);
             TlsFtp ftp = TlsFtp.login(server.port(), protocol)) {
            ftp.command("TYPE I");
            int port = ftp.pasvPort();
            Socket thief = TlsFtp.connect(port); // first in the accept queue, from the same address
            Socket own = TlsFtp.connect(port);
            CompletableFuture<byte[]> stolen = takeOver(thief, port, new byte[0]);

            ftp.send("RETR secret.bin");
            assertThat(ftp.reply()).startsWith("150");
            Socket data = ftp.protect(own);
            byte[] got = data.getInputStream().readAllBytes();
            data.close();

            assertThat(ftp.reply()).startsWith("226");
            assertThat(got).isEqualTo(secret);
            assertThat(stolen.get(5, TimeUnit.SECONDS)).isEmpty();
            assertThat(log.messages(Level.WARN)).anyMatch(m -> m.contains("refused a protected data connection from 127.0.0.1")
                    && m.contains("did not resume the TLS session of the control connection"));
        }
    }

    @Test
    void aClientThatReachesThePassivePortFirstCannotInjectAnUpload() throws Exception {
        start("");
        byte[] upload = random(1024 * 1024 + 3);
        try (TlsFtp ftp = TlsFtp.login(server.port(), "TLSv1.3")) {
            ftp.command("TYPE I");
            int port = ftp.pasvPort();
            Socket thief = TlsFtp.connect(port);
            Socket own = TlsFtp.connect(port);
            CompletableFuture<byte[]> injector = takeOver(thief, port, "INJECTED BY SOMEONE ELSE".getBytes(StandardCharsets.US_ASCII));

            ftp.send("STOR up.bin");
            assertThat(ftp.reply()).startsWith("150");
            Socket data = ftp.protect(own);
            data.getOutputStream().write(upload);
            // close_notify, then read to the server's end as a careful client does: a TLS 1.3 session ticket left
            // unread in our receive buffer would turn close() into a reset that can cut the upload's tail
            data.shutdownOutput();
            data.getInputStream().readAllBytes();
            data.close();

            assertThat(ftp.reply()).startsWith("226");
            injector.get(5, TimeUnit.SECONDS);
        }
        assertThat(dir.resolve("root/up.bin")).hasBinaryContent(upload);
    }

    @Test
    void aClientThatDoesNotResumeTheSessionGets425AfterTheDataTimeoutAndNoData() throws Exception {
        start("");
        Files.writeString(dir.resolve("root/hello.txt"), "hello over tls");
        try (TlsFtp ftp = TlsFtp.login(server.port(), "TLSv1.3")) {
            int port = ftp.pasvPort();
            CompletableFuture<byte[]> fresh = takeOver(TlsFtp.connect(port), port, new byte[0]);

            ftp.send("RETR hello.txt");
            assertThat(ftp.reply()).startsWith("150");

            assertThat(fresh.get(5, TimeUnit.SECONDS)).isEmpty();
            assertThat(ftp.reply()).startsWith("425 Cannot open data connection: the TLS session of the data connection "
                    + "did not resume the control connection's.");
            assertThat(ftp.command("NOOP")).startsWith("200");
        }
    }

    @Test
    void commonsNetFtpsClientWhichDoesNotResumeIsServedWhereTheSiteRelaxesTheRule() throws Exception {
        start(" requireTlsSessionResumption=\"false\"");
        Files.writeString(dir.resolve("root/hello.txt"), "hello over tls");
        FTPSClient stock = new FTPSClient(false, ResumingFtpsClient.trustAll());
        stock.setConnectTimeout(5_000);
        stock.setDefaultTimeout(10_000);
        try {
            stock.connect("127.0.0.1", server.port());
            assertThat(stock.login("bob", "pw")).isTrue();
            stock.execPBSZ(0);
            stock.execPROT("P");
            stock.enterLocalPassiveMode();
            stock.setFileType(FTP.BINARY_FILE_TYPE);
            assertThat(FtpClients.retrieve(stock, "hello.txt")).isEqualTo("hello over tls");
        } finally {
            FtpClients.close(stock);
        }
    }

    @Test
    void pythonFtplibWithTheSessionReusingSubclassDownloadsAndUploads() throws Exception {
        start("");
        Files.writeString(dir.resolve("root/hello.txt"), "hello over tls");

        var result = ExternalClients.run(dir, java.util.List.of("python3", "-c", PYTHON_RESUMING_CLIENT + """
                import io
                f = ReusingFTP_TLS()
                f.connect('127.0.0.1', %d, timeout=10)
                f.login('bob', 'pw')
                f.prot_p()
                out = io.BytesIO()
                f.retrbinary('RETR hello.txt', out.write)
                f.storbinary('STOR back.txt', io.BytesIO(out.getvalue() + b' and back'))
                print(out.getvalue().decode())
                f.quit()
                """.formatted(server.port())), null);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().trim()).isEqualTo("hello over tls");
        assertThat(dir.resolve("root/back.txt")).hasContent("hello over tls and back");
    }

    @Test
    void stockPythonFtpTlsWhichDoesNotResumeIsRefusedWith425() throws Exception {
        start("");
        Files.writeString(dir.resolve("root/hello.txt"), "hello over tls");

        var result = ExternalClients.python(dir, """
                f = ftplib.FTP_TLS()
                f.connect('127.0.0.1', %d, timeout=10)
                f.login('bob', 'pw')
                f.prot_p()
                try:
                    f.retrbinary('RETR hello.txt', sys.stdout.buffer.write)
                except ftplib.error_temp as e:
                    print('refused', e)
                """.formatted(server.port()));

        assertThat(result.out()).startsWith("refused 425").doesNotContain("hello over tls");
    }
}
