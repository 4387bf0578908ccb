package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apphostftp.RawFtp;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replies the RFCs fix: MLST/MLSD facts (3659), PBSZ/PROT order (4217), EPSV (2428), DELE, HELP, STAT. */
class ProtocolConformanceTest {

    @TempDir
    Path dir;

    private TestServer server;
    private RawFtp ftp;

    @BeforeEach
    void start() {
        server = TestServer.start(dir, SiteConfigs.site(""));
        server.file("root/docs/a.txt", "12345");
        ftp = new RawFtp(server.port());
        ftp.code();
        ftp.command("USER anonymous");
        ftp.command("PASS a@b");
    }

    @AfterEach
    void stop() {
        ftp.close();
        server.close();
    }

    @Test
    void mlstGivesTheFactsOfThePathOnOneIndentedLine() {
        ftp.send("MLST docs/a.txt");
        String reply = ftp.reply();

        assertThat(reply.lines()).hasSize(3);
        assertThat(reply.lines().toList().get(0)).isEqualTo("250-Listing /docs/a.txt");
        assertThat(reply.lines().toList().get(1)).matches(" Size=5;Modify=\\d{14}\\.\\d{3};Type=file;Perm=radfw; /docs/a\\.txt");
        assertThat(reply.lines().toList().get(2)).isEqualTo("250 End.");
    }

    @Test
    void mlstOfAMissingPathIs550() {
        assertThat(ftp.command("MLST nothing.txt")).isEqualTo(550);
    }

    @Test
    void mlsdListsFactsOverTheDataConnection() {
        Socket data = ftp.pasv();
        ftp.send("MLSD docs");
        assertThat(ftp.code()).isEqualTo(150);
        String listing = new String(ftp.readAll(data), StandardCharsets.UTF_8);
        assertThat(ftp.code()).isEqualTo(226);
        assertThat(listing).matches("Size=5;Modify=\\d{14}\\.\\d{3};Type=file;Perm=radfw; a\\.txt\r\n");
    }

    @Test
    void deleOfAMissingFileIs550() {
        assertThat(ftp.command("DELE nothing.txt")).isEqualTo(550);
        assertThat(ftp.command("DELE docs/a.txt")).isEqualTo(250);
        assertThat(dir.resolve("root/docs/a.txt")).doesNotExist();
    }

    @Test
    void pbszAndProtBeforeAuthAre503() {
        assertThat(ftp.command("PBSZ 0")).isEqualTo(503);
        assertThat(ftp.command("PROT P")).isEqualTo(503);
    }

    @Test
    void epsvRefusesUnknownProtocolsAndEpsvAllLocksOutTheOthers() {
        assertThat(ftp.command("EPSV 9")).isEqualTo(522);
        assertThat(ftp.command("EPSV ALL")).isEqualTo(200);
        assertThat(ftp.command("PASV")).isEqualTo(503);
        assertThat(ftp.command("PORT 127,0,0,1,200,1")).isEqualTo(503);
        assertThat(ftp.command("EPSV")).isEqualTo(229);
    }

    @Test
    void helpListsTheCommandsThisServerAnswers() {
        ftp.send("HELP");
        String reply = ftp.reply();
        assertThat(reply).startsWith("214-").contains("FEAT").contains("HOST").contains("MLSD").doesNotContain("SITE");
    }

    @Test
    void statGivesTheSessionStatusAndListsAPathOnTheControlConnection() {
        ftp.send("STAT");
        assertThat(ftp.reply()).startsWith("211-apphost-ftp status:").contains("Logged in as Anonymous");
        ftp.send("STAT docs");
        assertThat(ftp.reply()).startsWith("212-Status of /docs:").contains("a.txt");
    }
}
