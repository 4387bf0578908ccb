package org.apphostftp.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FtpLogEventTest {

    private static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void commandLineSplitsTheVerbFromTheArgument() {
        FtpLogEvent e = FtpLogEvent.builder().at(AT).commandLine("STOR my file.txt").build();

        assertThat(e.method()).isEqualTo("STOR");
        assertThat(e.uriStem()).isEqualTo("my file.txt");
    }

    @Test
    void commandLineWithoutArgumentHasAnEmptyStem() {
        FtpLogEvent e = FtpLogEvent.builder().at(AT).commandLine("PWD").build();

        assertThat(e.method()).isEqualTo("PWD");
        assertThat(e.uriStem()).isEmpty();
    }

    @Test
    void passIsMaskedWhateverItsCase() {
        assertThat(FtpLogEvent.builder().at(AT).command("pass", "hunter2").build().uriStem()).isEqualTo("***");
        assertThat(new FtpLogEvent(AT, 1, "", "", 0, "", "", "", 0, "PASS", "hunter2", 230, 0, 0, 0, 0, 0, "", "")
                .uriStem()).isEqualTo("***");
    }

    @Test
    void toBuilderKeepsTheSessionPartsForTheNextCommand() {
        FtpLogEvent first = LogTestData.command(3, AT, "USER", "demo", 331);
        FtpLogEvent next = first.toBuilder().command("PWD", "").status(257).build();

        assertThat(next.siteId()).isEqualTo(3);
        assertThat(next.sessionId()).isEqualTo(first.sessionId());
        assertThat(next.clientIp()).isEqualTo(first.clientIp());
        assertThat(next.method()).isEqualTo("PWD");
        assertThat(next.ftpStatus()).isEqualTo(257);
    }

    @Test
    void aNewCommandClearsThePreviousStatus() {
        FtpLogEvent e = FtpLogEvent.builder().at(AT).command("PASS", "x").status(530, 41, 1326)
                .channel(ChannelEvent.CONTROL_CHANNEL_CLOSED).build();

        assertThat(e.ftpStatus()).isZero();
        assertThat(e.win32Status()).isZero();
        assertThat(e.ftpSubStatus()).isZero();
        assertThat(e.isChannelEvent()).isTrue();
    }

    @Test
    void missingStringsAreEmpty() {
        FtpLogEvent e = new FtpLogEvent(AT, 1, null, null, 0, null, null, null, 0, null, null, 0, 0, 0, 0, 0, 0, null, null);

        assertThat(e.sessionId()).isEmpty();
        assertThat(e.method()).isEmpty();
        assertThat(e.fullPath()).isEmpty();
    }
}
