package org.apphostftp.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.LoadedFile;
import org.apphostftp.configapi.ConfigurationSection;
import org.apphostftp.configapi.RuntimeProviders;
import org.apphostftp.configapi.ServerManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FarmSettingsTest {

    @TempDir
    Path dir;

    private static final Map<String, String> ENV = Map.of("FARM_SECRET", "sixteen-chars-and-more");

    @Test
    void membersTakeTheFarmPortUnlessTheyNameOneAndTheSecretIsExpanded() throws IOException {
        FarmSettings s = read("members=\"127.0.0.2, 127.0.0.3:7900\" secret=\"%FARM_SECRET%\"", "ftp2", "127.0.0.2");
        assertThat(s.members()).containsExactly(new InetSocketAddress("127.0.0.2", 7800), new InetSocketAddress("127.0.0.3", 7900));
        assertThat(s.secret()).isEqualTo("sixteen-chars-and-more");
        assertThat(s.toString()).doesNotContain("sixteen");
    }

    @Test
    void aShortSecretIsRefusedWithTheAttributeNamed() {
        assertThatThrownBy(() -> read("members=\"127.0.0.2\" secret=\"short\"", "ftp2", "127.0.0.2"))
                .isInstanceOf(FarmSettingsException.class).hasMessageContaining("'secret'").hasMessageContaining("16");
    }

    @Test
    void anUnsetSecretVariableIsRefused() {
        assertThatThrownBy(() -> read("members=\"127.0.0.2\" secret=\"%NOT_SET_ANYWHERE%\"", "ftp2", "127.0.0.2"))
                .isInstanceOf(FarmSettingsException.class).hasMessageContaining("'secret'");
    }

    @Test
    void aMemberThatIsNoAddressOrHasABadPortIsRefused() {
        assertThatThrownBy(() -> read("members=\"ftp-two.example\" secret=\"%FARM_SECRET%\"", "ftp2", "127.0.0.2"))
                .isInstanceOf(FarmSettingsException.class).hasMessageContaining("'members'").hasMessageContaining("ftp-two.example");
        assertThatThrownBy(() -> read("members=\"127.0.0.2:99999\" secret=\"%FARM_SECRET%\"", "ftp2", "127.0.0.2"))
                .isInstanceOf(FarmSettingsException.class).hasMessageContaining("1-65535");
        assertThatThrownBy(() -> read("secret=\"%FARM_SECRET%\"", "ftp2", "127.0.0.2"))
                .isInstanceOf(FarmSettingsException.class).hasMessageContaining("'members'");
    }

    @Test
    void aNodeWithoutANameIsTold() {
        assertThatThrownBy(() -> read("members=\"127.0.0.2\" secret=\"%FARM_SECRET%\"", null, "127.0.0.2"))
                .isInstanceOf(FarmSettingsException.class).hasMessageContaining("--node NAME");
    }

    @Test
    void aPortOutsideTheRangeIsAValidationErrorOfTheFile() throws IOException {
        LoadResult loaded = load("port=\"70000\" members=\"127.0.0.2\"");
        assertThat(loaded.ok()).isFalse();
        assertThat(loaded.errors().toString()).contains("port");
    }

    @Test
    void anUnknownAttributeOfTheSectionIsAValidationError() throws IOException {
        LoadResult loaded = load("members=\"127.0.0.2\" sekret=\"x\"");
        assertThat(loaded.ok()).isFalse();
        assertThat(loaded.errors().toString()).contains("sekret");
    }

    private FarmSettings read(String attributes, String node, String address) throws IOException {
        LoadResult loaded = load(attributes);
        assertThat(loaded.errors()).isEmpty();
        try (ServerManager manager = ServerManager.of(
                new LoadedFile(dir.resolve("applicationHost.config"), loaded, ConfigLoader.standard()), RuntimeProviders.none())) {
            ConfigurationSection section = manager.getApplicationHostConfiguration().getSection(FarmSettings.SECTION);
            return FarmSettings.read(section, dir.resolve("applicationHost.config"), ENV, node, address);
        }
    }

    private LoadResult load(String farmAttributes) throws IOException {
        Path config = dir.resolve("applicationHost.config");
        Files.writeString(config, """
                <configuration>
                  <system.applicationHost><sites /></system.applicationHost>
                  <system.ftpServer><farm enabled="true" %s /></system.ftpServer>
                </configuration>
                """.formatted(farmAttributes));
        return ConfigLoader.standard().load(config);
    }
}
