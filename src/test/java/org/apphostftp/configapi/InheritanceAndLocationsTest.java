package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.schema.ConfigSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values as the server applies them: schema default, then siteDefaults, then the site; locations merge levels. */
class InheritanceAndLocationsTest {

    private static final String SITES = "system.applicationHost/sites";
    private static final String AUTHORIZATION = "system.ftpServer/security/authorization";

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
    void aValueFromSiteDefaultsIsVisibleOnTheSiteAndIsNotTheSchemaDefault() {
        ConfigurationAttribute timeout = ftpServer("beta").getChildElement("connections").getAttribute("unauthenticatedTimeout");

        assertThat(timeout.getValue()).isEqualTo(20);
        assertThat(timeout.isInheritedFromDefaultValue()).isFalse();
        assertThat(timeout.getDefaultValue()).isEqualTo(30);
    }

    @Test
    void anAttributeWrittenNowhereIsInheritedFromTheSchemaDefault() {
        ConfigurationAttribute timeout = ftpServer("beta").getChildElement("connections").getAttribute("dataChannelTimeout");

        assertThat(timeout.getValue()).isEqualTo(30);
        assertThat(timeout.isInheritedFromDefaultValue()).isTrue();
        assertThat(timeout.getSchema().type().schemaName()).isEqualTo("int");
    }

    @Test
    void aSitesOwnValueAndSiteDefaultsValuesCombine() {
        ConfigurationElement connections = ftpServer("Default FTP Site").getChildElement("connections");

        assertThat(connections.getAttributeValue("controlChannelTimeout")).isEqualTo(45);
        assertThat(connections.getAttributeValue("unauthenticatedTimeout")).isEqualTo(20);
        assertThat(ftpServer("beta").getChildElement("connections").getAttributeValue("controlChannelTimeout")).isEqualTo(120);
    }

    @Test
    void valuesHaveTheTypesOfTheirSchema() {
        ConfigurationElement ftp = ftpServer("Default FTP Site");

        assertThat(ftp.getChildElement("security").getChildElement("ssl").getAttributeValue("controlChannelPolicy")).isEqualTo("SslAllow");
        assertThat(ftp.getChildElement("directoryBrowse").getAttributeValue("showFlags")).isEqualTo("LongDate, StyleUnix");
        assertThat(ftp.getChildElement("connections").getAttributeValue("maxConnections")).isEqualTo(4294967295L);
        assertThat(ftp.getChildElement("fileHandling").getAttributeValue("keepPartialUploads")).isEqualTo(false);
        assertThat(config.getSection("system.ftpServer/security/authentication").getChildElement("denyByFailure")
                .getAttributeValue("entryExpiration")).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.getSection(SITES).getCollection().get(1).getAttributeValue("id")).isEqualTo(2L);
    }

    @Test
    void aSectionReadAtASiteHasTheServerLevelRulesAndTheSitesOwn() {
        assertThat(config.getSection(AUTHORIZATION, "Default FTP Site").getCollection())
                .extracting(r -> r.getAttributeValue("users")).containsExactly("admin", "*", "bob");
        assertThat(config.getSection(AUTHORIZATION).getCollection())
                .extracting(r -> r.getAttributeValue("users")).containsExactly("admin", "*");
        assertThat(config.getSection(AUTHORIZATION, "beta").getCollection())
                .extracting(r -> r.getAttributeValue("users")).containsExactly("admin", "*");
    }

    @Test
    void aFolderOfASiteInheritsTheSiteAndLocationPathsIgnoreCase() {
        ConfigurationSection upload = config.getSection(AUTHORIZATION, "default ftp site/upload/");

        assertThat(upload.getLocationPath()).isEqualTo("default ftp site/upload");
        assertThat(upload.getCollection()).extracting(r -> r.getAttributeValue("users")).containsExactly("admin", "*", "bob");
    }

    @Test
    void aServerLevelOnlySectionCannotBeReadAtALocation() {
        assertThatThrownBy(() -> config.getSection("system.ftpServer/firewallSupport", "beta"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("section system.ftpServer/firewallSupport can only be set at the server level, not at location 'beta'");
    }

    @Test
    void anUnknownSectionIsNotFoundWithASuggestion() {
        assertThatThrownBy(() -> config.getSection("system.ftpServer/firewalSupport"))
                .isInstanceOf(ConfigurationNotFoundException.class)
                .hasMessage("no section 'system.ftpServer/firewalSupport' (did you mean 'system.ftpServer/firewallSupport'?)");
    }

    @Test
    void siteDefaultsHasTheSiteSettingsButNoRuntimeParts() {
        ConfigurationElement defaults = config.getSection(SITES).getChildElement("siteDefaults").getChildElement("ftpServer");

        assertThat(defaults.getChildElement("messages").getAttributeValue("bannerMessage")).isEqualTo("welcome");
        assertThat(defaults.getAttributes()).extracting(ConfigurationAttribute::getName)
                .containsExactly("serverAutoStart", "allowUTF8");
        assertThat(defaults.getMethods()).isEmpty();
        assertThatThrownBy(() -> defaults.getAttributeValue("state")).isInstanceOf(ConfigurationNotFoundException.class);
        assertThatThrownBy(() -> defaults.getChildElement("sessions")).isInstanceOf(ConfigurationNotFoundException.class);
    }

    @Test
    void attributesOfIisThatTheSchemaDoesNotKnowAreKeptAsText() {
        ConfigurationElement beta = config.getSection(SITES).getCollection().find("name", "beta").orElseThrow();

        assertThat(beta.getAttributeValue("applicationPool")).isEqualTo("DefaultAppPool");
        assertThat(beta.getAttribute("applicationPool").getSchema()).isNull();
        assertThat(beta.getAttributes()).extracting(ConfigurationAttribute::getName)
                .containsExactly("name", "id", "serverAutoStart", "applicationPool");
    }

    @Test
    void anUnknownAttributeOrChildIsNotFoundWithASuggestion() {
        ConfigurationElement connections = ftpServer("beta").getChildElement("connections");

        assertThatThrownBy(() -> connections.getAttributeValue("controlChanelTimeout"))
                .isInstanceOf(ConfigurationNotFoundException.class)
                .hasMessageStartingWith("<connections> has no attribute 'controlChanelTimeout' (did you mean 'controlChannelTimeout'?)");
        assertThatThrownBy(() -> ftpServer("beta").getChildElement("sesions"))
                .isInstanceOf(ConfigurationNotFoundException.class)
                .hasMessageStartingWith("<ftpServer> has no child element 'sesions' (did you mean 'sessions'?)");
        assertThatThrownBy(() -> config.getSection(SITES).getChildElement("site"))
                .hasMessageContaining("'site' is an item of its collection: use getCollection()");
    }
}
