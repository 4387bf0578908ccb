package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.ConfigSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.assertj3.XmlAssert;

/** commitChanges writes exactly the edits, checked like a load, atomically, and nothing when they are invalid. */
class CommitChangesTest {

    private static final String SITES = "system.applicationHost/sites";
    private static final String AUTHORIZATION = "system.ftpServer/security/authorization";

    @TempDir
    Path dir;

    private Path file;
    private String original;
    private ServerManager manager;

    @BeforeEach
    void open() throws IOException {
        file = Fixtures.install("configapi.config", dir);
        original = Files.readString(file);
        manager = new ServerManager(file, new InMemoryFtpServer().providers(), ConfigSchema.standard(), Map.of());
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private ConfigurationElement site(String name) {
        return manager.getApplicationHostConfiguration().getSection(SITES).getCollection().find("name", name).orElseThrow();
    }

    private String text() throws IOException {
        return Files.readString(file);
    }

    @Test
    void anAttributeChangeRewritesOnlyItsValue() throws IOException {
        site("Default FTP Site").getChildElement("ftpServer").getChildElement("connections")
                .setAttributeValue("controlChannelTimeout", 300);

        manager.commitChanges();

        String expected = original.replace("<connections controlChannelTimeout=\"45\" />",
                "<connections controlChannelTimeout=\"300\" />");
        assertThat(expected).isNotEqualTo(original);
        assertThat(text()).isEqualTo(expected);
    }

    @Test
    void settingAnAttributeOfAnElementNotWrittenYetWritesTheElementAndItsParents() throws IOException {
        site("beta").getChildElement("ftpServer").getChildElement("messages").setAttributeValue("greetingMessage", "hi there");

        manager.commitChanges();

        String text = text();
        int beta = text.indexOf("<site name=\"beta\"");
        String betaSite = text.substring(beta, text.indexOf("</site>", beta) + 7);
        XmlAssert.assertThat(betaSite).and("""
                <site name="beta" id="2" applicationPool="DefaultAppPool">
                  <bindings><binding protocol="ftp" bindingInformation="127.0.0.1:2122:" /></bindings>
                  <application path="/"><virtualDirectory path="/" physicalPath="beta" /></application>
                  <logFile directory="D:\\logs" />
                  <ftpServer><messages greetingMessage="hi there" /></ftpServer>
                </site>""").ignoreWhitespace().areIdentical();
        assertThat(text.substring(0, beta)).isEqualTo(original.substring(0, beta));
        try (ServerManager reread = new ServerManager(file)) {
            assertThat(reread.getApplicationHostConfiguration().getSection(SITES).getCollection().find("name", "beta")
                    .orElseThrow().getChildElement("ftpServer").getChildElement("messages").getAttributeValue("greetingMessage"))
                    .isEqualTo("hi there");
        }
    }

    @Test
    void aSectionAtALocationThatIsNotWrittenYetGetsItsLocationElement() throws IOException {
        ConfigurationElementCollection rules = manager.getApplicationHostConfiguration().getSection(AUTHORIZATION, "beta")
                .getCollection();
        ConfigurationElement rule = rules.createElement();
        rule.setAttributeValue("accessType", "Deny");
        rule.setAttributeValue("users", "mallory");
        rule.setAttributeValue("permissions", "Write");
        rules.add(rule);

        manager.commitChanges();

        String text = text();
        String location = text.substring(text.indexOf("<location path=\"beta\">"), text.lastIndexOf("</location>") + 11);
        XmlAssert.assertThat(location).and("""
                <location path="beta">
                  <system.ftpServer><security><authorization>
                    <add accessType="Deny" users="mallory" permissions="Write" />
                  </authorization></security></system.ftpServer>
                </location>""").ignoreWhitespace().areIdentical();
        assertThat(text).startsWith(original.substring(0, original.lastIndexOf("</configuration>")));
    }

    @Test
    void aCommitThatWouldMakeTheFileInvalidIsRefusedAndWritesNothing() throws IOException {
        ConfigurationElement beta = site("beta");
        beta.getCollection("bindings").get(0).setAttributeValue("bindingInformation", "127.0.0.1:2121:");
        beta.getChildElement("ftpServer").getChildElement("connections").setAttributeValue("maxConnections", 10);

        assertThatThrownBy(manager::commitChanges).isInstanceOfSatisfying(ConfigurationValidationException.class, e -> {
            assertThat(e.getProblems()).extracting(Problem::toString)
                    .anySatisfy(p -> assertThat(p).matches(".*applicationHost.config:\\d+:\\d+: .*127.0.0.1:2121.*"));
            assertThat(e.getMessage()).startsWith("the changes were not saved");
        });
        assertThat(text()).isEqualTo(original);
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("applicationHost.config", "ftproot", "beta");
    }

    @Test
    void elementsStayUsableAfterACommitAndASecondCommitAddsToTheFirst() throws IOException {
        ConfigurationElement connections = site("Default FTP Site").getChildElement("ftpServer").getChildElement("connections");
        connections.setAttributeValue("controlChannelTimeout", 300);
        manager.commitChanges();

        connections.setAttributeValue("dataChannelTimeout", "60");
        manager.commitChanges();

        assertThat(text()).contains("<connections controlChannelTimeout=\"300\" dataChannelTimeout=\"60\" />");
        assertThat(manager.getApplicationHostConfiguration().hasChanges()).isFalse();
    }

    @Test
    void aFileChangedOnDiskSinceItWasReadIsNotOverwritten() throws IOException {
        site("beta").setAttributeValue("serverAutoStart", false);
        String theirs = original.replace("welcome", "changed by someone else");
        Files.writeString(file, theirs, StandardCharsets.UTF_8);

        assertThatThrownBy(manager::commitChanges).isInstanceOf(ConfigurationConflictException.class)
                .hasMessageContaining("changed on disk");
        assertThat(text()).isEqualTo(theirs);
    }

    @Test
    void aSectionGroupThatIsNotWrittenYetGoesBeforeTheLocations() throws IOException {
        Path other = Fixtures.install("minimal-anonymous.config", Files.createDirectories(dir.resolve("other")));
        try (ServerManager minimal = new ServerManager(other, RuntimeProviders.none(), ConfigSchema.standard(), Map.of())) {
            ConfigurationSection firewall = minimal.getApplicationHostConfiguration().getSection("system.ftpServer/firewallSupport");
            firewall.setAttributeValue("lowDataChannelPort", 5000);
            firewall.setAttributeValue("highDataChannelPort", 5100);
            minimal.commitChanges();
        }

        String text = Files.readString(other);
        assertThat(text).contains("  </system.applicationHost>\n"
                + "  <system.ftpServer>\n"
                + "    <firewallSupport lowDataChannelPort=\"5000\" highDataChannelPort=\"5100\" />\n"
                + "  </system.ftpServer>\n"
                + "  <location path=\"Public FTP\">");
    }

    @Test
    void nothingToCommitLeavesTheFileAlone() throws IOException {
        site("beta").getChildElement("ftpServer").getAttributeValue("state");

        manager.commitChanges();

        assertThat(text()).isEqualTo(original);
    }

    @Test
    void theTypedViewIncludesUncommittedChanges() {
        site("beta").getChildElement("ftpServer").getChildElement("userIsolation").setAttributeValue("mode", "IsolateAllDirectories");

        var typed = manager.getApplicationHostConfiguration().getTypedView();

        assertThat(typed.systemApplicationHost.sites.sites.get(1).ftpServer.userIsolation.mode.iisName())
                .isEqualTo("IsolateAllDirectories");
    }
}
