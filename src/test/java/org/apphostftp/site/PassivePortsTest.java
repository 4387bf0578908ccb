package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passive range of system.ftpServer/firewallSupport when other programs use some of its ports. */
class PassivePortsTest {

    @TempDir
    Path dir;

    /** A port whose successor is free too, so that the pair can be a range. */
    private static int firstOfTwoFreePorts() throws IOException {
        while (true) {
            int low;
            try (ServerSocket first = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                low = first.getLocalPort();
            }
            if (low < 65535) {
                try (ServerSocket second = new ServerSocket(low + 1, 1, InetAddress.getLoopbackAddress())) {
                    return low;
                } catch (IOException taken) {
                    // try another pair
                }
            }
        }
    }

    @Test
    void aPortOfTheRangeTakenByAnotherProgramIsSkipped() throws IOException {
        int low = firstOfTwoFreePorts();
        String range = "<system.ftpServer><firewallSupport lowDataChannelPort=\"" + low + "\" highDataChannelPort=\"" + (low + 1)
                + "\" /></system.ftpServer>";
        try (ServerSocket squatter = new ServerSocket(low, 1, InetAddress.getLoopbackAddress());
             TestServer server = TestServer.start(dir, SiteConfigs.site("", range))) {
            server.file("root/a.txt", "a");
            FTPClient c = FtpClients.login(server.port(), "anonymous", "x");
            try {
                assertThat(c.listNames()).containsExactly("a.txt");
                assertThat(c.getPassivePort()).isEqualTo(low + 1);
            } finally {
                FtpClients.close(c);
            }
        }
    }
}
