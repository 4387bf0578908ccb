package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.management.UnixOperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients that try to keep a site or the process busy: slowloris before login, many connections from one address, descriptor floods. */
class HostileConnectionsTest {

    @TempDir
    Path dir;

    private TestServer server;
    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService trickler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() throws IOException {
        trickler.shutdownNow();
        for (Socket s : sockets) {
            s.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aTrickleOfBytesWithoutALineEndDoesNotExtendTheLoginTimeout() throws Exception {
        server = TestServer.start(dir, SiteConfigs.site("<connections maxConnections=\"1\" unauthenticatedTimeout=\"2\" />"));
        Socket slow = open(server.port());
        BufferedReader in = reader(slow);
        assertThat(in.readLine()).startsWith("220");
        long start = System.nanoTime();
        trickler.scheduleAtFixedRate(() -> {
            try {
                slow.getOutputStream().write('U'); // one byte at a time, never a line end: the idle timer would restart
            } catch (IOException closed) {
                // the server has closed the connection: what this test waits for
            }
        }, 0, 200, TimeUnit.MILLISECONDS);

        assertThat(in.readLine()).isEqualTo("421 Login timeout (2 seconds): closing control connection.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            FtpClients.close(FtpClients.login(server.port(), "anonymous", "a@b")); // the one slot is free again
        });
    }

    @Test
    void connectionsOverTheLimitPerClientAddressGet421AndAClosedOneFreesItsPlace() throws Exception {
        server = TestServer.start(dir, SiteConfigs.site("",
                "<system.ftpServer><serverRuntime><connectionLimits maxConnectionsPerClient=\"2\" /></serverRuntime></system.ftpServer>"));
        Socket first = open(server.port());
        Socket second = open(server.port());
        assertThat(reader(first).readLine()).startsWith("220");
        assertThat(reader(second).readLine()).startsWith("220");

        Socket third = open(server.port());
        BufferedReader thirdIn = reader(third);
        assertThat(thirdIn.readLine()).isEqualTo("421 Too many connections from your address (2); try again later.");
        assertThat(thirdIn.readLine()).isNull();
        await().atMost(Duration.ofSeconds(2)).until(() -> server.runtime().registry().size() == 2); // the refused one left

        first.close();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            FTPClient again = FtpClients.connect(server.port());
            try {
                assertThat(again.getReplyCode()).isEqualTo(220);
            } finally {
                FtpClients.close(again);
            }
        });
    }

    @Test
    void newConnectionsGet421WhenOnlyTheReservedDescriptorsAreLeft() throws Exception {
        server = TestServer.start(dir, SiteConfigs.site(""));
        UnixOperatingSystemMXBean os = (UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long free = os.getMaxFileDescriptorCount() - os.getOpenFileDescriptorCount();
        long reserve = free - 40; // a few connections fit, then only the reserve is left (each costs two descriptors here)
        server.save(SiteConfigs.site("", "<system.ftpServer><serverRuntime><connectionLimits reservedFileDescriptors=\""
                + reserve + "\" /></serverRuntime></system.ftpServer>"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> server.runtime().config().global().limits().reservedFileDescriptors() == reserve);

        String refused = null;
        int admitted = 0;
        for (int i = 0; i < 60 && refused == null; i++) {
            Socket s = open(server.port());
            String line = reader(s).readLine();
            if (line.startsWith("421")) {
                refused = line;
            } else {
                admitted++;
            }
        }
        assertThat(admitted).isPositive();
        assertThat(refused).isEqualTo("421 Too many connections: the server is at its limit of open files; try again later.");

        for (Socket s : sockets) {
            s.close();
        }
        sockets.clear();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            FTPClient again = FtpClients.connect(server.port());
            try {
                assertThat(again.getReplyCode()).isEqualTo(220);
            } finally {
                FtpClients.close(again);
            }
        });
    }

    @Test
    void aSiteWhosePortIsTakenIsStoppedWith10048AndTheOthersServe() throws Exception {
        java.util.Map<Integer, Integer> ports = new java.util.HashMap<>();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ports.put(2122, taken.getLocalPort());
            org.apphostftp.Users.write(dir, "bob", "pw");
            Path config = org.apphostftp.config.Fixtures.installText(TestServer.withFreePorts(org.apphostftp.TwoSites.CONFIG, ports), dir);
            Files.createDirectories(dir.resolve("alpha"));
            Files.createDirectories(dir.resolve("beta"));
            try (org.apphostftp.FtpHost host = org.apphostftp.FtpHost.start(config)) {
                var sites = host.serverManager().getApplicationHostConfiguration().getSection("system.applicationHost/sites").getCollection();
                var alpha = sites.find("name", "Alpha").orElseThrow().getChildElement("ftpServer");
                var beta = sites.find("name", "Beta").orElseThrow().getChildElement("ftpServer");
                assertThat(String.valueOf(alpha.getAttributeValue("state"))).isEqualToIgnoringCase("Started");
                assertThat(String.valueOf(beta.getAttributeValue("state"))).isEqualToIgnoringCase("Stopped");
                assertThat(((Number) beta.getAttributeValue("lastStartupStatus")).longValue()).isEqualTo(10048);
                FtpClients.close(FtpClients.login(ports.get(2121), "bob", "pw")); // Alpha serves
            }
        }
    }

    private Socket open(int port) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout(10_000);
        sockets.add(s);
        return s;
    }

    private static BufferedReader reader(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
    }
}
