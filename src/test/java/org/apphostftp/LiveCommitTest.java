package org.apphostftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.configapi.ConfigurationConflictException;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationElementCollection;
import org.apphostftp.configapi.ServerManager;
import org.apphostftp.host.LiveConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.Difference;

/**
 * commitChanges through the running host's ServerManager: the file changes only where the API changed it, and the
 * server runs the change when commitChanges returns, as it would run a hand edit (SPEC 5 and 7).
 */
@Tag("alone") // 2-5 s bounds that a second test JVM on the same cores can break: run by surefire's 'alone' execution
class LiveCommitTest {

    private static final String SITES = "system.applicationHost/sites";
    private static final String AUTHORIZATION = "system.ftpServer/security/authorization";

    /** Written as a person would: comments, blank lines, unusual attribute order, sections the server ignores. */
    private static final String CONFIG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- edited by hand: keep this comment -->
            <configuration>

              <system.applicationHost>
                <sites>
                  <site id="1" name="Alpha">  <!-- the main site -->
                    <bindings><binding bindingInformation="127.0.0.1:2121:" protocol="ftp"/></bindings>
                    <application path="/"><virtualDirectory physicalPath="alpha" path="/" /></application>
                    <ftpServer>
                      <messages   bannerMessage='old banner'  exitMessage="bye" />
                      <security><ssl controlChannelPolicy="SslAllow" dataChannelPolicy="SslAllow" />
                        <authentication><anonymousAuthentication enabled="true" /><basicAuthentication enabled="true" /></authentication>
                      </security>
                    </ftpServer>
                  </site>
                  <site name="Beta" id="2">
                    <bindings><binding protocol="ftp" bindingInformation="127.0.0.1:2122:" /></bindings>
                    <application path="/"><virtualDirectory path="/" physicalPath="beta" /></application>
                    <ftpServer>
                      <security><ssl controlChannelPolicy="SslAllow" dataChannelPolicy="SslAllow" />
                        <authentication><anonymousAuthentication enabled="true" /><basicAuthentication enabled="true" /></authentication>
                      </security>
                    </ftpServer>
                  </site>
                </sites>
              </system.applicationHost>

              <system.webServer><directoryBrowse enabled="false" /></system.webServer>

              <location path="Alpha">
                <system.ftpServer><security><authorization>
                  <add accessType="Allow" users="*" permissions="Read, Write" />
                </authorization></security></system.ftpServer>
              </location>
              <location path="Beta">
                <system.ftpServer><security><authorization>
                  <add accessType="Allow" users="*" permissions="Read, Write" />
                </authorization></security></system.ftpServer>
              </location>
            </configuration>
            """;

    @TempDir
    Path dir;

    private TestServer server;
    private ServerManager manager;

    @BeforeEach
    void start() {
        Users.write(dir, "bob", "pw");
        server = TestServer.start(dir, CONFIG);
        server.file("alpha/readme.txt", "read me");
        manager = server.host().serverManager();
    }

    @AfterEach
    void stop() {
        manager.close();
        server.close();
    }

    private ConfigurationElementCollection sites() {
        return manager.getApplicationHostConfiguration().getSection(SITES).getCollection();
    }

    private ConfigurationElement site(String name) {
        return sites().find("name", name).orElseThrow();
    }

    private String text() throws IOException {
        return Files.readString(server.configFile(), StandardCharsets.UTF_8);
    }

    private static String banner(int port) {
        FTPClient c = FtpClients.connect(port);
        try {
            return c.getReplyString();
        } finally {
            FtpClients.close(c);
        }
    }

    private static boolean accepts(int port) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (ConnectException e) {
            return false;
        }
    }

    @Test
    void aCommittedBannerChangesOnlyThatAttributeAndNewConnectionsSeeIt() throws IOException {
        byte[] before = Files.readAllBytes(server.configFile());
        String original = new String(before, StandardCharsets.UTF_8);

        site("Alpha").getChildElement("ftpServer").getChildElement("messages").setAttributeValue("bannerMessage", "hello");
        manager.commitChanges();

        byte[] after = Files.readAllBytes(server.configFile());
        assertThat(after).isEqualTo(original.replace("bannerMessage='old banner'", "bannerMessage='hello'")
                .getBytes(StandardCharsets.UTF_8));
        Diff diff = DiffBuilder.compare(original).withTest(new String(after, StandardCharsets.UTF_8)).build();
        assertThat(diff.getDifferences()).extracting(Difference::toString).singleElement()
                .satisfies(d -> assertThat(d).contains("old banner").contains("hello").contains("@bannerMessage"));
        assertThat(banner(server.port(2121))).contains("hello").doesNotContain("old banner");
        assertThat(server.host().status().lastConfigError()).isEmpty();
    }

    @Test
    void aCommitIsAppliedOnceAlthoughTheWatcherSeesTheFileChangeToo() {
        LiveConfiguration live = server.live();
        long applied = live.appliedCount();
        site("Alpha").getChildElement("ftpServer").getChildElement("messages").setAttributeValue("bannerMessage", "committed");

        long checks = live.checkCount();
        manager.commitChanges();

        assertThat(live.appliedCount()).isEqualTo(applied + 1);
        // the commit's own check, then the watcher's (which may run while the commit still returns: counted from before it)
        await().atMost(Duration.ofSeconds(2)).until(() -> live.checkCount() > checks + 1);
        assertThat(live.appliedCount()).isEqualTo(applied + 1);
        assertThat(banner(server.port(2121))).contains("committed");
    }

    @Test
    void aSiteAddedThroughTheApiAcceptsConnectionsWhenCommitReturns() throws IOException {
        int port = FreePorts.next();
        Files.createDirectories(dir.resolve("gamma"));
        ConfigurationElementCollection sites = sites();
        ConfigurationElement gamma = sites.createElement();
        gamma.setAttributeValue("name", "Gamma");
        gamma.setAttributeValue("id", 3);
        sites.add(gamma);
        ConfigurationElementCollection bindings = gamma.getCollection("bindings");
        ConfigurationElement binding = bindings.createElement();
        binding.setAttributeValue("protocol", "ftp");
        binding.setAttributeValue("bindingInformation", "127.0.0.1:" + port + ":");
        bindings.add(binding);
        ConfigurationElement application = gamma.getCollection().createElement();
        application.setAttributeValue("path", "/");
        gamma.getCollection().add(application);
        ConfigurationElement root = application.getCollection().createElement();
        root.setAttributeValue("path", "/");
        root.setAttributeValue("physicalPath", "gamma");
        application.getCollection().add(root);
        gamma.getChildElement("ftpServer").getChildElement("messages").setAttributeValue("bannerMessage", "gamma here");

        manager.commitChanges();

        assertThat(banner(port)).contains("gamma here");
        assertThat(text()).contains("<!-- edited by hand: keep this comment -->").contains("<site id=\"1\" name=\"Alpha\">");
    }

    @Test
    void aSiteRemovedThroughTheApiEndsItsSessionsWhenCommitReturns() throws IOException {
        FTPClient alpha = FtpClients.login(server.port(2121), "bob", "pw");
        try (RawFtp beta = new RawFtp(server.port(2122))) {
            assertThat(beta.code()).isEqualTo(220);

            sites().remove(site("Beta"));
            manager.commitChanges();

            assertThat(beta.reply()).startsWith("421");
            assertThat(accepts(server.port(2122))).isFalse();
            assertThat(alpha.sendNoOp()).isTrue();
            assertThat(text()).doesNotContain("name=\"Beta\"").contains("<location path=\"Beta\">");
        } finally {
            FtpClients.close(alpha);
        }
    }

    @Test
    void anAuthorizationRuleReplacedThroughTheApiAppliesToAnOpenSession() throws IOException {
        FTPClient alpha = FtpClients.login(server.port(2121), "bob", "pw");
        try {
            assertThat(FtpClients.store(alpha, "first.txt", "allowed")).isTrue();
            ConfigurationElementCollection rules = manager.getApplicationHostConfiguration().getSection(AUTHORIZATION, "Alpha")
                    .getCollection();
            rules.remove(rules.find("users", "*").orElseThrow());
            ConfigurationElement readOnly = rules.createElement();
            readOnly.setAttributeValue("accessType", "Allow");
            readOnly.setAttributeValue("users", "bob");
            readOnly.setAttributeValue("permissions", "Read");
            rules.add(readOnly);

            manager.commitChanges();

            assertThat(FtpClients.store(alpha, "second.txt", "refused")).isFalse();
            assertThat(alpha.getReplyCode()).isEqualTo(550);
            assertThat(FtpClients.retrieve(alpha, "readme.txt")).isEqualTo("read me");
            assertThat(text()).contains("<add accessType=\"Allow\" users=\"bob\" permissions=\"Read\" />")
                    .doesNotContain("<location path=\"Alpha\">\n    <system.ftpServer><security><authorization>\n"
                            + "      <add accessType=\"Allow\" users=\"*\"");
        } finally {
            FtpClients.close(alpha);
        }
    }

    @Test
    void aCommitOverAConcurrentHandEditFailsAndTheHandEditStays() throws IOException {
        site("Alpha").getChildElement("ftpServer").getChildElement("messages").setAttributeValue("bannerMessage", "from the api");
        String theirs = text().replace("bannerMessage='old banner'", "bannerMessage='from an editor'");
        Files.writeString(server.configFile(), theirs, StandardCharsets.UTF_8);

        assertThatThrownBy(manager::commitChanges).isInstanceOf(ConfigurationConflictException.class)
                .hasMessageContaining("changed on disk");

        assertThat(text()).isEqualTo(theirs);
        await().atMost(Duration.ofSeconds(2)).until(() -> banner(server.port(2121)).contains("from an editor"));
    }
}
