package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.apphostftp.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** denyByFailure against password guessing, and ipSecurity address rules. */
class LoginProtectionTest {

    @TempDir
    Path dir;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void repeatedFailuresBlockTheAddressEvenForTheRightPassword() throws IOException {
        Users.write(dir, "bob", "right");
        server = TestServer.start(dir, SiteConfigs.site("", "<system.ftpServer><security><authentication>"
                + "<denyByFailure enabled=\"true\" maxFailure=\"2\" entryExpiration=\"00:01:00\" />"
                + "</authentication></security></system.ftpServer>"));
        for (int i = 0; i < 2; i++) {
            FTPClient c = FtpClients.connect(server.port());
            try {
                assertThat(c.login("bob", "wrong")).isFalse();
            } finally {
                FtpClients.close(c);
            }
        }
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
             BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
            s.setSoTimeout(5_000);
            assertThat(in.readLine()).startsWith("421 Too many failed login attempts");
        }
    }

    @Test
    void ipSecurityRefusesAnAddressThatIsNotAllowed() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("", "<location path=\"S\"><system.ftpServer><security>"
                + "<ipSecurity allowUnlisted=\"false\"><add ipAddress=\"10.0.0.0\" subnetMask=\"255.0.0.0\" allowed=\"true\" /></ipSecurity>"
                + "</security></system.ftpServer></location>"));
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
             BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
            s.setSoTimeout(5_000);
            assertThat(in.readLine()).startsWith("421 Access denied");
        }
    }

    @Test
    void ipRulesOfTheSiteThatHostSelectsApplyAndNotThoseOfItsNeighbour() throws IOException {
        org.apphostftp.Users.write(dir, "carol", "secret");
        String denyLoopback = "<ipSecurity allowUnlisted=\"false\"><add ipAddress=\"10.0.0.0\" subnetMask=\"8\" allowed=\"true\" /></ipSecurity>";
        String text = org.apphostftp.config.Fixtures.text("virtual-hosts.config").replace(
                "<add accessType=\"Allow\" users=\"*\" permissions=\"Read\" />\n    </authorization>",
                "<add accessType=\"Allow\" users=\"*\" permissions=\"Read\" />\n    </authorization>" + denyLoopback)
                ;
        assertThat(text).contains(denyLoopback);
        server = TestServer.start(dir, text);
        FTPClient blue = FtpClients.connect(server.port(2121));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> blue.sendCommand("HOST", "ftp.blue.test"))
                    .isInstanceOf(org.apache.commons.net.ftp.FTPConnectionClosedException.class).hasMessageContaining("421");
            assertThat(blue.getReplyString()).contains("Access denied");
        } finally {
            FtpClients.close(blue);
        }
        FTPClient red = FtpClients.connect(server.port(2121));
        try {
            assertThat(red.login("ftp.red.test|carol", "secret")).as(red.getReplyString()).isTrue();
        } finally {
            FtpClients.close(red);
        }
    }

    @Test
    void anonymousIsRefusedWhereItIsNotEnabled() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("").replace("<anonymousAuthentication enabled=\"true\" />", ""));
        FTPClient c = FtpClients.connect(server.port());
        try {
            assertThat(c.login("anonymous", "a@b")).isFalse();
            assertThat(c.getReplyCode()).isEqualTo(530);
        } finally {
            FtpClients.close(c);
        }
    }
}
