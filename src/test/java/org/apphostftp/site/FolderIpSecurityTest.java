package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ipSecurity in a folder's {@code <location>} applies to that folder: a refused client can neither read, list nor write there. */
class FolderIpSecurityTest {

    @TempDir
    Path dir;

    private TestServer server;
    private FTPClient client;

    @AfterEach
    void stop() {
        FtpClients.close(client);
        server.close();
    }

    private void start(String ipSecurity) {
        server = TestServer.start(dir, SiteConfigs.site("", "<location path=\"S/ipdir\"><system.ftpServer><security>" + ipSecurity
                + "</security></system.ftpServer></location>"));
        server.file("root/a.txt", "site");
        server.file("root/ipdir/b.txt", "folder");
        client = FtpClients.login(server.port(), "anonymous", "a@b");
    }

    @Test
    void aFolderWhoseIpSecurityRefusesTheClientIsClosedToIt() throws IOException {
        start("<ipSecurity allowUnlisted=\"false\" />");

        assertThat(client.retrieveFile("ipdir/b.txt", OutputStream.nullOutputStream())).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(550);
        assertThat(client.listFiles("ipdir")).isEmpty();
        assertThat(FtpClients.store(client, "ipdir/new.txt", "x")).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(550);
        assertThat(client.changeWorkingDirectory("ipdir")).isFalse();
        assertThat(dir.resolve("root/ipdir/new.txt")).doesNotExist();
        assertThat(FtpClients.retrieve(client, "a.txt")).isEqualTo("site");
    }

    @Test
    void aFolderWhoseIpSecurityListsTheClientStaysOpen() throws IOException {
        start("<ipSecurity allowUnlisted=\"false\"><add ipAddress=\"127.0.0.1\" allowed=\"true\" /></ipSecurity>");

        assertThat(FtpClients.retrieve(client, "ipdir/b.txt")).isEqualTo("folder");
    }
}
