package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apphostftp.FtpHost;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.SectionChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ServerManager on a file read section by section ({@link ConfigLoader#readSections}) hands out only checked
 * sections: each is checked when first read, and one with errors is refused, never read as if it were valid.
 */
class SectionCheckedManagerTest {

    private static final String SITES = "  <system.applicationHost><sites>\n"
            + "    <site name=\"Alpha\" id=\"1\"><bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>\n"
            + "      <application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"root\" /></application></site>\n"
            + "  </sites></system.applicationHost>\n";

    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void write() throws Exception {
        Files.createDirectories(dir.resolve("root"));
        config = dir.resolve("applicationHost.config");
        Files.writeString(config, "<configuration>\n" + SITES + "  <system.ftpServer>\n"
                + "    <firewallSupport lowDataChannelPort=\"lots\" />\n    <management enabled=\"false\" />\n"
                + "  </system.ftpServer>\n</configuration>\n");
    }

    private ServerManager manager() {
        return ServerManager.of(ConfigLoader.standard().readSections(config, config.toString()), RuntimeProviders.offline());
    }

    @Test
    void aSectionWithoutErrorsIsReadWhileAnotherHasErrors() {
        Configuration configuration = manager().getApplicationHostConfiguration();

        ConfigurationElement alpha = configuration.getSection("system.applicationHost/sites").getCollection()
                .find("name", "Alpha").orElseThrow();
        assertThat(alpha.getAttributeValue("id")).isEqualTo(1L);
        assertThat(configuration.getSection("system.ftpServer/management").getAttributeValue("enabled")).isEqualTo(false);
    }

    @Test
    void aSectionWithErrorsIsRefusedWithItsLocationEveryTimeItIsAskedFor() {
        Configuration configuration = manager().getApplicationHostConfiguration();

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> configuration.getSection("system.ftpServer/firewallSupport"))
                    .isInstanceOf(ConfigurationValidationException.class)
                    .hasMessageContaining("system.ftpServer/firewallSupport")
                    .satisfies(e -> assertThat(((ConfigurationValidationException) e).getProblems())
                            .singleElement().satisfies(p -> assertThat(p.toString()).startsWith(config + ":7:")));
        }
        assertThatThrownBy(configuration::getTypedView).as("the typed view holds every section")
                .isInstanceOf(ConfigurationValidationException.class);
        assertThatThrownBy(() -> configuration.select("/system.ftpServer/firewallSupport"))
                .isInstanceOf(ConfigurationValidationException.class);
    }

    @Test
    void aCommitIsCheckedInFullSoAnErrorInASectionNotReadStillRefusesIt() throws Exception {
        ServerManager manager = manager();
        manager.getApplicationHostConfiguration().getSection("system.ftpServer/management").setAttributeValue("tokenFile", "other.token");
        String before = Files.readString(config);

        assertThatThrownBy(manager::commitChanges).isInstanceOf(ConfigurationValidationException.class)
                .hasMessageContaining("lowDataChannelPort");
        assertThat(Files.readString(config)).isEqualTo(before);
    }

    @Test
    void aValidChangeIsCommittedAsByAManagerOnAFullLoad() throws Exception {
        Files.writeString(config, Files.readString(config).replace("lowDataChannelPort=\"lots\"", "lowDataChannelPort=\"5000\""));
        ServerManager manager = manager();
        manager.getApplicationHostConfiguration().getSection("system.ftpServer/firewallSupport").setAttributeValue("highDataChannelPort", 5100);

        manager.commitChanges();

        assertThat(Files.readString(config)).contains("lowDataChannelPort=\"5000\" highDataChannelPort=\"5100\"");
        assertThat(manager.getApplicationHostConfiguration().getSection("system.applicationHost/sites").getCollection()).hasSize(1);
    }

    @Test
    void aFileThatCannotBeReadMakesNoManagerAndCannotBeServed() throws Exception {
        Files.writeString(config, "<configuration><system.ftpServer></configuration>");
        SectionChecks broken = ConfigLoader.standard().readSections(config, config.toString());

        assertThat(broken.ok()).isFalse();
        assertThat(broken.fileErrors()).singleElement().satisfies(p -> assertThat(p.toString()).startsWith(config + ":1:"));
        assertThatThrownBy(() -> ServerManager.of(broken, RuntimeProviders.offline())).isInstanceOf(IllegalArgumentException.class);

        write();
        SectionChecks readable = ConfigLoader.standard().readSections(config, config.toString());
        assertThatThrownBy(() -> FtpHost.start(readable)).as("a partly checked file is never served")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
