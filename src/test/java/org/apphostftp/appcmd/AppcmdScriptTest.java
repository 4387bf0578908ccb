package org.apphostftp.appcmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apphostftp.FreePorts;
import org.apphostftp.FtpClients;
import org.apphostftp.FtpHost;
import org.apphostftp.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A realistic appcmd script, as an IIS administrator writes one, run against a fresh configuration; then the result is
 * served and used with a real FTP client, and changed again while it runs.
 */
class AppcmdScriptTest {

    @TempDir
    Path dir;

    @Test
    void aScriptOfAppcmdLinesBuildsASiteThatServesAndChangesLive() throws Exception {
        int port = FreePorts.next();
        int secondPort = FreePorts.next();
        int low = FreePorts.next();
        int high = Math.min(low + 40, 65535);
        Path config = dir.resolve("applicationHost.config");
        Files.writeString(config, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration>\n"
                + "  <system.applicationHost>\n    <sites />\n  </system.applicationHost>\n"
                + "  <system.ftpServer>\n    <management bindingInformation=\"127.0.0.1:" + FreePorts.next() + "\" />\n"
                + "  </system.ftpServer>\n</configuration>\n");
        Files.createDirectories(dir.resolve("ftproot"));
        Files.createDirectories(dir.resolve("published"));
        Files.writeString(dir.resolve("published/readme.txt"), "hello\n");
        Users.write(dir, "alice", "pw");

        String site = "Default ftp site";
        AppcmdRun.ok(config, "add", "site", "/name:" + site, "/bindings:ftp://127.0.0.1:" + port, "/physicalpath:ftproot");
        AppcmdRun.ok(config, "set", "site", "/site.name:" + site, "/ftpServer.security.ssl.controlChannelPolicy:SslAllow");
        AppcmdRun.ok(config, "set", "site", "/site.name:" + site, "-ftpServer.security.ssl.dataChannelPolicy:SslAllow");
        AppcmdRun.ok(config, "set", "site", "/site.name:" + site,
                "/ftpServer.security.authentication.basicAuthentication.enabled:true");
        AppcmdRun.ok(config, "set", "config", site, "/section:system.ftpserver/security/authorization",
                "/+[accessType='Allow',permissions='Read,Write',roles='',users='alice']", "/commit:apphost");
        AppcmdRun.ok(config, "set", "config", "-section:system.ftpServer/firewallSupport", "/lowDataChannelPort:" + low,
                "/highDataChannelPort:" + high, "/commit:apphost");
        AppcmdRun.ok(config, "set", "config", "-section:system.applicationHost/sites",
                "/+[name='" + site + "'].bindings.[protocol='ftp',bindingInformation='127.0.0.1:" + secondPort + ":']", "/commit:apphost");
        AppcmdRun.ok(config, "add", "vdir", "/app.name:" + site + "/", "/path:/pub", "/physicalPath:published");
        AppcmdRun.ok(config, "stop", "site", site);
        AppcmdRun.ok(config, "start", "site", site);

        assertThat(AppcmdRun.ok(config, "list", "site").out()).isEqualTo("SITE \"" + site + "\" (id:1,bindings:ftp/127.0.0.1:" + port
                + ":,ftp/127.0.0.1:" + secondPort + ":,state:Unknown)\n");

        try (FtpHost host = FtpHost.start(config, Map.of())) {
            FTPClient alice = FtpClients.login(port, "alice", "pw");
            try {
                assertThat(FtpClients.store(alice, "/upload.txt", "data")).isTrue();
                assertThat(FtpClients.retrieve(alice, "/pub/readme.txt")).isEqualTo("hello\n");
                assertThat(alice.pasv()).isEqualTo(227);
                int passive = Integer.parseInt(Arrays.stream(alice.getReplyString().replaceAll(".*\\((.*)\\).*\\s*", "$1").split(","))
                        .skip(4).map(String::trim).reduce((a, b) -> String.valueOf(Integer.parseInt(a) * 256 + Integer.parseInt(b)))
                        .orElseThrow());
                assertThat(passive).isBetween(low, high);
            } finally {
                FtpClients.close(alice);
            }
            FTPClient second = FtpClients.login(secondPort, "alice", "pw");
            FTPFile[] pub = second.listFiles("/pub");
            assertThat(pub).extracting(FTPFile::getName).contains("readme.txt");
            FtpClients.close(second);

            assertThat(AppcmdRun.ok(config, "list", "site").out()).contains("state:Started");
            assertThat(AppcmdRun.ok(config, "stop", "site", site).out()).isEqualTo("\"" + site + "\" successfully stopped\n");
            await().atMost(Duration.ofSeconds(5)).until(() -> refused(port));
            assertThat(AppcmdRun.ok(config, "start", "site", site).out()).isEqualTo("\"" + site + "\" successfully started.\n");
            FtpClients.close(FtpClients.login(port, "alice", "pw"));

            int livePort = FreePorts.next();
            AppcmdRun.ok(config, "set", "site", site, "/+bindings.[protocol='ftp',bindingInformation='127.0.0.1:" + livePort + ":']");
            await().atMost(Duration.ofSeconds(5)).ignoreExceptions()
                    .untilAsserted(() -> FtpClients.close(FtpClients.login(livePort, "alice", "pw")));
        }
    }

    private static boolean refused(int port) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return false;
        } catch (ConnectException e) {
            return true;
        }
    }
}
