package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** connections: maxConnections (421 or reset), the unauthenticated and control channel timeouts (421). */
class ConnectionLimitsTest {

    @TempDir
    Path dir;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void connectionOverMaxConnectionsGets421WithTheMaxClientsMessage() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("<connections maxConnections=\"1\" /><messages maxClientsMessage=\"Full, come back later.\" />"));
        FTPClient first = FtpClients.connect(server.port());
        try (Socket second = new Socket(InetAddress.getLoopbackAddress(), server.port());
             BufferedReader in = new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8))) {
            second.setSoTimeout(5_000);
            assertThat(in.readLine()).isEqualTo("421 Full, come back later.");
            assertThat(in.readLine()).isNull();
        } finally {
            FtpClients.close(first);
        }
    }

    @Test
    void aClosedConnectionFreesItsSlot() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("<connections maxConnections=\"1\" />"));
        FtpClients.close(FtpClients.login(server.port(), "anonymous", "a@b"));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            FTPClient again = FtpClients.connect(server.port());
            try {
                assertThat(again.getReplyCode()).isEqualTo(220);
            } finally {
                FtpClients.close(again);
            }
        });
    }

    @Test
    void resetOnMaxConnectionsResetsWithoutAReply() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("<connections maxConnections=\"1\" resetOnMaxConnections=\"true\" />"));
        FTPClient first = FtpClients.connect(server.port());
        try (Socket second = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            second.setSoTimeout(5_000);
            int read;
            try {
                read = second.getInputStream().read();
            } catch (java.net.SocketException e) {
                read = -2; // connection reset
            }
            assertThat(read).isIn(-1, -2);
        } finally {
            FtpClients.close(first);
        }
    }

    @Test
    void clientThatDoesNotLogInGets421LoginTimeout() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("<connections unauthenticatedTimeout=\"1\" />"));
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
             BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
            s.setSoTimeout(10_000);
            assertThat(in.readLine()).startsWith("220");
            assertThat(in.readLine()).isEqualTo("421 Login timeout (1 seconds): closing control connection.");
        }
    }

    @Test
    void idleLoggedInClientGets421Timeout() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("<connections controlChannelTimeout=\"1\" />"));
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
             BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
            s.setSoTimeout(10_000);
            var out = s.getOutputStream();
            assertThat(in.readLine()).startsWith("220");
            out.write("USER anonymous\r\nPASS a@b\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("331");
            assertThat(in.readLine()).startsWith("230");
            assertThat(in.readLine()).isEqualTo("421 Timeout (1 seconds): closing control connection.");
            assertThat(in.readLine()).isNull();
        }
    }
}
