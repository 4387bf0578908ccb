package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apphostftp.TestServer;
import org.apphostftp.config.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as the service runs it: -Dapphost.log.dir gives a rolling server log file; SIGHUP reloads. */
class ServiceModeTest {

    @TempDir
    Path dir;

    private Process serve(Path config, String... javaOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--config",
                config.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("stderr.txt").toFile()).start();
    }

    @Test
    void theServerLogGoesToARollingFileAndSighupReadsTheFilesAgainInsteadOfEndingTheProcess() throws Exception {
        String text = TestServer.withFreePorts(Fixtures.text("minimal-anonymous.config"), new java.util.HashMap<>());
        Path config = Fixtures.installText(text, dir);
        int port = Integer.parseInt(text.replaceAll("(?s).*bindingInformation=\"127\\.0\\.0\\.1:(\\d+):\".*", "$1"));
        Path logs = dir.resolve("var-log");
        Process p = serve(config, "-Dapphost.log.dir=" + logs, "-Dapphost.log.maxFileSize=1MB", "-Dapphost.log.maxHistory=3");
        try {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                new Socket(InetAddress.getLoopbackAddress(), port).close();
                return true;
            });
            Path log = logs.resolve("apphost-ftp.log");
            assertThat(Files.readString(log)).contains("loaded " + config);

            new ProcessBuilder("kill", "-HUP", Long.toString(p.pid())).start().waitFor(10, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(log).contains("SIGHUP: reading the configuration again"));
            assertThat(p.isAlive()).isTrue();
            new Socket(InetAddress.getLoopbackAddress(), port).close();
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(logs.resolve("apphost-ftp.log"))).contains("stopping");
    }
}
