package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.apphostftp.config.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as a real process: an invalid file exits 1 with located errors; SIGTERM ends sessions and the process. */
@Tag("alone") // 2-5 s bounds that a second test JVM on the same cores can break: run by surefire's 'alone' execution
class ServeCommandTest {

    @TempDir
    Path dir;

    private Process serve(Path config) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--config",
                config.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
    }

    @Test
    void invalidFilePrintsTheErrorsAndExitsOne() throws Exception {
        Fixtures.install("invalid-many-errors.config", dir);
        Process p = serve(dir.resolve("applicationHost.config"));

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = java.nio.file.Files.readString(dir.resolve("serve.log"));
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(output).contains(":17:24: site 'a': ftpServer/connections: attribute 'controlChannelTimeout' must be an integer");
    }

    @Test
    void sigtermEndsSessionsWith421AndClosesThePort() throws Exception {
        String text = TestServer.withFreePorts(Fixtures.text("minimal-anonymous.config"), new java.util.HashMap<>());
        Path config = Fixtures.installText(text, dir);
        int port = Integer.parseInt(text.replaceAll("(?s).*bindingInformation=\"127\\.0\\.0\\.1:(\\d+):\".*", "$1"));
        Process p = serve(config);
        try {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                new Socket(InetAddress.getLoopbackAddress(), port).close();
                return true;
            });
            FTPClient c = FtpClients.login(port, "anonymous", "a@b");

            p.destroy(); // SIGTERM

            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(c.getReplyStrings()).isNotNull();
            String next;
            try {
                next = c.getControlEncoding() == null ? "" : readLine(c);
            } catch (IOException e) {
                next = e.getMessage();
            }
            assertThat(next).as(java.nio.file.Files.readString(dir.resolve("serve.log"))).contains("421");
            FtpClients.close(c);
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                try {
                    new Socket(InetAddress.getLoopbackAddress(), port).close();
                    return false;
                } catch (ConnectException e) {
                    return true;
                }
            });
        } finally {
            p.destroyForcibly();
        }
        assertThat(List.of(p.exitValue())).doesNotContain(1);
    }

    @Test
    void everyFtpPortTakenExitsOneNamingThePorts() throws Exception {
        String text = TestServer.withFreePorts(Fixtures.text("minimal-anonymous.config"), new java.util.HashMap<>());
        Path config = Fixtures.installText(text, dir);
        int port = Integer.parseInt(text.replaceAll("(?s).*bindingInformation=\"127\\.0\\.0\\.1:(\\d+):\".*", "$1"));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            Process p = serve(config);
            try {
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                String output = java.nio.file.Files.readString(dir.resolve("serve.log"));
                assertThat(p.exitValue()).as(output).isEqualTo(1);
                assertThat(output).contains("no FTP port could be opened: 127.0.0.1:" + port + " (site '")
                        .contains("status 10048");
            } finally {
                p.destroyForcibly();
            }
        }
    }

    /** The next reply the server sent without being asked (the 421 of the shutdown). */
    private static String readLine(FTPClient c) throws IOException {
        c.sendNoOp();
        return c.getReplyString();
    }
}
