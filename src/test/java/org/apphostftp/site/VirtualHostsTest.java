package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.apphostftp.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The virtual-hosts fixture: two sites on one port, told apart by HOST or by the host part of USER. */
class VirtualHostsTest {

    @TempDir
    Path dir;

    private TestServer server;
    private int port;

    @BeforeEach
    void start() {
        Users.write(dir, "carol", "secret");
        server = TestServer.fixture(dir, "virtual-hosts.config");
        server.file("red/red.txt", "red");
        server.file("blue/blue.txt", "blue");
        port = server.port(2121);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String[] names(FTPClient c) throws IOException {
        return Stream.of(c.listFiles()).map(FTPFile::getName).toArray(String[]::new);
    }

    @Test
    void hostCommandSelectsTheSiteBeforeUser() throws IOException {
        FTPClient c = FtpClients.connect(port);
        try {
            assertThat(c.sendCommand("HOST", "ftp.red.test")).isEqualTo(220);
            assertThat(c.login("carol", "secret")).as(c.getReplyString()).isTrue();
            assertThat(names(c)).containsExactly("red.txt");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void hostPipeUserSelectsTheSite() throws IOException {
        FTPClient c = FtpClients.connect(port);
        try {
            assertThat(c.login("ftp.red.test|carol", "secret")).as(c.getReplyString()).isTrue();
            assertThat(names(c)).containsExactly("red.txt");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void domainStyleNamesSelectTheSiteWhenUseDomainNameAsHostName() throws IOException {
        for (String user : new String[] {"ftp.red.test\\carol", "carol@ftp.red.test"}) {
            FTPClient c = FtpClients.connect(port);
            try {
                assertThat(c.login(user, "secret")).as(user + ": " + c.getReplyString()).isTrue();
                assertThat(names(c)).containsExactly("red.txt");
            } finally {
                FtpClients.close(c);
            }
        }
    }

    @Test
    void userWithoutHostGetsValidHostnameExpected() throws IOException {
        FTPClient c = FtpClients.connect(port);
        try {
            assertThat(c.user("carol")).isEqualTo(530);
            assertThat(c.getReplyString().trim()).isEqualTo("530 Valid hostname is expected.");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void unknownHostGets504AndHostAfterLoginGets503() throws IOException {
        FTPClient c = FtpClients.connect(port);
        try {
            assertThat(c.sendCommand("HOST", "ftp.green.test")).isEqualTo(504);
            assertThat(c.login("ftp.blue.test|carol", "secret")).as(c.getReplyString()).isTrue();
            assertThat(c.sendCommand("HOST", "ftp.red.test")).isEqualTo(503);
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void featListsHostBeforeLogin() throws IOException {
        FTPClient c = FtpClients.connect(port);
        try {
            assertThat(c.features()).isTrue();
            assertThat(c.getReplyString()).contains(" HOST");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void passiveRepliesUseTheSitesExternalAddressAndTheGlobalRange() throws IOException {
        FTPClient red = FtpClients.login(port, "ftp.red.test|carol", "secret");
        FTPClient blue = FtpClients.login(port, "ftp.blue.test|carol", "secret");
        try {
            assertThat(red.sendCommand("PASV")).isEqualTo(227);
            int[] redAddress = pasv(red.getReplyString());
            assertThat(blue.sendCommand("PASV")).isEqualTo(227);
            int[] blueAddress = pasv(blue.getReplyString());

            assertThat(new int[] {redAddress[0], redAddress[1], redAddress[2], redAddress[3]}).containsExactly(192, 0, 2, 10);
            assertThat(redAddress[4] * 256 + redAddress[5]).isBetween(50000, 50099);
            assertThat(new int[] {blueAddress[0], blueAddress[1], blueAddress[2], blueAddress[3]}).containsExactly(127, 0, 0, 1);
            assertThat(blueAddress[4] * 256 + blueAddress[5]).isBetween(50000, 50099);
        } finally {
            FtpClients.close(red);
            FtpClients.close(blue);
        }
    }

    @Test
    void blueAllowsOnlyReading() throws IOException {
        FTPClient c = FtpClients.login(port, "ftp.blue.test|carol", "secret");
        try {
            assertThat(FtpClients.retrieve(c, "blue.txt")).isEqualTo("blue");
            assertThat(FtpClients.store(c, "new.txt", "x")).isFalse();
            assertThat(c.getReplyCode()).isEqualTo(550);
        } finally {
            FtpClients.close(c);
        }
    }

    private static int[] pasv(String reply) {
        Matcher m = Pattern.compile("\\((\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+)\\)").matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        int[] out = new int[6];
        for (int i = 0; i < 6; i++) {
            out[i] = Integer.parseInt(m.group(i + 1));
        }
        return out;
    }
}
