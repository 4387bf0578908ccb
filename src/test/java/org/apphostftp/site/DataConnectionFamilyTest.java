package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data connection is of its control connection's address family (RFC 2428): PASV and PORT only name IPv4 addresses,
 * so on IPv6 they are refused with 522 pointing to EPSV/EPRT, and EPRT's protocol must match its address and the
 * control connection.
 */
class DataConnectionFamilyTest {

    @TempDir
    Path dir;

    private TestServer server;
    private FTPClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            FtpClients.close(client);
        }
        server.close();
    }

    private FTPClient loginOn(String address, String binding) throws IOException {
        server = TestServer.start(dir, SiteConfigs.site("").replace("127.0.0.1:2121:", binding));
        server.file("root/six.txt", "six");
        client = new FTPClient();
        client.setConnectTimeout(5_000);
        client.setDefaultTimeout(10_000);
        client.connect(address, server.port());
        assertThat(client.login("anonymous", "a@b")).isTrue();
        return client;
    }

    @Test
    void pasvOnAnIpv6ControlConnectionGets522PointingToEpsv() throws IOException {
        FTPClient c = loginOn("::1", "[::1]:2121:");

        assertThat(c.sendCommand("PASV")).isEqualTo(522);
        assertThat(c.getReplyString()).contains("EPSV");
        c.enterLocalPassiveMode(); // Commons Net uses EPSV on IPv6
        assertThat(FtpClients.retrieve(c, "six.txt")).isEqualTo("six");
    }

    @Test
    void eprtWhoseProtocolDoesNotMatchItsAddressGets501() throws IOException {
        FTPClient c = loginOn("::1", "[::1]:2121:");

        assertThat(c.sendCommand("EPRT", "|1|::1|50000|")).isEqualTo(501);
        assertThat(c.sendCommand("EPRT", "|2|127.0.0.1|50000|")).isEqualTo(501);
    }

    @Test
    void anIpv4DataAddressOnAnIpv6ControlConnectionGets522() throws IOException {
        FTPClient c = loginOn("::1", "[::1]:2121:");

        assertThat(c.sendCommand("EPRT", "|1|127.0.0.1|50000|")).isEqualTo(522);
        assertThat(c.getReplyString()).contains("use (2)");
        assertThat(c.sendCommand("PORT", "127,0,0,1,195,80")).isEqualTo(522);
        c.enterLocalActiveMode(); // EPRT |2|::1|...
        assertThat(FtpClients.retrieve(c, "six.txt")).isEqualTo("six");
    }

    @Test
    void anIpv6DataAddressOnAnIpv4ControlConnectionGets522() throws IOException {
        FTPClient c = loginOn("127.0.0.1", "127.0.0.1:2121:");

        assertThat(c.sendCommand("EPRT", "|2|::1|50000|")).isEqualTo(522);
        assertThat(c.getReplyString()).contains("use (1)");
        assertThat(c.sendCommand("PASV")).isEqualTo(227);
    }
}
