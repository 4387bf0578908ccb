package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.InflaterInputStream;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.RawFtp;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transfers as clients see them: ABOR, timeouts, MODE Z, TYPE A, REST, listing styles, and no starvation of logins. */
class TransferBehaviourTest {

    @TempDir
    Path dir;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private RawFtp login(String ftpServerInner) {
        server = TestServer.start(dir, SiteConfigs.site(ftpServerInner));
        RawFtp ftp = new RawFtp(server.port());
        ftp.code();
        ftp.command("USER anonymous");
        ftp.command("PASS a@b");
        return ftp;
    }

    private void bigFile(String name) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("root").resolve(name).toFile(), "rw")) {
            f.setLength(512L * 1024 * 1024);
        }
    }

    @Test
    void aborStopsARunningDownloadWith426Then226() throws IOException {
        try (RawFtp ftp = login("")) {
            bigFile("big.bin");
            ftp.command("TYPE I");
            Socket data = ftp.pasv();
            data.setReceiveBufferSize(16 * 1024);
            ftp.send("RETR big.bin");
            assertThat(ftp.code()).isEqualTo(150);
            data.getInputStream().readNBytes(64 * 1024); // then the client stops reading
            ftp.send("ABOR");
            assertThat(ftp.code()).isEqualTo(426);
            assertThat(ftp.code()).isEqualTo(226);
            data.close();
            assertThat(ftp.command("NOOP")).isEqualTo(200);
        }
    }

    @Test
    void stalledDownloadIsAbortedAfterDataChannelTimeout() throws IOException {
        try (RawFtp ftp = login("<connections dataChannelTimeout=\"1\" />")) {
            bigFile("big.bin");
            ftp.command("TYPE I");
            Socket data = ftp.pasv();
            data.setReceiveBufferSize(16 * 1024);
            ftp.send("RETR big.bin");
            assertThat(ftp.code()).isEqualTo(150);
            data.getInputStream().readNBytes(16 * 1024);
            assertThat(ftp.code()).as("the watchdog ends the stalled transfer").isEqualTo(426);
            data.close();
        }
    }

    @Test
    void modeZIsRefusedWith504AndNotAdvertisedUnlessAllowed() {
        try (RawFtp ftp = login("")) {
            assertThat(ftp.command("MODE Z")).isEqualTo(504);
            ftp.send("FEAT");
            assertThat(ftp.reply()).doesNotContain("MODE Z");
            assertThat(ftp.command("MODE S")).isEqualTo(200);
            assertThat(ftp.command("MODE B")).isEqualTo(504);
        }
    }

    @Test
    void aModeZUploadThatInflatesPastTheRatioGets552AndIsRemoved() throws IOException {
        try (RawFtp ftp = login("<fileHandling allowModeZ=\"true\" modeZMaxRatio=\"50\" />")) {
            ftp.send("FEAT");
            assertThat(ftp.reply()).contains("MODE Z");
            ftp.command("TYPE I");
            assertThat(ftp.command("MODE Z")).isEqualTo(200);
            java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
            try (java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(bomb,
                    new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
                byte[] zeros = new byte[1024 * 1024];
                for (int i = 0; i < 256; i++) { // 256 MiB of zeros in about 256 KiB
                    out.write(zeros);
                }
            }
            Socket data = ftp.pasv();
            ftp.send("STOR bomb.bin");
            assertThat(ftp.code()).isEqualTo(150);
            try {
                data.getOutputStream().write(bomb.toByteArray());
            } catch (IOException e) {
                // the server stopped reading: expected
            }
            assertThat(ftp.reply()).startsWith("552").contains("modeZMaxRatio");
            data.close();
            assertThat(dir.resolve("root/bomb.bin")).doesNotExist();
        }
    }

    @Test
    void aModeZUploadWithinTheRatioArrivesWhole() throws IOException {
        try (RawFtp ftp = login("<fileHandling allowModeZ=\"true\" />")) {
            ftp.command("TYPE I");
            assertThat(ftp.command("MODE Z")).isEqualTo(200);
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 200_000; i++) {
                lines.append("line ").append(i * 7919L % 100_003).append('\n');
            }
            String text = lines.toString();
            java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
            try (java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(compressed)) {
                out.write(text.getBytes(StandardCharsets.US_ASCII));
            }
            Socket data = ftp.pasv();
            ftp.send("STOR text.txt");
            assertThat(ftp.code()).isEqualTo(150);
            ftp.writeAll(data, compressed.toByteArray());
            assertThat(ftp.code()).isEqualTo(226);
            assertThat(dir.resolve("root/text.txt")).hasContent(text);
        }
    }

    @Test
    void modeZCompressesTheData() throws IOException {
        try (RawFtp ftp = login("<fileHandling allowModeZ=\"true\" />")) {
            server.file("root/text.txt", "abc".repeat(10_000));
            ftp.command("TYPE I");
            assertThat(ftp.command("MODE Z")).isEqualTo(200);
            Socket data = ftp.pasv();
            ftp.send("RETR text.txt");
            assertThat(ftp.code()).isEqualTo(150);
            byte[] compressed = ftp.readAll(data);
            assertThat(ftp.code()).isEqualTo(226);
            assertThat(compressed.length).isLessThan(30_000);
            try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(compressed))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("abc".repeat(10_000));
            }
        }
    }

    @Test
    void typeADownloadTurnsLfIntoCrlf() {
        try (RawFtp ftp = login("")) {
            server.file("root/unix.txt", "a\nb\r\nc\n");
            ftp.command("TYPE A");
            Socket data = ftp.pasv();
            ftp.send("RETR unix.txt");
            assertThat(ftp.code()).isEqualTo(150);
            assertThat(new String(ftp.readAll(data), StandardCharsets.US_ASCII)).isEqualTo("a\r\nb\r\nc\r\n");
            assertThat(ftp.code()).isEqualTo(226);
        }
    }

    @Test
    void restSurvivesPasvAndType() {
        try (RawFtp ftp = login("")) {
            server.file("root/digits.txt", "0123456789");
            assertThat(ftp.command("REST 4")).isEqualTo(350);
            ftp.command("TYPE I");
            Socket data = ftp.pasv();
            ftp.send("RETR digits.txt");
            assertThat(ftp.code()).isEqualTo(150);
            assertThat(new String(ftp.readAll(data), StandardCharsets.US_ASCII)).isEqualTo("456789");
            assertThat(ftp.code()).isEqualTo(226);
        }
    }

    @Test
    void longDateAndGmtListingShowFourDigitYearsInUtc() {
        try (RawFtp ftp = login("<directoryBrowse showFlags=\"LongDate, UseGmtTime\" />")) {
            server.file("root/a.txt", "x");
            Socket data = ftp.pasv();
            ftp.send("LIST");
            assertThat(ftp.code()).isEqualTo(150);
            String listing = new String(ftp.readAll(data), StandardCharsets.US_ASCII);
            assertThat(ftp.code()).isEqualTo(226);
            assertThat(listing).matches("\\d\\d-\\d\\d-\\d{4}  \\d\\d:\\d\\d[AP]M +1 a\\.txt\r\n");
        }
    }

    @Test
    void serverLevelLocationAppliesToEverySite() throws IOException {
        String text = SiteConfigs.site("").replace("</configuration>", "<location path=\"\"><system.ftpServer><security>"
                + "<requestFiltering><hiddenSegments><add segment=\"secret\" /></hiddenSegments></requestFiltering>"
                + "</security></system.ftpServer></location></configuration>");
        server = TestServer.start(dir, text);
        server.file("root/secret/x.txt", "x");
        FTPClient c = FtpClients.login(server.port(), "anonymous", "a@b");
        try {
            assertThat(c.changeWorkingDirectory("secret")).isFalse();
            assertThat(c.listNames()).doesNotContain("secret");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void stalledTransfersDoNotStarveNewLogins() throws IOException {
        List<RawFtp> stalled = new ArrayList<>();
        List<Socket> sockets = new ArrayList<>();
        try (RawFtp first = login("")) {
            bigFile("big.bin");
            for (int i = 0; i < 24; i++) {
                RawFtp ftp = new RawFtp(server.port());
                stalled.add(ftp);
                ftp.code();
                ftp.command("USER anonymous");
                ftp.command("PASS a@b");
                ftp.command("TYPE I");
                Socket data = ftp.pasv();
                data.setReceiveBufferSize(16 * 1024);
                sockets.add(data);
                ftp.send("RETR big.bin");
                assertThat(ftp.code()).isEqualTo(150);
            }
            FTPClient late = FtpClients.login(server.port(), "anonymous", "late@b");
            try {
                assertThat(late.listNames()).contains("big.bin");
            } finally {
                FtpClients.close(late);
            }
            assertThat(first.command("NOOP")).isEqualTo(200);
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
            stalled.forEach(RawFtp::close);
        }
    }

    @Test
    void ipv6LoopbackBindingServes() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("").replace("127.0.0.1:2121:", "[::1]:2121:"));
        server.file("root/six.txt", "six");
        FTPClient c = new FTPClient();
        try {
            c.connect("::1", server.port());
            assertThat(c.login("anonymous", "a@b")).isTrue();
            c.enterLocalPassiveMode();
            assertThat(FtpClients.retrieve(c, "six.txt")).isEqualTo("six");
            await().atMost(Duration.ofSeconds(2)).until(() -> server.runtime().registry().list().stream()
                    .anyMatch(s -> s.clientIp().equals("::1")));
        } finally {
            FtpClients.close(c);
        }
    }
}
