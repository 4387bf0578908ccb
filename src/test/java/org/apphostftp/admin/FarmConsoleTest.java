package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.apphostftp.FreePorts;
import org.apphostftp.FtpHost;
import org.apphostftp.NodeOverrides;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The console of one node of a two-node farm (both in this JVM, on 127.0.0.2 and 127.0.0.3, one shared file) in
 * headless Chromium: the sessions of both nodes with their node, the filter by node, the nodes in the status panel,
 * and Disconnect of a session the other node holds.
 */
class FarmConsoleTest {

    private static final String SECRET = "console-farm-secret-0123456789";

    @TempDir
    static Path dir;

    private static HeadlessChromium chromium;
    private static FtpHost ftp2;
    private static FtpHost ftp3;
    private static int ftpPort;
    private static ChromeDriver browser;

    @BeforeAll
    static void startTwoNodesAndABrowser() throws IOException {
        ftpPort = freeOnBothAddresses();
        Files.createDirectories(dir.resolve("ftproot"));
        Path config = dir.resolve("applicationHost.config");
        Files.writeString(config, """
                <configuration>
                  <system.applicationHost><sites>
                    <site name="Farm Site" id="1">
                      <bindings><binding protocol="ftp" bindingInformation="*:%d:" /></bindings>
                      <application path="/"><virtualDirectory path="/" physicalPath="ftproot" /></application>
                      <ftpServer><security><ssl controlChannelPolicy="SslAllow" dataChannelPolicy="SslAllow" /><authentication><anonymousAuthentication enabled="true" /></authentication></security></ftpServer>
                    </site>
                  </sites></system.applicationHost>
                  <system.ftpServer>
                    <management bindingInformation="127.0.0.1:%d" />
                    <farm enabled="true" name="console" port="%d" members="127.0.0.2,127.0.0.3" secret="%s" />
                  </system.ftpServer>
                  <location path="Farm Site"><system.ftpServer><security><authorization>
                    <add accessType="Allow" users="*" permissions="Read" />
                  </authorization></security></system.ftpServer></location>
                </configuration>
                """.formatted(ftpPort, FreePorts.next(), freeOnBothAddresses(), SECRET));
        ftp2 = node(config, "ftp2", "127.0.0.2");
        ftp3 = node(config, "ftp3", "127.0.0.3");
        chromium = new HeadlessChromium();
        browser = chromium.driver();
        browser.get("http://127.0.0.2:" + ftp2.adminAddress().orElseThrow().getPort() + "/");
        browser.findElement(By.id("token")).sendKeys(Files.readString(dir.resolve("management.token")).trim());
        browser.findElement(By.id("sign-in")).click();
        // both nodes in the status panel of ftp2: the farm has formed
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> nodeRows().stream().map(r -> r.get(1)).toList()
                .containsAll(List.of("ftp2", "ftp3")));
    }

    /** Node NAME on ADDRESS; again on another admin port when a busy machine took the free one first. */
    private static FtpHost node(Path config, String name, String address) {
        for (int attempt = 1; ; attempt++) {
            FtpHost host = FtpHost.start(FtpHost.load(config, Map.of()),
                    new NodeOverrides(Optional.of(name), Optional.of(address), Optional.of(address + ":" + freeOn(address))));
            if (host.adminAddress().isPresent() || attempt == 3) {
                return host;
            }
            host.close();
        }
    }

    /** A port free on 127.0.0.2 and 127.0.0.3 (FreePorts asks 127.0.0.1 only; client sockets of others may hold it there). */
    private static int freeOnBothAddresses() {
        for (int attempt = 0; ; attempt++) {
            int port = FreePorts.next();
            if (free("127.0.0.2", port) && free("127.0.0.3", port) || attempt == 20) {
                return port;
            }
        }
    }

    private static int freeOn(String address) {
        for (int attempt = 0; ; attempt++) {
            int port = FreePorts.next();
            if (free(address, port) || attempt == 20) {
                return port;
            }
        }
    }

    private static boolean free(String address, int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(address))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @AfterAll
    static void stopEverything() {
        if (chromium != null) {
            chromium.close();
        }
        for (FtpHost host : new FtpHost[] {ftp3, ftp2}) {
            if (host != null) {
                host.close();
            }
        }
    }

    @AfterEach
    void clearFilter() {
        browser.findElement(By.id("filter-node")).clear();
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(String table) {
        return (List<List<String>>) browser.executeScript("return Array.from(document.querySelectorAll('#' + arguments[0]"
                + " + ' tbody tr')).map(tr => [tr.dataset.key].concat(Array.from(tr.cells).map(td => td.textContent)))", table);
    }

    private static List<List<String>> nodeRows() {
        return rows("nodes");
    }

    /** The node column (index 12 with the key first) of every session row shown. */
    private static List<String> shownNodes() {
        return rows("sessions").stream().map(r -> r.get(12)).sorted().toList();
    }

    private static FTPClient anonymousOn(String address) throws IOException {
        FTPClient client = new FTPClient();
        client.setDefaultTimeout(10_000);
        client.connect(address, ftpPort);
        assertThat(client.login("anonymous", "console@test")).as(client.getReplyString()).isTrue();
        return client;
    }

    @Test
    void theStatusPanelListsEveryNodeWithItsStateAndLastReload() {
        assertThat(browser.findElement(By.id("nodes")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("farm-name")).getText()).isEqualTo("console (this node: ftp2)");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(nodeRows()).allSatisfy(r -> {
            assertThat(r.get(3)).isEqualTo("Up");
            assertThat(r.get(4)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(r.get(5)).isEqualTo("none");
        }));
        assertThat(nodeRows().stream().map(r -> r.get(2)).toList()).anyMatch(a -> a.startsWith("127.0.0.3:"));
    }

    @Test
    void sessionsOfBothNodesShowTheirNodeAndTheNodeFilterNarrowsThem() throws IOException {
        FTPClient on2 = anonymousOn("127.0.0.2");
        FTPClient on3 = anonymousOn("127.0.0.3");
        try {
            assertThat(browser.findElement(By.cssSelector("#sessions th[data-key=serverName]")).isDisplayed()).isTrue();
            await().atMost(Duration.ofSeconds(5)).until(() -> shownNodes().equals(List.of("ftp2", "ftp3")));

            browser.findElement(By.id("filter-node")).sendKeys("ftp3");

            await().atMost(Duration.ofSeconds(5)).until(() -> shownNodes().equals(List.of("ftp3")));
            assertThat(browser.findElement(By.id("session-count")).getText()).isEqualTo("(1 shown of 2)");
        } finally {
            on2.disconnect();
            on3.disconnect();
        }
    }

    @Test
    void disconnectInTheConsoleOfOneNodeEndsASessionTheOtherNodeHolds() throws IOException {
        FTPClient on3 = anonymousOn("127.0.0.3");
        try {
            browser.findElement(By.id("filter-node")).sendKeys("ftp3");
            await().atMost(Duration.ofSeconds(5)).until(() -> shownNodes().equals(List.of("ftp3")));

            browser.findElement(By.cssSelector("#sessions tbody tr button")).click();
            assertThat(browser.switchTo().alert().getText()).contains("node ftp3");
            browser.switchTo().alert().accept();

            // the console sends the DELETE after the confirmation: once the row is gone the 421 waits for the client
            await().atMost(Duration.ofSeconds(5)).until(() -> rows("sessions").isEmpty());
            assertThatThrownBy(on3::noop).isInstanceOf(FTPConnectionClosedException.class).hasMessageContaining("421");
        } finally {
            if (on3.isConnected()) {
                on3.disconnect();
            }
        }
    }
}
