package org.apphostftp.admin;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apphostftp.TestServer;
import org.apphostftp.TwoSites;
import org.apphostftp.security.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slow, stalled or trickling connections, without a token, never keep an authorised request from its answer. */
class AdminSlowClientsTest {

    /** More stalled connections than the endpoint once had threads (4). */
    private static final int STALLED = 8;
    private static final Duration PROMPT = Duration.ofSeconds(3);
    /** The first request of a fresh server (a cold JVM's first TLS handshake is slow on a busy machine). */
    private static final Duration WARM_UP = Duration.ofSeconds(30);
    /** The request-time bound, plus the JDK's one-second check and some slack for a busy machine. */
    private static final Duration CLOSED_WITHIN = JdkHttpServerLimits.REQUEST_TIME.plusSeconds(4);
    /** The first bytes of a TLS record that announces a 2 KiB ClientHello and never brings it. */
    private static final byte[] HALF_CLIENT_HELLO = HexFormat.of().parseHex("1603010800010007fc0303");

    @TempDir
    Path dir;

    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void closeSockets() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
    }

    @Test
    void connectionsStalledInTheirHeadersDoNotDelayAnAuthorisedRequest() throws Exception {
        try (TestServer server = TwoSites.start(dir)) {
            HttpClient client = HttpClient.newHttpClient();
            status(client, "http", server, WARM_UP);
            for (int i = 0; i < STALLED; i++) {
                stalled(server.adminPort(), "GET /api/status HTTP/1.1\r\nHost: x\r\n".getBytes(US_ASCII));
            }

            HttpResponse<String> answer = status(client, "http", server, PROMPT);

            assertThat(answer.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aTrickleOfHeaderBytesDoesNotKeepAConnectionBeyondTheRequestTime() throws Exception {
        try (TestServer server = TwoSites.start(dir)) {
            Socket trickle = stalled(server.adminPort(), "GET /api/status HTTP/1.1\r\n".getBytes(US_ASCII));

            await().atMost(CLOSED_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> closedAfterOneMoreByte(trickle, 'X'));
        }
    }

    @Test
    void stalledTlsHandshakesDoNotBlockTheHttpsEndpointAndAreCut() throws Exception {
        TestCertificates.keytoolPkcs12(dir.resolve("admin.p12"), "admin", "EC", TestCertificates.PASSWORD);
        String https = TwoSites.CONFIG.replace("<management ", "<management serverCertFile=\"admin.p12\" serverCertPassword=\""
                + TestCertificates.PASSWORD + "\" ");
        try (TestServer server = TestServer.start(dir, https)) {
            HttpClient client = TestCertificates.httpClientTrusting(dir.resolve("admin.p12"));
            status(client, "https", server, WARM_UP);
            List<Socket> handshakes = new ArrayList<>();
            for (int i = 0; i < STALLED; i++) {
                handshakes.add(stalled(server.adminPort(), HALF_CLIENT_HELLO));
            }

            HttpResponse<String> answer = status(client, "https", server, PROMPT);

            assertThat(answer.statusCode()).isEqualTo(200);
            await().atMost(CLOSED_WITHIN).pollInterval(Duration.ofMillis(500))
                    .until(() -> handshakes.stream().allMatch(s -> closedAfterOneMoreByte(s, 0)));
        }
    }

    private Socket stalled(int port, byte[] start) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        sockets.add(socket);
        socket.getOutputStream().write(start);
        socket.getOutputStream().flush();
        return socket;
    }

    /** Sends one more byte of the never-ending request; true once the server has closed the connection. */
    private static boolean closedAfterOneMoreByte(Socket socket, int b) {
        try {
            socket.getOutputStream().write(b);
            socket.setSoTimeout(50);
            InputStream in = socket.getInputStream();
            while (true) {
                if (in.read() == -1) {
                    return true;
                } // a TLS alert may come before the end
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }

    private static HttpResponse<String> status(HttpClient client, String scheme, TestServer server, Duration timeout)
            throws Exception {
        String token = Files.readString(server.dir().resolve("management.token")).strip();
        return client.send(HttpRequest.newBuilder(URI.create(scheme + "://127.0.0.1:" + server.adminPort() + "/api/status"))
                .header("Authorization", "Bearer " + token).timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    }
}
