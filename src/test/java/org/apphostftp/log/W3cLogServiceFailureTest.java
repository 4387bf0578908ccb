package org.apphostftp.log;

import static org.apphostftp.log.LogFiles.entries;
import static org.apphostftp.log.LogFiles.lastTokens;
import static org.apphostftp.log.LogTestData.command;
import static org.apphostftp.log.LogTestData.logFile;
import static org.apphostftp.log.LogTestData.perSite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apphostftp.config.effective.LogPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an unwritable folder, a full disk or a full queue does: sessions never notice. */
class W3cLogServiceFailureTest {

    private static final Instant AT = Instant.parse("2024-03-09T12:00:00Z");
    private static final String TODAY = "u_ex240309.log";

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2024-03-09T12:00:00Z");
    private W3cLogService service = new W3cLogService(clock, () -> "FTPHOST", W3cLogService.DEFAULT_QUEUE_CAPACITY);
    private final CapturedLog writerLog = CapturedLog.of(LogFileWriter.class);
    private final CapturedLog serviceLog = CapturedLog.of(W3cLogService.class);

    @AfterEach
    void stopEverything() {
        clock.release();
        service.stop();
        writerLog.close();
        serviceLog.close();
    }

    private FtpLogEvent retr(long siteId, String path) {
        return command(siteId, AT, "RETR", path.substring(1), 226).toBuilder().fullPath(path).build();
    }

    @Test
    void anUnwritableFolderGivesOneErrorAndDropsItsLinesWhileOtherSitesKeepLogging() throws Exception {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the log folder should be");
        service.configure(perSite(dir, Map.of(1L, logFile(blocked, LogPeriod.DAILY), 2L, logFile(dir, LogPeriod.DAILY))));
        service.start();

        for (int i = 0; i < 5; i++) {
            service.log(retr(1, "/lost" + i));
            service.log(retr(2, "/kept" + i));
        }
        service.flush(1);
        service.flush(2);

        assertThat(writerLog.messages(Level.ERROR)).singleElement().asString()
                .contains(blocked.resolve("FTPSVC1").toString()).contains("dropped");
        assertThat(entries(dir.resolve("FTPSVC2").resolve(TODAY))).hasSize(5);
    }

    @Test
    void aFolderThatBecomesWritableIsUsedAgainAfterTheRetryDelay() throws Exception {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "in the way");
        service.configure(perSite(dir, Map.of(1L, logFile(blocked, LogPeriod.DAILY))));
        service.start();
        service.log(retr(1, "/lost"));
        service.flush(1);

        Files.delete(blocked);
        service.log(retr(1, "/still-waiting"));
        service.flush(1);
        clock.advance(LogFileWriter.RETRY_AFTER);
        service.log(retr(1, "/written"));
        service.flush(1);

        assertThat(lastTokens(entries(blocked.resolve("FTPSVC1").resolve(TODAY)))).containsExactly("/written");
        assertThat(writerLog.messages(Level.ERROR)).hasSize(1);
        assertThat(writerLog.messages(Level.INFO)).singleElement().asString().contains("2 lines were dropped");
    }

    @Test
    void aFullDiskGivesOneErrorAndNothingReachesTheSession() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs Linux's /dev/full to simulate a full disk");
        Path folder = Files.createDirectories(dir.resolve("FTPSVC1"));
        Files.createSymbolicLink(folder.resolve(TODAY), full);
        service.configure(perSite(dir, Map.of(1L, logFile(dir, LogPeriod.DAILY))));
        service.start();

        for (int i = 0; i < 100; i++) {
            service.log(retr(1, "/f" + i));
            if (i % 10 == 0) {
                service.flush(1);
            }
        }
        service.flush(1);

        assertThat(writerLog.messages(Level.ERROR)).singleElement().asString().contains("No space left on device");
    }

    @Test
    void aFullQueueDropsLinesInsteadOfBlockingTheSessionAndSaysHowMany() {
        service = new W3cLogService(clock, () -> "FTPHOST", 4);
        service.configure(perSite(dir, Map.of(1L, logFile(dir, LogPeriod.DAILY))));
        service.start();
        clock.hold();
        service.log(retr(1, "/first"));
        await().atMost(Duration.ofSeconds(10)).until(clock::someoneWaiting); // the writer is stuck on /first

        for (int i = 0; i < 10; i++) {
            service.log(retr(1, "/f" + i));
        }
        clock.release();
        service.flush(1);

        assertThat(lastTokens(entries(dir.resolve("FTPSVC1").resolve(TODAY)))).containsExactly("/first", "/f0", "/f1", "/f2", "/f3");
        assertThat(serviceLog.messages(Level.WARN)).singleElement().asString().contains("6 lines were dropped");
    }
}
