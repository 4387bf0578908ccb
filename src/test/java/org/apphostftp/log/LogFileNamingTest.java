package org.apphostftp.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.apphostftp.config.effective.LogPeriod;
import org.junit.jupiter.api.Test;

class LogFileNamingTest {

    private static final LocalDateTime T = LocalDateTime.parse("2024-03-09T07:15:00");

    @Test
    void dailyIsUExYearMonthDay() {
        assertThat(LogFileNaming.timed(LogPeriod.DAILY, true, T)).isEqualTo("u_ex240309.log");
    }

    @Test
    void hourlyAddsTheHour() {
        assertThat(LogFileNaming.timed(LogPeriod.HOURLY, true, T)).isEqualTo("u_ex24030907.log");
    }

    @Test
    void monthlyIsYearMonth() {
        assertThat(LogFileNaming.timed(LogPeriod.MONTHLY, true, T)).isEqualTo("u_ex2403.log");
    }

    @Test
    void weeklyIsYearMonthAndTheWeekOfTheMonthStartingOnSunday() {
        // March 2024 starts on a Friday: 1-2 are week 1, Sunday the 3rd starts week 2
        assertThat(LogFileNaming.timed(LogPeriod.WEEKLY, true, LocalDateTime.parse("2024-03-02T23:59:59"))).isEqualTo("u_ex240301.log");
        assertThat(LogFileNaming.timed(LogPeriod.WEEKLY, true, LocalDateTime.parse("2024-03-03T00:00:00"))).isEqualTo("u_ex240302.log");
        assertThat(LogFileNaming.timed(LogPeriod.WEEKLY, true, T)).isEqualTo("u_ex240302.log");
        assertThat(LogFileNaming.timed(LogPeriod.WEEKLY, true, LocalDateTime.parse("2024-03-31T12:00:00"))).isEqualTo("u_ex240306.log");
    }

    @Test
    void maxSizeFilesAreNumberedFromOne() {
        assertThat(LogFileNaming.sized(true, 1)).isEqualTo("u_extend1.log");
        assertThat(LogFileNaming.sized(true, 12)).isEqualTo("u_extend12.log");
    }

    @Test
    void withoutUtf8TheUPrefixIsDropped() {
        assertThat(LogFileNaming.timed(LogPeriod.DAILY, false, T)).isEqualTo("ex240309.log");
        assertThat(LogFileNaming.sized(false, 3)).isEqualTo("extend3.log");
    }

    @Test
    void theNumberOfAMaxSizeFileIsReadBackForItsEncodingOnly() {
        assertThat(LogFileNaming.sequenceOf("u_extend7.log", true)).hasValue(7);
        assertThat(LogFileNaming.sequenceOf("extend7.log", true)).isEmpty();
        assertThat(LogFileNaming.sequenceOf("extend7.log", false)).hasValue(7);
        assertThat(LogFileNaming.sequenceOf("u_ex240309.log", true)).isEmpty();
        assertThat(LogFileNaming.sequenceOf("u_extend0.log", true)).isEmpty();
    }

    @Test
    void maxSizeHasNoDate() {
        assertThatThrownBy(() -> LogFileNaming.timed(LogPeriod.MAX_SIZE, true, T)).isInstanceOf(IllegalArgumentException.class);
    }
}
