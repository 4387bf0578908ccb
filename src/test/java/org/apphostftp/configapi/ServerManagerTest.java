package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.LoadResult;
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
        LoadResult loaded = Fixtures.loader().load(file);
        Files.delete(file);

        try (ServerManager manager = ServerManager.of(loaded, RuntimeProviders.none(), Fixtures.loader())) {
            assertThat(manager.getApplicationHostConfiguration().getSection("system.applicationHost/sites").getCollection())
                    .hasSize(2);
            assertThat(manager.getConfigFile()).isEqualTo(file);
        }
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
