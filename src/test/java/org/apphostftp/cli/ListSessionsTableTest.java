package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.apphostftp.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The session table of 'list sessions' for the sessions an administrator typically sees. */
class ListSessionsTableTest {

    private static JsonValue sessions(String site, String user, String ip, String command, String start) throws Exception {
        return JsonValue.parse("""
                [{"sessionId": "ff42933a-0b92-44bb-af87-ef28d45ccf04", "siteName": "%s", "userName": "%s", "clientIp": "%s",
                  "clientPort": 57240, "currentCommand": "%s", "sessionStartTime": "%s", "bytesSent": 1843, "bytesReceived": 97}]"""
                .formatted(site, user, ip, command, start));
    }

    @Test
    void aTypicalSessionFitsWithOnlyItsCommandCut() throws Exception {
        String now = Instant.now().toString();

        String table = ListSessionsCommand.table(sessions("Default FTP Site", "Anonymous", "203.0.113.7", "RETR pub/hello.txt", now),
                ZoneOffset.UTC);

        String row = table.lines().skip(1).findFirst().orElseThrow();
        assertThat(row).hasSizeLessThanOrEqualTo(80)
                .startsWith("ff42933a  Default FTP Site  Anonymous  203.0.113.7  RETR pub/").contains("~").endsWith("1.8K/97");
    }

    @Test
    void aLongCommandIsCutAndAnIpv6ClientIsKept() throws Exception {
        String table = ListSessionsCommand.table(sessions("Default FTP Site", "", "2001:db8::1:2:3", "STOR " + "x".repeat(90),
                "2020-01-02T03:04:05.000Z"), ZoneOffset.UTC);

        String row = table.lines().skip(1).findFirst().orElseThrow();
        assertThat(row).hasSizeLessThanOrEqualTo(80).contains(" - ", "2001:db8::1:2:3", "STOR xxx", "~", "01-02");
    }
}
