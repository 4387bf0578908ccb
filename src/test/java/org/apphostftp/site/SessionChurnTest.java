package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.apphostftp.Users;
import org.apphostftp.security.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a control connection can end removes its session and frees its maxConnections slot: a refused or garbled
 * TLS handshake, a reset before login, after login and in the middle of a handshake, a login timeout, QUIT, Terminate
 * of a session stuck in a handshake. Afterwards the sessions listing and the sockets the server holds agree.
 */
@Tag("alone") // 2-5 s bounds that a second test JVM on the same cores can break: run by surefire's 'alone' execution
class SessionChurnTest {

    /** A TLS 1.0 ClientHello (no extensions, one cipher suite) that a TLS 1.2/1.3 server refuses with a fatal alert. */
    private static final byte[] TLS10_CLIENT_HELLO = tls10ClientHello();

    @TempDir
    Path dir;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private int start(int unauthenticatedTimeout) throws Exception {
        TestCertificates.keytoolPkcs12(dir.resolve("site.p12"), "ftps", "RSA", TestCertificates.PASSWORD);
        Users.write(dir, "bob", "pw");
        server = TestServer.start(dir, "<configuration><system.applicationHost><sites>"
                + "<site name=\"S\" id=\"1\"><bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>"
                + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"root\" /></application>"
                + "<ftpServer><connections maxConnections=\"3\" unauthenticatedTimeout=\"" + unauthenticatedTimeout + "\" />"
                + "<security><ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" serverCertFile=\"site.p12\" "
                + "serverCertPassword=\"" + TestCertificates.PASSWORD + "\" />"
                + "<authentication><basicAuthentication enabled=\"true\" /></authentication></security></ftpServer></site>"
                + "</sites></system.applicationHost>"
                + "<location path=\"S\"><system.ftpServer><security><authorization>"
                + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read, Write\" /></authorization></security></system.ftpServer></location>"
                + "</configuration>");
        return server.port();
    }

    @Test
    void sessionsAndOpenSocketsAgreeAfterConnectionsEndInEveryWay() throws Exception {
        int port = start(2);
        for (int round = 0; round < 3; round++) { // three rounds against maxConnections=3: a leaked slot would show
            refusedHandshake(port);
            garbageAfterAuthTls(port);
            resetBeforeLogin(port);
            resetAfterLogin(port);
            resetInTheMiddleOfTheHandshake(port);
            quit(port);
        }
        loginTimeout(port);

        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            assertThat(server.runtime().registry().size()).isZero();
            assertThat(serverSideSockets(port)).isZero();
        });
        List<FTPClient> users = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                users.add(FtpClients.login(port, "bob", "pw")); // all three slots are free (it throws when refused)
            }
            assertThat(server.runtime().registry().size()).isEqualTo(3);
            assertThat(serverSideSockets(port)).isEqualTo(3);
        } finally {
            users.forEach(FtpClients::close);
        }
    }

    @Test
    void terminateEndsASessionStuckInItsTlsHandshake() throws Exception {
        int port = start(30);
        try (Socket s = control(port)) {
            send(s, "AUTH TLS");
            assertThat(readReply(s)).startsWith("234");
            s.getOutputStream().write(TLS10_CLIENT_HELLO, 0, 20); // half a ClientHello, then nothing
            String id = server.runtime().registry().list().get(0).sessionId();

            assertThat(server.runtime().registry().terminate(id)).isTrue();

            await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
                assertThat(server.runtime().registry().size()).isZero();
                assertThat(serverSideSockets(port)).isZero();
            });
        }
    }

    @Test
    void secureDataIsTheProtectionLevelWhetherOrNotATransferRuns() throws Exception {
        int port = start(30);
        FTPSClient c = new FTPSClient(false, trustAll());
        try {
            c.connect("127.0.0.1", port);
            assertThat(c.login("bob", "pw")).isTrue();
            c.execPBSZ(0);
            assertThat(server.runtime().registry().list().get(0).secureData()).isFalse();
            c.execPROT("P");
            assertThat(server.runtime().registry().list().get(0).secureData()).isTrue();
            c.execPROT("C");
            assertThat(server.runtime().registry().list().get(0).secureData()).isFalse();
        } finally {
            FtpClients.close(c);
        }
    }

    // ------------------------------------------------------------------------------ ways a connection ends

    private static void refusedHandshake(int port) throws IOException {
        try (Socket s = control(port)) {
            send(s, "AUTH TLS");
            assertThat(readReply(s)).startsWith("234");
            s.getOutputStream().write(TLS10_CLIENT_HELLO);
            readToEnd(s.getInputStream()); // the alert (when it is flushed before the close), then the server closes
        }
    }

    private static void garbageAfterAuthTls(int port) throws IOException {
        try (Socket s = control(port)) {
            send(s, "AUTH TLS");
            assertThat(readReply(s)).startsWith("234");
            s.getOutputStream().write("garbage, not a TLS record\r\n".getBytes(StandardCharsets.US_ASCII));
            readToEnd(s.getInputStream()); // the server closes; the client keeps its end open until then
        }
    }

    private static void resetBeforeLogin(int port) throws IOException {
        Socket s = control(port);
        send(s, "USER bob");
        readReply(s);
        reset(s);
    }

    private static void resetAfterLogin(int port) throws IOException {
        Socket s = control(port);
        send(s, "USER bob");
        readReply(s);
        send(s, "PASS pw");
        assertThat(readReply(s)).startsWith("230");
        reset(s);
    }

    private static void resetInTheMiddleOfTheHandshake(int port) throws IOException {
        Socket s = control(port);
        send(s, "AUTH TLS");
        assertThat(readReply(s)).startsWith("234");
        s.getOutputStream().write(TLS10_CLIENT_HELLO, 0, 30);
        reset(s);
    }

    private static void quit(int port) throws IOException {
        try (Socket s = control(port)) {
            send(s, "QUIT");
            assertThat(readReply(s)).startsWith("221");
        }
    }

    private static void loginTimeout(int port) throws IOException {
        try (Socket s = control(port)) {
            assertThat(readReply(s)).startsWith("421 Login timeout");
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Server-side sockets of the port that are established or that the peer has closed (CLOSE_WAIT: a ghost). */
    static int serverSideSockets(int port) throws IOException {
        String local = String.format(":%04X ", port);
        int n = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && (f[1] + " ").contains(local) && (f[3].equals("01") || f[3].equals("08"))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Socket control(int port) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout(10_000);
        assertThat(readReply(s)).startsWith("220");
        return s;
    }

    private static void send(Socket s, String line) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The next reply's last line (byte by byte, so nothing after it is consumed). */
    private static String readReply(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        while (true) {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            if (b < 0 && line.length() == 0) {
                return "";
            }
            if (line.length() >= 4 && line.charAt(3) == ' ') {
                return line.toString();
            }
        }
    }

    private static byte[] readToEnd(InputStream in) throws IOException {
        try {
            return in.readAllBytes();
        } catch (java.net.SocketException reset) {
            return new byte[] {0};
        }
    }

    private static void reset(Socket s) throws IOException {
        s.setSoLinger(true, 0);
        s.close();
    }

    private static javax.net.ssl.SSLContext trustAll() throws Exception {
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        return context;
    }

    private static byte[] tls10ClientHello() {
        byte[] body = new byte[2 + 32 + 1 + 2 + 2 + 1 + 1];
        int i = 0;
        body[i++] = 3;
        body[i++] = 1; // client_version TLS 1.0
        i += 32; // random (zeros)
        body[i++] = 0; // session id length
        body[i++] = 0;
        body[i++] = 2; // cipher suites length
        body[i++] = 0;
        body[i++] = 0x2f; // TLS_RSA_WITH_AES_128_CBC_SHA
        body[i++] = 1; // compression methods length
        body[i] = 0; // null compression
        byte[] handshake = new byte[4 + body.length];
        handshake[0] = 1; // client_hello
        handshake[3] = (byte) body.length;
        System.arraycopy(body, 0, handshake, 4, body.length);
        byte[] record = new byte[5 + handshake.length];
        record[0] = 0x16;
        record[1] = 3;
        record[2] = 1;
        record[4] = (byte) handshake.length;
        System.arraycopy(handshake, 0, record, 5, handshake.length);
        return record;
    }
}
