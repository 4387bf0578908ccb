package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No FTP bounce: PORT and EPRT must name the client's own address, and no privileged port. */
class DataChannelSecurityTest {

    @TempDir
    Path dir;

    private TestServer server;
    private FTPClient client;

    @BeforeEach
    void start() {
        server = TestServer.start(dir, SiteConfigs.site(""));
        server.file("root/a.txt", "active");
        client = FtpClients.login(server.port(), "anonymous", "a@b");
    }

    @AfterEach
    void stop() {
        FtpClients.close(client);
        server.close();
    }

    @Test
    void portToAnotherHostGets501AtThePortCommand() throws IOException {
        assertThat(client.sendCommand("PORT", "10,1,2,3,200,10")).isEqualTo(501);
        assertThat(client.sendCommand("EPRT", "|1|10.1.2.3|51210|")).isEqualTo(501);
    }

    @Test
    void portToAPrivilegedPortGets501() throws IOException {
        assertThat(client.sendCommand("PORT", "127,0,0,1,0,25")).isEqualTo(501);
    }

    @Test
    void activeModeToTheClientItselfWorks() throws IOException {
        client.enterLocalActiveMode();
        assertThat(FtpClients.retrieve(client, "a.txt")).isEqualTo("active");
    }

    @Test
    void eprtWithAHostNameIsRefusedWithoutAnyLookup() throws IOException {
        assertThat(client.sendCommand("EPRT", "|1|localhost|51210|")).isEqualTo(501);
    }
}
