package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No path leaves its mount: '..', backslashes, NUL and symlinks to the outside get 550, and nothing outside changes. */
class PathSafetyTest {

    @TempDir
    Path dir;

    private TestServer server;
    private FTPClient client;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site(""));
        server.file("root/inside.txt", "inside");
        server.file("outside/secret.txt", "secret");
        Files.createSymbolicLink(dir.resolve("root/escape"), dir.resolve("outside"));
        Files.createSymbolicLink(dir.resolve("root/escape.txt"), dir.resolve("outside/secret.txt"));
        client = FtpClients.login(server.port(), "anonymous", "a@b");
    }

    @AfterEach
    void stop() {
        FtpClients.close(client);
        server.close();
    }

    @Test
    void dotDotAboveTheRootIsRefused() throws IOException {
        assertThat(client.retrieveFile("../outside/secret.txt", java.io.OutputStream.nullOutputStream())).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(550);
        assertThat(client.changeWorkingDirectory("/../..")).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(550);
    }

    @Test
    void backslashTraversalIsRefused() throws IOException {
        assertThat(client.retrieveFile("..\\outside\\secret.txt", java.io.OutputStream.nullOutputStream())).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(550);
    }

    @Test
    void symlinksLeavingTheMountAreRefused() throws IOException {
        assertThat(client.retrieveFile("escape.txt", java.io.OutputStream.nullOutputStream())).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(550);
        assertThat(client.changeWorkingDirectory("escape")).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(550);
        assertThat(FtpClients.store(client, "escape/planted.txt", "x")).isFalse();
        assertThat(dir.resolve("outside/planted.txt")).doesNotExist();
    }

    @Test
    void nulInAPathIsRefused() throws IOException {
        assertThat(client.sendCommand("RETR", "inside.txt\0.jpg")).isIn(550, 501, 503);
        assertThat(client.retrieveFile("inside.txt", java.io.OutputStream.nullOutputStream())).isTrue();
    }

    @Test
    void ordinaryFilesStillWork() throws IOException {
        assertThat(FtpClients.retrieve(client, "inside.txt")).isEqualTo("inside");
    }
}
