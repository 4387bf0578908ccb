package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.apphostftp.session.SessionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each site writes an IIS W3C log whose x-session is the session id the sessions section shows. */
class W3cLogTest {

    @TempDir
    Path dir;

    @Test
    void commandsAreLoggedWithTheSessionIdAsXSession() throws IOException {
        try (TestServer server = TestServer.start(dir, SiteConfigs.site("<logFile directory=\"w3c\" />"))) {
            server.file("root/a.txt", "a");
            FTPClient c = FtpClients.login(server.port(), "anonymous", "a@b");
            String sessionId;
            try {
                FtpClients.retrieve(c, "a.txt");
                List<SessionInfo> live = server.runtime().registry().list();
                assertThat(live).hasSize(1);
                sessionId = live.get(0).sessionId();
            } finally {
                FtpClients.close(c);
            }
            server.runtime().logs().flush(1);
            Path folder = dir.resolve("w3c/FTPSVC1");
            await().atMost(Duration.ofSeconds(5)).until(() -> Files.isDirectory(folder));
            List<String> lines;
            try (Stream<Path> files = Files.list(folder)) {
                Path log = files.findFirst().orElseThrow();
                lines = Files.readAllLines(log);
            }
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("#Fields: date time c-ip cs-username s-ip s-port cs-method"));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains(" RETR a.txt 226 ").contains(sessionId).endsWith("/a.txt"));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains(" PASS *** 230 "));
            assertThat(lines).noneSatisfy(l -> assertThat(l).contains("a@b"));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains(" DataChannelOpened - - 0 0 " + sessionId));
            assertThat(lines).anySatisfy(l -> assertThat(l).contains(" DataChannelClosed - - 0 0 " + sessionId));
        }
    }

    @Test
    void everyAdminTerminatedDownloadHasItsRetrLine() throws IOException {
        try (TestServer server = TestServer.start(dir, SiteConfigs.site("<logFile directory=\"w3c\" />"))) {
            try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(dir.resolve("root/big.bin").toFile(), "rw")) {
                big.setLength(64L * 1024 * 1024);
            }
            List<String> terminated = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                try (org.apphostftp.RawFtp ftp = new org.apphostftp.RawFtp(server.port())) {
                    assertThat(ftp.code()).isEqualTo(220);
                    ftp.command("USER anonymous");
                    assertThat(ftp.command("PASS a@b")).isEqualTo(230);
                    ftp.command("TYPE I");
                    java.net.Socket data = ftp.pasv();
                    ftp.send("RETR big.bin");
                    assertThat(ftp.code()).isEqualTo(150);
                    data.getInputStream().readNBytes(64 * 1024); // then stop reading: the server blocks mid-transfer
                    SessionInfo session = server.runtime().registry().list().get(0);
                    assertThat(server.runtime().registry().terminate(session.sessionId())).isTrue();
                    terminated.add(session.sessionId());
                    data.close();
                }
                await().atMost(Duration.ofSeconds(5)).until(() -> server.runtime().registry().size() == 0);
            }
            server.runtime().logs().flush(1);
            Path folder = dir.resolve("w3c/FTPSVC1");
            await().atMost(Duration.ofSeconds(5)).until(() -> retrLines(folder).size() == terminated.size());
            List<String> lines = retrLines(folder);
            for (String id : terminated) {
                assertThat(lines).filteredOn(l -> l.contains(id)).hasSize(1);
            }
        }
    }

    private static List<String> retrLines(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> out = new java.util.ArrayList<>();
            for (Path log : files.toList()) {
                Files.readAllLines(log).stream().filter(l -> l.contains(" RETR big.bin ")).forEach(out::add);
            }
            return out;
        }
    }
}
