package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads: REST resumes, APPE appends, a client vanishing mid-upload leaves no half file unless keepPartialUploads. */
class UploadTest {

    @TempDir
    Path dir;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Starts a STOR, sends {@code bytes}, then the client goes away: it resets the data connection or just closes both. */
    private void vanishMidUpload(int port, String name, int bytes, boolean reset) throws IOException {
        try (Socket control = new Socket(InetAddress.getLoopbackAddress(), port);
             BufferedReader in = new BufferedReader(new InputStreamReader(control.getInputStream(), StandardCharsets.US_ASCII))) {
            control.setSoTimeout(5_000);
            OutputStream out = control.getOutputStream();
            assertThat(in.readLine()).startsWith("220");
            out.write("USER anonymous\r\nPASS a@b\r\nTYPE I\r\nPASV\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("331");
            assertThat(in.readLine()).startsWith("230");
            assertThat(in.readLine()).startsWith("200");
            String pasv = in.readLine();
            String[] p = pasv.substring(pasv.indexOf('(') + 1, pasv.indexOf(')')).split(",");
            Socket data = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(p[4]) * 256 + Integer.parseInt(p[5]));
            out.write(("STOR " + name + "\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("150");
            data.getOutputStream().write(new byte[bytes]);
            data.getOutputStream().flush();
            await().atMost(Duration.ofSeconds(5)).until(() -> org.apphostftp.Folders.largestFile(dir.resolve("root")) >= bytes); // written beside
            if (reset) {
                data.setSoLinger(true, 0); // RST, as when the client's network goes away
                data.close();
                control.close();
            } else {
                control.close(); // the control connection dies first: the server must not take the data as complete
                await().atMost(Duration.ofSeconds(10)).until(() -> server.runtime().registry().size() == 0);
                data.close();
            }
        }
    }

    @Test
    void partialUploadIsRemovedWhenTheClientVanishes() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site(""));
        vanishMidUpload(server.port(), "big.bin", 64 * 1024, false);

        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(dir.resolve("root/big.bin")));
    }

    @Test
    void resetDataConnectionLeavesNoPartialFile() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site(""));
        vanishMidUpload(server.port(), "reset.bin", 32 * 1024, true);

        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(dir.resolve("root/reset.bin")));
    }

    @Test
    void aFailedOverwriteLeavesTheOriginalIntact() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("<fileHandling keepPartialUploads=\"true\" />"));
        server.file("root/precious.bin", "original content");

        vanishMidUpload(server.port(), "precious.bin", 5 * 1024 * 1024, true);

        await().atMost(Duration.ofSeconds(10)).until(() -> org.apphostftp.Folders.count(dir.resolve("root")) == 1); // the data beside is gone
        assertThat(dir.resolve("root/precious.bin")).hasContent("original content");
    }

    @Test
    void aSecondSessionFindsTheUploadRightAfterIts226() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site(""));
        FTPClient writer = FtpClients.login(server.port(), "anonymous", "a@b");
        FTPClient reader = FtpClients.login(server.port(), "anonymous", "a@b");
        try {
            for (int i = 0; i < 100; i++) {
                assertThat(FtpClients.store(writer, "fresh.txt", "version " + i)).isTrue();
                assertThat(FtpClients.retrieve(reader, "fresh.txt")).isEqualTo("version " + i);
                assertThat(reader.sendCommand("MFMT", "20200101000000 fresh.txt")).isEqualTo(213);
            }
        } finally {
            FtpClients.close(writer);
            FtpClients.close(reader);
        }
    }

    @Test
    void partialUploadIsKeptWithKeepPartialUploads() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("<fileHandling keepPartialUploads=\"true\" />"));
        vanishMidUpload(server.port(), "big.bin", 64 * 1024, true);

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> Files.exists(dir.resolve("root/big.bin")) && Files.size(dir.resolve("root/big.bin")) == 64 * 1024);
    }

    @Test
    void restResumesAnUploadAndAppeAppends() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site(""));
        server.file("root/log.txt", "0123456789");
        FTPClient c = FtpClients.login(server.port(), "anonymous", "a@b");
        try {
            c.setRestartOffset(5);
            assertThat(FtpClients.store(c, "log.txt", "abc")).as(c.getReplyString()).isTrue();
            assertThat(dir.resolve("root/log.txt")).hasContent("01234abc");
            assertThat(c.appendFile("log.txt", new java.io.ByteArrayInputStream("XYZ".getBytes()))).isTrue();
            assertThat(dir.resolve("root/log.txt")).hasContent("01234abcXYZ");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void uploadOverMaxAllowedContentLengthGets552AndIsRemoved() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("", "<system.ftpServer><security><requestFiltering>"
                + "<requestLimits maxAllowedContentLength=\"1000\" /></requestFiltering></security></system.ftpServer>"));
        FTPClient c = FtpClients.login(server.port(), "anonymous", "a@b");
        try {
            assertThat(c.storeFile("big.bin", new java.io.ByteArrayInputStream(new byte[5000]))).isFalse();
            assertThat(c.getReplyCode()).isEqualTo(552);
        } finally {
            FtpClients.close(c);
        }
        assertThat(dir.resolve("root/big.bin")).doesNotExist();
    }

    @Test
    void asciiUploadTurnsCrlfIntoLf() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site(""));
        FTPClient c = FtpClients.login(server.port(), "anonymous", "a@b");
        try {
            c.setFileType(org.apache.commons.net.ftp.FTP.ASCII_FILE_TYPE);
            assertThat(FtpClients.store(c, "text.txt", "a\nb\n")).isTrue();
            c.setFileType(org.apache.commons.net.ftp.FTP.BINARY_FILE_TYPE);
            assertThat(FtpClients.retrieve(c, "text.txt")).isEqualTo("a\nb\n");
        } finally {
            FtpClients.close(c);
        }
    }
}
