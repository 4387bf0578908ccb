package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apphostftp.RawFtp;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service stop drains: the port closes, idle sessions get 421 at once, a running transfer may finish, then 421. */
class ShutdownDrainTest {

    private static final int SIZE = 16 << 20;

    @TempDir
    Path dir;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start(String drainTimeout) throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("", "<system.ftpServer><serverRuntime><shutdown drainTimeout=\""
                + drainTimeout + "\" /></serverRuntime></system.ftpServer>"));
        Files.createDirectories(dir.resolve("root"));
        Files.write(dir.resolve("root/big.bin"), new byte[SIZE]);
    }

    @Test
    void aRunningDownloadFinishesWhileIdleSessionsGet421AndThePortCloses() throws Exception {
        start("00:00:20");
        int port = server.port();
        try (RawFtp idle = loggedIn(port); RawFtp busy = loggedIn(port)) {
            Socket data = startDownload(busy);

            CompletableFuture<Void> shutdown = CompletableFuture.runAsync(() -> server.host().shutdown());

            assertThat(idle.reply()).isEqualTo("421 Server shutting down: closing control connection.\r\n");
            await().atMost(Duration.ofSeconds(5)).until(() -> refused(port));
            assertThat(shutdown).isNotDone();
            assertThat(readAll(data)).isEqualTo(SIZE); // the transfer was let finish
            assertThat(busy.reply()).startsWith("226");
            assertThat(busy.reply()).isEqualTo("421 Server shutting down: closing control connection.\r\n");
            shutdown.get();
        }
    }

    @Test
    void aTransferStillRunningWhenTheDrainTimeEndsGets421() throws Exception {
        start("00:00:01");
        int port = server.port();
        try (RawFtp busy = loggedIn(port)) {
            Socket data = startDownload(busy); // and never read

            long start = System.nanoTime();
            server.host().shutdown();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
            String rest = busy.reply() + safeReply(busy);
            assertThat(rest).contains("421 Server shutting down: closing control connection.");
            data.close();
        }
    }

    private static RawFtp loggedIn(int port) {
        RawFtp ftp = new RawFtp(port);
        ftp.reply();
        ftp.command("USER anonymous");
        assertThat(ftp.command("PASS a@b")).isEqualTo(230);
        assertThat(ftp.command("TYPE I")).isEqualTo(200);
        return ftp;
    }

    /** PASV and RETR of the big file on a data socket with a small receive buffer, so the transfer stays running. */
    private static Socket startDownload(RawFtp ftp) throws IOException {
        ftp.send("PASV");
        String reply = ftp.reply();
        String[] p = reply.substring(reply.indexOf('(') + 1, reply.indexOf(')')).split(",");
        Socket data = new Socket();
        data.setReceiveBufferSize(4096);
        data.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(p[4]) * 256 + Integer.parseInt(p[5])));
        data.setSoTimeout(20_000);
        ftp.send("RETR big.bin");
        assertThat(ftp.reply()).startsWith("150");
        return data;
    }

    private static long readAll(Socket data) throws IOException {
        try (data; InputStream in = data.getInputStream()) {
            byte[] buf = new byte[65536];
            long n = 0;
            for (int r; (r = in.read(buf)) >= 0; ) {
                n += r;
            }
            return n;
        }
    }

    private static boolean refused(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String safeReply(RawFtp ftp) {
        try {
            return ftp.reply();
        } catch (RuntimeException closed) {
            return "";
        }
    }
}
