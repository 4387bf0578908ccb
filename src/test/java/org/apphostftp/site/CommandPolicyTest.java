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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** commandFiltering, unknown commands, long lines and the messages with their variables. */
class CommandPolicyTest {

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
    void filteredCommandGets502AndOthersStillWork() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("").replace("<security><ssl",
                "<security><commandFiltering><add command=\"SYST\" allowed=\"false\" /></commandFiltering><ssl"));
        FTPClient c = FtpClients.login(server.port(), "anonymous", "a@b");
        try {
            assertThat(c.sendCommand("SYST")).isEqualTo(502);
            assertThat(c.sendNoOp()).isTrue();
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void unknownCommandGets502BeforeAndAfterLogin() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site(""));
        FTPClient c = FtpClients.connect(server.port());
        try {
            assertThat(c.sendCommand("FROB")).isEqualTo(502);
            assertThat(c.login("anonymous", "a@b")).isTrue();
            assertThat(c.sendCommand("FROB")).isEqualTo(502);
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void tooLongCommandLineGets500AndTheSessionGoesOn() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("").replace("<security><ssl",
                "<security><commandFiltering maxCommandLine=\"100\" /><ssl"));
        FTPClient c = FtpClients.login(server.port(), "anonymous", "a@b");
        try {
            assertThat(c.sendCommand("CWD", "x".repeat(200))).isEqualTo(500);
            assertThat(c.sendNoOp()).isTrue();
            assertThat(c.sendCommand("CWD", "y".repeat(5000))).isEqualTo(500);
            assertThat(c.sendNoOp()).isTrue();
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void bannerGreetingAndExitMessagesExpandVariables() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("<messages bannerMessage=\"Welcome to %SiteName%\" "
                + "greetingMessage=\"Hi %UserName%, 100%% yours\" exitMessage=\"Bye %UserName%\" expandVariables=\"true\" />"));
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
             BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
            s.setSoTimeout(5_000);
            var out = s.getOutputStream();
            assertThat(in.readLine()).isEqualTo("220-apphost-ftp FTP Service");
            assertThat(in.readLine()).isEqualTo("220 Welcome to S");
            out.write("USER anonymous\r\nPASS x@y\r\nQUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("331");
            assertThat(in.readLine()).isEqualTo("230-Hi Anonymous, 100% yours");
            assertThat(in.readLine()).isEqualTo("230 User logged in.");
            assertThat(in.readLine()).isEqualTo("221 Bye Anonymous");
        }
    }

    @Test
    void msDosListingIsTheIisDefault() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site(""));
        server.file("root/a.txt", "12345");
        server.file("root/sub/b.txt", "x");
        FTPClient c = FtpClients.login(server.port(), "anonymous", "a@b");
        try {
            String[] lines = c.listNames() == null ? new String[0] : null;
            assertThat(lines).isNull();
            var raw = new java.io.ByteArrayOutputStream();
            var dataLines = c.listFiles();
            assertThat(dataLines).extracting(f -> f.getName()).containsExactlyInAnyOrder("a.txt", "sub");
            assertThat(c.getSystemType()).isEqualTo("Windows_NT");
            assertThat(raw.size()).isZero();
        } finally {
            FtpClients.close(c);
        }
    }
}
