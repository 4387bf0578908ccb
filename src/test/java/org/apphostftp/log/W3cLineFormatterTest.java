package org.apphostftp.log;

import static org.apphostftp.log.LogTestData.DEFAULT_FIELDS;
import static org.apphostftp.log.LogTestData.SESSION;
import static org.apphostftp.log.LogTestData.session;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.apphostftp.config.effective.LogField;
import org.junit.jupiter.api.Test;

class W3cLineFormatterTest {

    private static final Instant AT = Instant.parse("2023-12-29T06:27:23.456Z");

    private static W3cLineFormatter formatter(java.util.Set<LogField> fields) {
        return new W3cLineFormatter(fields, () -> "FTPHOST");
    }

    @Test
    void defaultFlagsGiveTheFieldsLineOfARealIisFtpLog() {
        assertThat(formatter(DEFAULT_FIELDS).fieldsDirective()).isEqualTo("#Fields: date time c-ip cs-username s-ip s-port "
                + "cs-method cs-uri-stem sc-status sc-win32-status sc-substatus x-session x-fullpath");
    }

    @Test
    void everyFlagGivesEveryFieldInIisOrder() {
        assertThat(formatter(EnumSet.allOf(LogField.class)).fieldsDirective()).isEqualTo("#Fields: date time c-ip c-port "
                + "cs-username s-sitename s-computername cs-host s-ip s-port cs-method cs-uri-stem sc-status sc-win32-status "
                + "sc-substatus sc-bytes cs-bytes time-taken x-session x-fullpath x-debug");
    }

    @Test
    void onlySelectedFieldsAreWrittenInIisOrderWhateverTheFlagOrder() {
        W3cLineFormatter f = formatter(EnumSet.of(LogField.FULL_PATH, LogField.BYTES_SENT, LogField.METHOD, LogField.DATE));

        assertThat(f.fieldsDirective()).isEqualTo("#Fields: date cs-method sc-bytes x-fullpath");
        assertThat(f.format(session(1, AT).command("RETR", "a.txt").status(226).bytes(3, 0).fullPath("/a.txt").build()))
                .isEqualTo("2023-12-29 RETR 3 /a.txt\n");
    }

    @Test
    void defaultLineMatchesIisForACommand() {
        FtpLogEvent e = session(1, AT).user("HELPER4A5F\\demo").command("RETR", "demo.txt").status(226)
                .fullPath("/success/demo.txt").build();

        assertThat(formatter(DEFAULT_FIELDS).format(e)).isEqualTo("2023-12-29 06:27:23 10.211.55.53 HELPER4A5F\\demo "
                + "10.211.55.52 21 RETR demo.txt 226 0 0 " + SESSION + " /success/demo.txt\n");
    }

    @Test
    void channelEventHasNoArgumentNoStatusAndZeroCodes() {
        FtpLogEvent e = session(1, AT).channel(ChannelEvent.CONTROL_CHANNEL_OPENED).build();

        assertThat(formatter(DEFAULT_FIELDS).format(e)).isEqualTo("2023-12-29 06:27:23 10.211.55.53 - 10.211.55.52 21 "
                + "ControlChannelOpened - - 0 0 " + SESSION + " -\n");
    }

    @Test
    void spacesInAValueBecomePlusAsInIis() {
        FtpLogEvent e = session(1, AT).commandLine("opts utf8 on").status(200).build();

        assertThat(formatter(EnumSet.of(LogField.METHOD, LogField.URI_STEM)).format(e)).isEqualTo("opts utf8+on\n");
    }

    @Test
    void lineBreaksAndTabsCannotSplitALine() {
        FtpLogEvent e = session(1, AT).command("MKD", "a\r\nb\tc").status(257).build();

        assertThat(formatter(EnumSet.of(LogField.URI_STEM)).format(e)).isEqualTo("a++b+c\n");
    }

    @Test
    void emptyValuesAreADash() {
        FtpLogEvent e = FtpLogEvent.builder().at(AT).site(1).command("PWD", "").status(257).build();

        assertThat(formatter(EnumSet.of(LogField.CLIENT_IP, LogField.CLIENT_PORT, LogField.USER_NAME, LogField.HOST,
                LogField.URI_STEM, LogField.SESSION, LogField.FULL_PATH, LogField.INFO)).format(e))
                .isEqualTo("- - - - - - - -\n");
    }

    @Test
    void passwordIsNeverWritten() {
        FtpLogEvent e = session(1, AT).commandLine("PASS secret word").status(230).build();

        assertThat(formatter(EnumSet.of(LogField.METHOD, LogField.URI_STEM)).format(e)).isEqualTo("PASS ***\n");
    }

    @Test
    void siteNameIsTheServiceAndInstanceAndComputerNameIsTheHost() {
        FtpLogEvent e = session(7, AT).command("NOOP", "").status(200).build();

        assertThat(formatter(EnumSet.of(LogField.SITE_NAME, LogField.COMPUTER_NAME)).format(e)).isEqualTo("FTPSVC7 FTPHOST\n");
    }

    @Test
    void numbersAreWrittenAsIisDoes() {
        FtpLogEvent e = session(1, AT).host("ftp.example.com").command("PASS", "x").status(530, 41, 1326)
                .bytes(41, 19).timeTaken(Duration.ofMillis(15)).info("logon failure").build();

        assertThat(formatter(EnumSet.of(LogField.CLIENT_PORT, LogField.HOST, LogField.FTP_STATUS, LogField.WIN32_STATUS,
                LogField.FTP_SUB_STATUS, LogField.BYTES_SENT, LogField.BYTES_RECV, LogField.TIME_TAKEN, LogField.INFO)).format(e))
                .isEqualTo("50828 ftp.example.com 530 1326 41 41 19 15 logon+failure\n");
    }

    @Test
    void dateAndTimeAreUtcToTheSecond() {
        FtpLogEvent e = session(1, Instant.parse("2024-02-29T23:59:59.999Z")).command("NOOP", "").status(200).build();

        assertThat(formatter(EnumSet.of(LogField.DATE, LogField.TIME)).format(e)).isEqualTo("2024-02-29 23:59:59\n");
    }

    @Test
    void headerNamesSoftwareVersionDateAndFields() {
        List<String> header = formatter(DEFAULT_FIELDS).header(AT).lines().toList();

        assertThat(header).hasSize(4);
        assertThat(header.get(0)).startsWith("#Software: apphost-ftp ");
        assertThat(header.get(1)).isEqualTo("#Version: 1.0");
        assertThat(header.get(2)).isEqualTo("#Date: 2023-12-29 06:27:23");
        assertThat(header.get(3)).isEqualTo(formatter(DEFAULT_FIELDS).fieldsDirective());
    }
}
