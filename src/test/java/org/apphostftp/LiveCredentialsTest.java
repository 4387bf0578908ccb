package org.apphostftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** administration.config is watched like the main file: users added or changed apply without a restart. */
class LiveCredentialsTest {

    @TempDir
    Path dir;

    private TestServer server;
    private final InputStream stdin = System.in;

    @BeforeEach
    void start() {
        Users.write(dir, "bob", "pw");
        server = TestServer.start(dir, LiveReloadTest.config("", LiveReloadTest.Site.of("Alpha", 1, 2121)));
    }

    @AfterEach
    void stop() {
        System.setIn(stdin);
        server.close();
    }

    private boolean logsIn(String user, String password) throws IOException {
        FTPClient c = FtpClients.connect(server.port(2121));
        try {
            return c.login(user, password);
        } finally {
            FtpClients.close(c);
        }
    }

    private void awaitApplied(long before) {
        await().atMost(Duration.ofSeconds(2)).until(() -> server.live().appliedCount() > before);
    }

    @Test
    void aUserAddedWithTheCliLogsInWithoutARestart() throws IOException {
        long before = server.live().appliedCount();
        System.setIn(new ByteArrayInputStream("s3cret\n".getBytes(StandardCharsets.UTF_8)));
        StringWriter err = new StringWriter();

        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "user", "add", "alice", "--password-stdin", "--config", server.configFile().toString());

        assertThat(code).as(err.toString()).isZero();
        awaitApplied(before);
        assertThat(logsIn("alice", "s3cret")).isTrue();
    }

    @Test
    void aChangedPasswordAppliesWhileTheUsersOpenSessionStays() throws IOException {
        FTPClient open = FtpClients.login(server.port(2121), "bob", "pw");
        try {
            long before = server.live().appliedCount();

            Users.write(dir, "bob", "new password");

            awaitApplied(before);
            assertThat(logsIn("bob", "pw")).isFalse();
            assertThat(logsIn("bob", "new password")).isTrue();
            assertThat(open.sendNoOp()).isTrue();
        } finally {
            FtpClients.close(open);
        }
    }
}
