package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apphostftp.FtpHost;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.effective.LoadedConfiguration;
import org.apphostftp.config.location.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a ServerManager is opened, on a file or on what the host loaded, and closed. */
class ServerManagerTest {

    @TempDir
    Path dir;

    @Test
    void aManagerOnWhatTheHostLoadedDoesNotReadTheFileAgain() throws Exception {
        Path file = Fixtures.install("configapi.config", dir);
        LoadedConfiguration loaded = FtpHost.load(file, Map.of());
        Files.delete(file);

        try (ServerManager manager = ServerManager.of(loaded, RuntimeProviders.none())) {
            assertThat(manager.getApplicationHostConfiguration().getSection("system.applicationHost/sites").getCollection())
                    .hasSize(2);
            assertThat(manager.getConfigFile()).isEqualTo(file);
        }
    }

    @Test
    void aLoadWithErrorsOrMadeElsewhereGivesNoManager() throws Exception {
        Path file = Fixtures.install("configapi.config", dir);
        Files.writeString(file, Files.readString(file).replace("controlChannelTimeout=\"45\"", "controlChannelTimeout=\"abc\""));
        LoadedConfiguration broken = FtpHost.load(file, Map.of());
        LoadedConfiguration madeElsewhere = new LoadedConfiguration() {
            @Override
            public Path configFile() {
                return file;
            }

            @Override
            public List<Problem> problems() {
                return List.of();
            }
        };

        assertThatThrownBy(() -> ServerManager.of(broken, RuntimeProviders.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("controlChannelTimeout");
        assertThatThrownBy(() -> ServerManager.of(madeElsewhere, RuntimeProviders.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("made by FtpHost.load");
    }

    @Test
    void anInvalidFileIsReportedWithEveryErrorWhenTheConfigurationIsAskedFor() throws Exception {
        Path file = Fixtures.install("configapi.config", dir);
        Files.writeString(file, Files.readString(file).replace("controlChannelTimeout=\"45\"", "controlChannelTimeout=\"abc\""));

        try (ServerManager manager = new ServerManager(file)) {
            assertThatThrownBy(manager::getApplicationHostConfiguration)
                    .isInstanceOfSatisfying(ConfigurationValidationException.class, e -> {
                        assertThat(e.getMessage()).startsWith("cannot read " + file + ":\n" + file + ":");
                        assertThat(e.getProblems()).extracting(Problem::message).singleElement().asString()
                                .contains("attribute 'controlChannelTimeout' must be an integer, got 'abc'");
                    });
        }
    }

    @Test
    void theConfigurationIsKeptWithItsChangesUntilTheManagerIsClosed() {
        Path file = Fixtures.install("configapi.config", dir);
        ServerManager manager = new ServerManager(file);
        Configuration config = manager.getApplicationHostConfiguration();
        config.getSection("system.ftpServer/log").setAttributeValue("logInUTF8", false);

        assertThat(manager.getApplicationHostConfiguration()).isSameAs(config);
        manager.close();
        assertThatThrownBy(manager::getApplicationHostConfiguration).isInstanceOf(IllegalStateException.class)
                .hasMessage("this ServerManager on " + file + " is closed");
    }
}
