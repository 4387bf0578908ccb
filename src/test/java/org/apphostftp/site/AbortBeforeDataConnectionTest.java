package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apphostftp.RawFtp;
import org.apphostftp.TestServer;
import org.apphostftp.session.LiveSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ABOR or Terminate while a transfer still waits for its passive data connection: the connection is never made, no
 * byte moves, the transfer command gets 426 and ABOR its 226 (RFC 959), and the client may go on.
 */
class AbortBeforeDataConnectionTest {

    @TempDir
    Path dir;

    private TestServer server;
    private RawFtp ftp;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site(""));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("root/big.bin").toFile(), "rw")) {
            f.setLength(64L * 1024 * 1024);
        }
        ftp = new RawFtp(server.port());
        ftp.code();
        ftp.command("USER anonymous");
        ftp.command("PASS a@b");
        ftp.command("TYPE I");
    }

    @AfterEach
    void stop() {
        ftp.close();
        server.close();
    }

    /** Bytes a client gets from {@code port} now: -1 when nothing listens there any more. */
    private static long bytesFrom(int port) {
        try (Socket late = new Socket(InetAddress.getLoopbackAddress(), port)) {
            late.setSoTimeout(5_000);
            return late.getInputStream().readAllBytes().length;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Writes to {@code port} now; false when nothing listens there any more or the server closed it. */
    private static boolean accepted(int port, byte[] bytes) {
        try (Socket late = new Socket(InetAddress.getLoopbackAddress(), port)) {
            late.getOutputStream().write(bytes);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aborBeforeTheDataConnectionOfARetrSendsNothingThen426And226() {
        int port = ftp.pasvPort();
        ftp.send("RETR big.bin");
        assertThat(ftp.code()).isEqualTo(150);

        ftp.send("ABOR");

        assertThat(ftp.code()).isEqualTo(426);
        assertThat(ftp.code()).isEqualTo(226);
        assertThat(bytesFrom(port)).isLessThanOrEqualTo(0);
        assertThat(ftp.command("NOOP")).isEqualTo(200);
    }

    @Test
    void aborBeforeTheDataConnectionOfAStorWritesNothing() {
        int port = ftp.pasvPort();
        ftp.send("STOR new.bin");
        assertThat(ftp.code()).isEqualTo(150);

        ftp.send("ABOR");

        assertThat(ftp.code()).isEqualTo(426);
        assertThat(ftp.code()).isEqualTo(226);
        accepted(port, new byte[64 * 1024]);
        assertThat(ftp.command("NOOP")).isEqualTo(200);
        assertThat(dir.resolve("root/new.bin")).doesNotExist();
    }

    @Test
    void aborSentRightAfterTheTransferCommandStillStopsIt() {
        int port = ftp.pasvPort();
        ftp.send("RETR big.bin");
        ftp.send("ABOR"); // before the server answered 150: it may see ABOR before the RETR starts

        assertThat(ftp.code()).isEqualTo(150);
        assertThat(ftp.code()).isEqualTo(426);
        assertThat(ftp.code()).isEqualTo(226);
        assertThat(bytesFrom(port)).isLessThanOrEqualTo(0);
    }

    @Test
    void aborWithNoTransferLeavesTheNextPassiveTransferAlone() throws IOException {
        Files.writeString(dir.resolve("root/small.txt"), "small");
        ftp.pasvPort();
        assertThat(ftp.command("ABOR")).isEqualTo(226);

        Socket data = ftp.pasv();
        ftp.send("RETR small.txt");
        assertThat(ftp.code()).isEqualTo(150);
        assertThat(ftp.readAll(data)).asString().isEqualTo("small");
        assertThat(ftp.code()).isEqualTo(226);
    }

    @Test
    void terminateWhileATransferWaitsForItsDataConnectionSendsNothingAndEndsTheSession() {
        int port = ftp.pasvPort();
        ftp.send("RETR big.bin");
        assertThat(ftp.code()).isEqualTo(150);
        LiveSession live = server.runtime().registry().find(server.runtime().registry().list().get(0).sessionId()).orElseThrow();

        assertThat(live.terminate()).isTrue();

        assertThat(ftp.reply()).startsWith("421");
        assertThat(bytesFrom(port)).isLessThanOrEqualTo(0);
        await().atMost(Duration.ofSeconds(2)).until(() -> server.runtime().registry().size() == 0);
    }
}
