package org.apphostftp.log;

import static org.apphostftp.log.LogFiles.directives;
import static org.apphostftp.log.LogFiles.entries;
import static org.apphostftp.log.LogFiles.lastTokens;
import static org.apphostftp.log.LogTestData.ALL_SELECTIVE;
import static org.apphostftp.log.LogTestData.DEFAULT_FIELDS;
import static org.apphostftp.log.LogTestData.command;
import static org.apphostftp.log.LogTestData.logFile;
import static org.apphostftp.log.LogTestData.perSite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apphostftp.config.effective.CentralLogFileMode;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.LogField;
import org.apphostftp.config.effective.LogPeriod;
import org.apphostftp.config.effective.SelectiveLogging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class W3cLogServiceTest {

    private static final Instant AT = Instant.parse("2024-03-09T12:00:00Z");
    private static final String TODAY = "u_ex240309.log";

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2024-03-09T12:00:00Z");
    private final W3cLogService service = new W3cLogService(clock, () -> "FTPHOST", W3cLogService.DEFAULT_QUEUE_CAPACITY);
    private final List<ExecutorService> pools = new ArrayList<>();

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (ExecutorService pool : pools) {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        service.stop();
    }

    private FtpLogEvent retr(long siteId, String path) {
        return command(siteId, AT, "RETR", path.substring(1), 226).toBuilder().fullPath(path).build();
    }

    private Path site(long id) {
        return dir.resolve("FTPSVC" + id).resolve(TODAY);
    }

    @Test
    void eachSiteWritesIntoItsOwnFtpsvcFolder() {
        service.configure(perSite(dir, Map.of(1L, logFile(dir, LogPeriod.DAILY), 2L, logFile(dir, LogPeriod.DAILY))));
        service.start();

        service.log(retr(1, "/one"));
        service.log(retr(2, "/two"));
        service.flush(1);
        service.flush(2);

        assertThat(lastTokens(entries(site(1)))).containsExactly("/one");
        assertThat(lastTokens(entries(site(2)))).containsExactly("/two");
    }

    @Test
    void centralModeWritesEverySiteIntoOneFtpsvcFolderWithTheCentralFields() {
        Path central = dir.resolve("central");
        FtpSiteSettings.LogFile centralLog = logFile(central, LogPeriod.DAILY, 20_971_520L,
                EnumSet.of(LogField.SITE_NAME, LogField.FULL_PATH));
        service.configure(new LogSettings(new GlobalSettings.CentralLog(CentralLogFileMode.CENTRAL, true, centralLog),
                Map.of(1L, logFile(dir, LogPeriod.DAILY), 2L, logFile(dir, LogPeriod.HOURLY))));
        service.start();

        service.log(retr(1, "/one"));
        service.log(retr(2, "/two"));
        service.flush(2);

        Path file = central.resolve("FTPSVC").resolve(TODAY);
        assertThat(directives(file)).contains("#Fields: s-sitename x-fullpath");
        assertThat(entries(file)).containsExactly("FTPSVC1 /one", "FTPSVC2 /two");
        assertThat(dir.resolve("FTPSVC1")).doesNotExist();
    }

    @Test
    void aSiteWithLoggingDisabledWritesNothing() {
        FtpSiteSettings.LogFile on = logFile(dir, LogPeriod.DAILY);
        FtpSiteSettings.LogFile off = new FtpSiteSettings.LogFile(false, dir, LogPeriod.DAILY, on.truncateSize(), false,
                on.fields(), on.selectiveLogging());
        service.configure(perSite(dir, Map.of(1L, on, 2L, off)));
        service.start();

        service.log(retr(2, "/hidden"));
        service.log(retr(1, "/shown"));
        service.flush(1);
        service.flush(2);

        assertThat(dir.resolve("FTPSVC2")).doesNotExist();
        assertThat(lastTokens(entries(site(1)))).containsExactly("/shown");
    }

    @Test
    void selectiveLoggingKeepsOnlyTheChosenKindsOfLine() {
        FtpSiteSettings.LogFile errorsOnly = new FtpSiteSettings.LogFile(true, dir, LogPeriod.DAILY, 20_971_520L, false,
                EnumSet.of(LogField.METHOD, LogField.FTP_STATUS), EnumSet.of(SelectiveLogging.LOG_ERROR));
        service.configure(perSite(dir, Map.of(1L, errorsOnly)));
        service.start();

        service.log(LogTestData.session(1, AT).channel(ChannelEvent.CONTROL_CHANNEL_OPENED).build());
        service.log(command(1, AT, "USER", "demo", 331));
        service.log(command(1, AT, "PASS", "wrong", 530));
        service.log(command(1, AT, "PASV", "", 227));
        service.log(command(1, AT, "RETR", "missing.txt", 550));
        service.flush(1);

        assertThat(entries(site(1))).containsExactly("PASS 530", "RETR 550");
    }

    @Test
    void flushReturnsOnlyWhenEveryQueuedLineOfTheSiteIsInTheFile() {
        service.configure(perSite(dir, Map.of(1L, logFile(dir, LogPeriod.DAILY))));
        service.start();

        for (int i = 0; i < 5_000; i++) {
            service.log(retr(1, "/f" + i));
        }
        service.flush(1);

        assertThat(entries(site(1))).hasSize(5_000);
    }

    @Test
    void flushBeforeStartIsRefused() {
        assertThatThrownBy(() -> service.flush(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
    }

    @Test
    void manyThreadsLoggingAtOnceWriteEveryLineExactlyOnce() throws Exception {
        service.configure(perSite(dir, Map.of(1L, logFile(dir, LogPeriod.DAILY))));
        service.start();
        int threads = 8;
        int perThread = 2_500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        pools.add(pool);

        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> IntStream.range(0, perThread).forEach(i -> service.log(retr(1, "/t" + thread + "-" + i)))));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        service.flush(1);

        List<String> written = lastTokens(entries(site(1)));
        Set<String> expected = new HashSet<>();
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                expected.add("/t" + t + "-" + i);
            }
        }
        assertThat(written).hasSize(threads * perThread).doesNotHaveDuplicates();
        assertThat(new HashSet<>(written)).isEqualTo(expected);
    }

    @Test
    void changedFieldsAtRunTimeStartANewHeaderInTheSameFile() {
        service.configure(perSite(dir, Map.of(1L, logFile(dir, LogPeriod.DAILY, 20_971_520L, EnumSet.of(LogField.FULL_PATH)))));
        service.start();

        service.log(retr(1, "/before"));
        service.configure(perSite(dir, Map.of(1L, logFile(dir, LogPeriod.DAILY, 20_971_520L,
                EnumSet.of(LogField.METHOD, LogField.FULL_PATH)))));
        service.log(retr(1, "/after"));
        service.flush(1);

        assertThat(LogFiles.lines(site(1))).filteredOn(l -> l.startsWith("#Fields:"))
                .containsExactly("#Fields: x-fullpath", "#Fields: cs-method x-fullpath");
        assertThat(entries(site(1))).containsExactly("/before", "RETR /after");
    }

    @Test
    void changedDirectoryAtRunTimeSendsLaterLinesThereAndKeepsEarlierOnes() {
        Path other = dir.resolve("other");
        service.configure(perSite(dir, Map.of(1L, logFile(dir, LogPeriod.DAILY))));
        service.start();

        service.log(retr(1, "/old"));
        service.configure(perSite(dir, Map.of(1L, logFile(other, LogPeriod.DAILY))));
        service.log(retr(1, "/new"));
        service.flush(1);

        assertThat(lastTokens(entries(site(1)))).containsExactly("/old");
        assertThat(lastTokens(entries(other.resolve("FTPSVC1").resolve(TODAY)))).containsExactly("/new");
    }

    @Test
    void reconfiguringWhileSessionsLogLosesNoLine() throws Exception {
        FtpSiteSettings.LogFile narrow = logFile(dir, LogPeriod.DAILY, 20_971_520L, EnumSet.of(LogField.FULL_PATH));
        FtpSiteSettings.LogFile wide = logFile(dir, LogPeriod.DAILY, 20_971_520L, EnumSet.of(LogField.METHOD, LogField.FULL_PATH));
        service.configure(perSite(dir, Map.of(1L, narrow)));
        service.start();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pools.add(pool);

        Future<?> logging = pool.submit(() -> IntStream.range(0, 20_000).forEach(i -> service.log(retr(1, "/f" + i))));
        // 200 reloads and 20 000 lines fit the queue together, so no line can be dropped for lack of room
        for (int i = 0; i < 200; i++) {
            service.configure(perSite(dir, Map.of(1L, i % 2 == 0 ? wide : narrow)));
        }
        logging.get(60, TimeUnit.SECONDS);
        service.flush(1);

        assertThat(lastTokens(entries(site(1))))
                .containsExactlyElementsOf(IntStream.range(0, 20_000).mapToObj(i -> "/f" + i).toList());
    }

    @Test
    void aRemovedSiteStopsLoggingAfterItsQueuedLinesAreWritten() {
        service.configure(perSite(dir, Map.of(1L, logFile(dir, LogPeriod.DAILY), 2L, logFile(dir, LogPeriod.DAILY))));
        service.start();

        service.log(retr(2, "/kept"));
        service.configure(perSite(dir, Map.of(1L, logFile(dir, LogPeriod.DAILY))));
        service.log(retr(2, "/ignored"));
        service.flush(1);

        assertThat(lastTokens(entries(site(2)))).containsExactly("/kept");
    }

    @Test
    void stopWritesEveryQueuedLineAndClosesTheFiles() throws Exception {
        service.configure(perSite(dir, Map.of(1L, logFile(dir, LogPeriod.DAILY))));
        service.start();
        for (int i = 0; i < 3_000; i++) {
            service.log(retr(1, "/f" + i));
        }

        service.stop();

        assertThat(service.isRunning()).isFalse();
        assertThat(entries(site(1))).hasSize(3_000);
        Files.delete(site(1)); // nothing holds it open any more
    }

    @Test
    void linesLoggedAfterStopAreIgnored() {
        service.configure(perSite(dir, Map.of(1L, logFile(dir, LogPeriod.DAILY))));
        service.start();
        service.log(retr(1, "/before"));
        service.stop();

        service.log(retr(1, "/after"));
        service.flush(1);

        assertThat(lastTokens(entries(site(1)))).containsExactly("/before");
    }

    @Test
    void settingsComeFromEachSitesLogFileAndTheServerLevelLog() {
        FtpSiteSettings.LogFile log = new FtpSiteSettings.LogFile(true, dir, LogPeriod.DAILY, 20_971_520L, false,
                DEFAULT_FIELDS, ALL_SELECTIVE);
        LogSettings settings = perSite(dir, Map.of(5L, log));

        assertThat(settings.targets()).containsOnlyKeys(5L);
        assertThat(settings.targets().get(5L).folder()).isEqualTo(dir.resolve("FTPSVC5"));
        assertThat(settings.targets().get(5L).utf8()).isTrue();
    }
}
