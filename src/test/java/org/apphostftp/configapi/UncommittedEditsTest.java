package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.effective.ShowFlag;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.xml.Edit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** setAttributeValue checks values with the schema, is visible at once, and becomes the smallest set of edits. */
class UncommittedEditsTest {

    private static final String SITES = "system.applicationHost/sites";

    @TempDir
    Path dir;

    private ServerManager manager;
    private Configuration config;

    @BeforeEach
    void open() {
        manager = new ServerManager(Fixtures.install("configapi.config", dir), new InMemoryFtpServer().providers(), ConfigSchema.standard(), Map.of());
        config = manager.getApplicationHostConfiguration();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private ConfigurationElement ftpServer(String site) {
        return config.getSection(SITES).getCollection().find("name", site).orElseThrow().getChildElement("ftpServer");
    }

    @Test
    void aReadAfterASetReturnsTheNewValueThroughAnyHandle() {
        ftpServer("beta").getChildElement("connections").setAttributeValue("controlChannelTimeout", "300");

        ConfigurationAttribute again = ftpServer("beta").getChildElement("connections").getAttribute("controlChannelTimeout");
        assertThat(again.getValue()).isEqualTo(300);
        assertThat(again.isInheritedFromDefaultValue()).isFalse();
        assertThat(config.hasChanges()).isTrue();
    }

    @Test
    void typedValuesAndTextAreWrittenInTheirCanonicalForm() {
        ConfigurationElement ftp = ftpServer("Default FTP Site");
        ftp.getChildElement("security").getChildElement("ssl").setAttributeValue("controlChannelPolicy", "sslrequire");
        ftp.getChildElement("security").getChildElement("ssl").setAttributeValue("dataChannelPolicy", 2);
        ftp.getChildElement("directoryBrowse").setAttributeValue("showFlags", List.of(ShowFlag.STYLE_UNIX, ShowFlag.USE_GMT_TIME));
        ftp.getChildElement("connections").setAttributeValue("resetOnMaxConnections", true);
        ftp.getChildElement("connections").setAttributeValue("maxConnections", 10L);

        assertThat(config.edits()).filteredOn(Edit.SetAttribute.class::isInstance).map(Edit.SetAttribute.class::cast)
                .extracting(Edit.SetAttribute::name, Edit.SetAttribute::value).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("controlChannelPolicy", "SslRequire"),
                        org.assertj.core.groups.Tuple.tuple("dataChannelPolicy", "SslDeny"),
                        org.assertj.core.groups.Tuple.tuple("resetOnMaxConnections", "true"),
                        org.assertj.core.groups.Tuple.tuple("maxConnections", "10"));
        assertThat(ftp.getChildElement("directoryBrowse").getAttributeValue("showFlags")).isEqualTo("StyleUnix, UseGmtTime");
    }

    @Test
    void aTimeSpanTakesADuration() {
        ConfigurationElement deny = config.getSection("system.ftpServer/security/authentication").getChildElement("denyByFailure");

        deny.setAttributeValue("entryExpiration", Duration.ofMinutes(2));

        assertThat(deny.getAttributeValue("entryExpiration")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aValueThatDoesNotFitIsRefusedNamingTheAttributeAndTheType() {
        ConfigurationElement connections = ftpServer("beta").getChildElement("connections");

        assertThatThrownBy(() -> connections.setAttributeValue("controlChannelTimeout", "abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute 'controlChannelTimeout' of <connections> /system.applicationHost/sites/site[@name='beta']"
                        + "/ftpServer/connections must be an integer, got 'abc'");
        assertThatThrownBy(() -> connections.setAttributeValue("controlChannelTimeout", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is of type int (an Integer or Long, or its text), got Boolean true");
        assertThatThrownBy(() -> config.getSection("system.ftpServer/caching").getChildElement("credentialsCache")
                .setAttributeValue("flushInterval", 1))
                .hasMessageContaining("attribute 'flushInterval'").hasMessageContaining("must be between 5 and 604800, got 1");
        assertThat(config.hasChanges()).isFalse();
    }

    @Test
    void settingAnAttributeOfElementsNotWrittenYetIsOneAdditionWithItsNewChildren() {
        ConfigurationElement messages = ftpServer("beta").getChildElement("messages");
        messages.setAttributeValue("greetingMessage", "hello");
        messages.setAttributeValue("exitMessage", "bye");

        assertThat(config.edits()).singleElement().isInstanceOfSatisfying(Edit.AddElement.class, add -> {
            assertThat(add.parent().name()).isEqualTo("site");
            assertThat(add.parent().value("name")).isEqualTo("beta");
            assertThat(add.name()).isEqualTo("ftpServer");
            assertThat(add.attributes()).isEmpty();
            assertThat(add.children()).containsExactly(new Edit.NewElement("messages",
                    List.of(Map.entry("greetingMessage", "hello"), Map.entry("exitMessage", "bye")), List.of()));
        });
        assertThat(messages.getAttributeValue("bannerMessage")).isEqualTo("welcome");
    }

    @Test
    void aSectionAtALocationThatIsNotWrittenYetIsOneLocationElement() {
        config.getSection("system.ftpServer/security/requestFiltering", "beta/private").getChildElement("requestLimits")
                .setAttributeValue("maxAllowedContentLength", 1024L);

        assertThat(config.edits()).singleElement().isInstanceOfSatisfying(Edit.AddElement.class, add -> {
            assertThat(add.parent().name()).isEqualTo("configuration");
            assertThat(add.name()).isEqualTo("location");
            assertThat(add.attributes()).containsExactly(Map.entry("path", "beta/private"));
            assertThat(add.children()).containsExactly(new Edit.NewElement("system.ftpServer", List.of(), List.of(
                    new Edit.NewElement("security", List.of(), List.of(
                            new Edit.NewElement("requestFiltering", List.of(), List.of(
                                    new Edit.NewElement("requestLimits", List.of(Map.entry("maxAllowedContentLength", "1024")),
                                            List.of()))))))));
        });
    }

    @Test
    void aSectionAtAnExistingLocationIsWrittenInsideIt() {
        config.getSection("system.ftpServer/security/ipSecurity", "Default FTP Site").setAttributeValue("allowUnlisted", false);

        assertThat(config.edits()).singleElement().isInstanceOfSatisfying(Edit.AddElement.class, add -> {
            assertThat(add.parent().name()).isEqualTo("security");
            assertThat(add.parent().parent().parent().value("path")).isEqualTo("Default FTP Site");
            assertThat(add.name()).isEqualTo("ipSecurity");
        });
    }

    @Test
    void deletingAnAttributeRevertsToTheInheritedValue() {
        ConfigurationElement connections = ftpServer("Default FTP Site").getChildElement("connections");

        connections.deleteAttribute("controlChannelTimeout");

        assertThat(connections.getAttribute("controlChannelTimeout").isInheritedFromDefaultValue()).isTrue();
        assertThat(connections.getAttributeValue("controlChannelTimeout")).isEqualTo(120);
        assertThat(config.edits()).singleElement().isInstanceOfSatisfying(Edit.RemoveAttribute.class,
                r -> assertThat(r.name()).isEqualTo("controlChannelTimeout"));
    }

    @Test
    void anItemInheritedFromTheServerLevelCannotBeChangedAtASite() {
        ConfigurationElement admin = config.getSection("system.ftpServer/security/authorization", "beta").getCollection()
                .find("users", "admin").orElseThrow();

        assertThatThrownBy(() -> admin.setAttributeValue("permissions", "Read"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is inherited from a less specific level");
        assertThat(config.hasChanges()).isFalse();
    }

    @Test
    void anAttributeTheSchemaDoesNotKnowCanBeSetWhereIisKeepsThem() {
        ConfigurationElement beta = config.getSection(SITES).getCollection().find("name", "beta").orElseThrow();

        beta.setAttributeValue("applicationPool", "FtpPool");

        assertThat(beta.getAttributeValue("applicationPool")).isEqualTo("FtpPool");
        assertThatThrownBy(() -> ftpServer("beta").setAttributeValue("colour", "red"))
                .isInstanceOf(ConfigurationNotFoundException.class).hasMessageStartingWith("<ftpServer> has no attribute 'colour'");
    }
}
