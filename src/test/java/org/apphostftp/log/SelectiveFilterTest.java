package org.apphostftp.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.apphostftp.config.effective.SelectiveLogging;
import org.junit.jupiter.api.Test;

class SelectiveFilterTest {

    private static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");
    private static final FtpLogEvent SUCCESS = LogTestData.command(1, AT, "RETR", "a", 226);
    private static final FtpLogEvent PRELIMINARY = LogTestData.command(1, AT, "USER", "demo", 331);
    private static final FtpLogEvent ERROR = LogTestData.command(1, AT, "RETR", "missing", 550);
    private static final FtpLogEvent TRANSIENT_ERROR = LogTestData.command(1, AT, "STOR", "a", 451);
    private static final FtpLogEvent DATA_OPENED = LogTestData.session(1, AT).channel(ChannelEvent.DATA_CHANNEL_OPENED).build();
    private static final FtpLogEvent CONTROL_CLOSED = LogTestData.session(1, AT).channel(ChannelEvent.CONTROL_CHANNEL_CLOSED).build();
    private static final FtpLogEvent PASV = LogTestData.command(1, AT, "pasv", "", 227);
    private static final FtpLogEvent BAD_PORT = LogTestData.command(1, AT, "PORT", "1,2,3,4,5,6", 501);

    private static boolean accepts(Set<SelectiveLogging> flags, FtpLogEvent e) {
        return SelectiveFilter.accepts(flags, e);
    }

    @Test
    void logSuccessfulKeepsCompletedAndPreliminaryRepliesOnly() {
        Set<SelectiveLogging> flags = EnumSet.of(SelectiveLogging.LOG_SUCCESSFUL);

        assertThat(accepts(flags, SUCCESS)).isTrue();
        assertThat(accepts(flags, PRELIMINARY)).isTrue();
        assertThat(accepts(flags, ERROR)).isFalse();
        assertThat(accepts(flags, DATA_OPENED)).isFalse();
        assertThat(accepts(flags, PASV)).isFalse();
    }

    @Test
    void logErrorKeepsFourAndFiveHundredsOnly() {
        Set<SelectiveLogging> flags = EnumSet.of(SelectiveLogging.LOG_ERROR);

        assertThat(accepts(flags, ERROR)).isTrue();
        assertThat(accepts(flags, TRANSIENT_ERROR)).isTrue();
        assertThat(accepts(flags, SUCCESS)).isFalse();
        assertThat(accepts(flags, BAD_PORT)).isFalse();
    }

    @Test
    void logInfrastructureKeepsChannelEventsAndDataChannelCommands() {
        Set<SelectiveLogging> flags = EnumSet.of(SelectiveLogging.LOG_INFRASTRUCTURE);

        assertThat(accepts(flags, DATA_OPENED)).isTrue();
        assertThat(accepts(flags, CONTROL_CLOSED)).isTrue();
        assertThat(accepts(flags, PASV)).isTrue();
        assertThat(accepts(flags, BAD_PORT)).isTrue();
        assertThat(accepts(flags, SUCCESS)).isFalse();
        assertThat(accepts(flags, ERROR)).isFalse();
    }

    @Test
    void noFlagLogsNothing() {
        Set<SelectiveLogging> none = EnumSet.noneOf(SelectiveLogging.class);

        assertThat(accepts(none, SUCCESS)).isFalse();
        assertThat(accepts(none, ERROR)).isFalse();
        assertThat(accepts(none, DATA_OPENED)).isFalse();
    }
}
