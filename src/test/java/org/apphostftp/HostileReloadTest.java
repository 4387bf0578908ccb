package org.apphostftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.apphostftp.config.location.Problem;
import org.apphostftp.host.LiveConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves that once killed the reload thread for good (issue 11 item 3): each is reported in lastConfigError, the old
 * configuration keeps running, and the next good save is applied.
 */
@Tag("alone") // 2-5 s bounds that a second test JVM on the same cores can break: run by surefire's 'alone' execution
class HostileReloadTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private TestServer server;
    private static final LiveReloadTest.Site ALPHA = LiveReloadTest.Site.of("Alpha", 1, 2121);
    private static final LiveReloadTest.Site BETA = LiveReloadTest.Site.of("Beta", 2, 2122);

    @BeforeEach
    void start() {
        Users.write(dir, "bob", "pw");
        server = TestServer.start(dir, LiveReloadTest.config("", ALPHA));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LiveConfiguration live() {
        return server.live();
    }

    private Problem awaitError() {
        await().atMost(WITHIN).until(() -> server.host().status().lastConfigError().isPresent());
        return server.host().status().lastConfigError().orElseThrow();
    }

    private void saveAndAwaitApplied(String text) {
        long before = live().appliedCount();
        server.save(text);
        await().atMost(WITHIN).until(() -> live().appliedCount() > before);
        assertThat(server.host().status().lastConfigError()).isEmpty();
    }

    @Test
    void aTokenFileOnADeviceIsReportedAndTheNextGoodSaveIsApplied() {
        server.save(LiveReloadTest.config("<system.ftpServer><management enabled=\"false\" tokenFile=\"/dev/zero\" /></system.ftpServer>",
                ALPHA, BETA));

        Problem error = awaitError();
        assertThat(error.location().line()).isPositive();
        assertThat(error.message()).contains("tokenFile '/dev/zero' is not a regular file");

        saveAndAwaitApplied(LiveReloadTest.config("", ALPHA, BETA));
    }

    @Test
    void aConfigurationOfMillionsOfElementsIsReportedAndTheNextGoodSaveIsApplied() throws IOException {
        Path huge = dir.resolve(".huge.tmp");
        Files.writeString(huge, "<configuration>\n" + ("<a/>".repeat(100) + "\n").repeat(10_000) + "</configuration>\n");
        Files.move(huge, server.configFile(), StandardCopyOption.REPLACE_EXISTING);

        assertThat(awaitError().message()).contains("elements, the most a configuration may have");

        saveAndAwaitApplied(LiveReloadTest.config("", ALPHA, BETA));
    }

    @Test
    void aConfigurationReplacedByALinkToADeviceIsReportedAndTheNextGoodSaveIsApplied() throws IOException {
        Path link = dir.resolve(".zero.tmp");
        Files.createSymbolicLink(link, Path.of("/dev/zero"));
        Files.move(link, server.configFile(), StandardCopyOption.REPLACE_EXISTING);

        assertThat(awaitError().message()).isEqualTo("is not a regular file");

        Files.delete(server.configFile());
        saveAndAwaitApplied(LiveReloadTest.config("", ALPHA, BETA));
    }
}
