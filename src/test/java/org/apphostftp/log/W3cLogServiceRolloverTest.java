package org.apphostftp.log;

import static org.apphostftp.log.LogFiles.directives;
import static org.apphostftp.log.LogFiles.entries;
import static org.apphostftp.log.LogFiles.lines;
import static org.apphostftp.log.LogFiles.names;
import static org.apphostftp.log.LogTestData.DEFAULT_FIELDS;
import static org.apphostftp.log.LogTestData.command;
import static org.apphostftp.log.LogTestData.logFile;
import static org.apphostftp.log.LogTestData.perSite;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apphostftp.config.effective.CentralLogFileMode;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.LogField;
import org.apphostftp.config.effective.LogPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names, rollover and headers, with the clock moved by hand. */
class W3cLogServiceRolloverTest {

    @TempDir
    Path dir;

    private TestClock clock = new TestClock("2024-03-09T23:59:30Z");
    private W3cLogService service;

    @AfterEach
    void stopService() {
        if (service != null) {
            service.stop();
        }
    }

    private W3cLogService start(FtpSiteSettings.LogFile site1) {
        return start(perSite(dir, Map.of(1L, site1)));
    }

    private W3cLogService start(LogSettings settings) {
        service = new W3cLogService(clock, () -> "FTPHOST", 1024);
        service.configure(settings);
        service.start();
        return service;
    }

    /** Logs one command at the clock's time and waits until it is written. */
    private void logNow(String argument) {
        service.log(command(1, clock.instant(), "RETR", argument, 226));
        service.flush(1);
    }

    private Path site1() {
        return dir.resolve("FTPSVC1");
    }

    @Test
    void dailyLogRollsAtUtcMidnight() {
        start(logFile(dir, LogPeriod.DAILY));

        logNow("before");
        clock.set("2024-03-10T00:00:05Z");
        logNow("after");

        assertThat(names(site1())).containsExactly("u_ex240309.log", "u_ex240310.log");
        assertThat(entries(site1().resolve("u_ex240309.log"))).singleElement().asString().contains(" before ");
        assertThat(entries(site1().resolve("u_ex240310.log"))).singleElement().asString().contains(" after ");
    }

    @Test
    void everyNewFileStartsWithTheHeader() {
        start(logFile(dir, LogPeriod.DAILY));

        logNow("before");
        clock.set("2024-03-10T00:00:05Z");
        logNow("after");

        List<String> second = lines(site1().resolve("u_ex240310.log"));
        assertThat(second).hasSize(5);
        assertThat(second.get(0)).startsWith("#Software: apphost-ftp");
        assertThat(second.get(1)).isEqualTo("#Version: 1.0");
        assertThat(second.get(2)).isEqualTo("#Date: 2024-03-10 00:00:05");
        assertThat(second.get(3)).isEqualTo("#Fields: date time c-ip cs-username s-ip s-port cs-method cs-uri-stem "
                + "sc-status sc-win32-status sc-substatus x-session x-fullpath");
        assertThat(directives(site1().resolve("u_ex240309.log"))).hasSize(4);
    }

    @Test
    void hourlyLogRollsOnTheHour() {
        clock.set("2024-03-09T10:59:59Z");
        start(logFile(dir, LogPeriod.HOURLY));

        logNow("a");
        clock.set("2024-03-09T11:00:00Z");
        logNow("b");
        logNow("c");

        assertThat(names(site1())).containsExactly("u_ex24030910.log", "u_ex24030911.log");
        assertThat(entries(site1().resolve("u_ex24030911.log"))).hasSize(2);
    }

    @Test
    void weeklyLogRollsWhenSundayStarts() {
        clock.set("2024-03-02T23:00:00Z");
        start(logFile(dir, LogPeriod.WEEKLY));

        logNow("saturday");
        clock.set("2024-03-03T01:00:00Z");
        logNow("sunday");
        clock.set("2024-03-09T23:00:00Z");
        logNow("next-saturday");

        assertThat(names(site1())).containsExactly("u_ex240301.log", "u_ex240302.log");
        assertThat(entries(site1().resolve("u_ex240302.log"))).hasSize(2);
    }

    @Test
    void monthlyLogRollsWithTheMonth() {
        clock.set("2024-03-31T23:00:00Z");
        start(logFile(dir, LogPeriod.MONTHLY));

        logNow("march");
        clock.set("2024-04-01T00:30:00Z");
        logNow("april");

        assertThat(names(site1())).containsExactly("u_ex2403.log", "u_ex2404.log");
    }

    @Test
    void maxSizeLogStartsTheNextNumberBeforeAFileWouldOutgrowTruncateSize() throws Exception {
        long limit = 1_000;
        start(logFile(dir, LogPeriod.MAX_SIZE, limit, DEFAULT_FIELDS));

        for (int i = 0; i < 30; i++) {
            service.log(command(1, clock.instant(), "RETR", "file" + i, 226).toBuilder().fullPath("/f" + i).build());
        }
        service.flush(1);

        List<String> files = names(site1());
        assertThat(files).hasSizeGreaterThan(2).allMatch(n -> n.matches("u_extend\\d+\\.log"));
        List<String> all = new java.util.ArrayList<>();
        for (int n = 1; n <= files.size(); n++) {
            Path file = site1().resolve("u_extend" + n + ".log");
            assertThat(Files.size(file)).isLessThanOrEqualTo(limit);
            assertThat(lines(file).get(0)).startsWith("#Software:");
            all.addAll(LogFiles.lastTokens(entries(file)));
        }
        assertThat(all).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 30).mapToObj(i -> "/f" + i).toList());
    }

    @Test
    void maxSizeLogContinuesTheHighestNumberAfterARestart() throws Exception {
        Files.createDirectories(site1());
        Files.writeString(site1().resolve("u_extend2.log"), "#Fields: date\n2024-03-01\n");
        Files.writeString(site1().resolve("u_extend3.log"), "#Fields: date\n2024-03-02\n");
        start(logFile(dir, LogPeriod.MAX_SIZE, 1_000_000, DEFAULT_FIELDS));

        logNow("again");

        assertThat(names(site1())).containsExactly("u_extend2.log", "u_extend3.log");
        List<String> lines = lines(site1().resolve("u_extend3.log"));
        assertThat(lines.subList(0, 2)).containsExactly("#Fields: date", "2024-03-02");
        assertThat(lines.get(2)).startsWith("#Software:");
        assertThat(lines.get(6)).contains(" again ");
    }

    @Test
    void reopeningAnExistingFileAppendsAfterANewHeader() throws Exception {
        Files.createDirectories(site1());
        Files.writeString(site1().resolve("u_ex240309.log"), "#Fields: date\n2024-03-09\n");
        start(logFile(dir, LogPeriod.DAILY));

        logNow("appended");

        List<String> lines = lines(site1().resolve("u_ex240309.log"));
        assertThat(lines).hasSize(7);
        assertThat(lines.get(1)).isEqualTo("2024-03-09");
        assertThat(lines.get(2)).startsWith("#Software:");
        assertThat(lines.get(6)).contains(" appended ");
    }

    @Test
    void localTimeRolloverNamesFilesByLocalTimeButLinesStayUtc() {
        clock = new TestClock(Instant.parse("2024-03-09T20:00:00Z"), ZoneId.of("Asia/Tokyo"));
        FtpSiteSettings.LogFile utc = logFile(dir, LogPeriod.DAILY);
        start(new FtpSiteSettings.LogFile(true, dir, LogPeriod.DAILY, utc.truncateSize(), true, utc.fields(), utc.selectiveLogging()));

        logNow("tokyo");

        assertThat(names(site1())).containsExactly("u_ex240310.log");
        assertThat(entries(site1().resolve("u_ex240310.log"))).singleElement().asString().startsWith("2024-03-09 20:00:00 ");
    }

    @Test
    void withoutLocalTimeRolloverTheLocalZoneDoesNotMatter() {
        clock = new TestClock(Instant.parse("2024-03-09T20:00:00Z"), ZoneId.of("Asia/Tokyo"));
        start(logFile(dir, LogPeriod.DAILY));

        logNow("utc");

        assertThat(names(site1())).containsExactly("u_ex240309.log");
    }

    @Test
    void ansiLogsDropTheUPrefixAndWriteLatin1() throws Exception {
        FtpSiteSettings.LogFile log = logFile(dir, LogPeriod.DAILY, 20_971_520L, EnumSet.of(LogField.USER_NAME));
        start(new LogSettings(new GlobalSettings.CentralLog(CentralLogFileMode.SITE, false, log), Map.of(1L, log)));

        service.log(command(1, clock.instant(), "PWD", "", 257).toBuilder().user("josé").build());
        service.flush(1);

        Path file = site1().resolve("ex240309.log");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).endsWith("\njosé\n");
        assertThat(bytes[bytes.length - 2]).isEqualTo((byte) 0xE9);
    }
}
