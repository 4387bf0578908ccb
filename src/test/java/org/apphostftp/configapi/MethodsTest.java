package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.schema.ConfigSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Methods: found without regard to case, run by the running server, not found when unknown. */
class MethodsTest {

    @TempDir
    Path dir;

    private final InMemoryFtpServer server = new InMemoryFtpServer().started("Default FTP Site")
            .connect("Default FTP Site", "s-1", "bob", "::1");
    private ServerManager manager;

    @BeforeEach
    void open() {
        manager = new ServerManager(Fixtures.install("configapi.config", dir), server.providers(), ConfigSchema.standard(), Map.of());
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private ConfigurationElement ftpServer() {
        return manager.getApplicationHostConfiguration().getSection("system.applicationHost/sites").getCollection()
                .find("name", "Default FTP Site").orElseThrow().getChildElement("ftpServer");
    }

    @Test
    void methodNamesMatchWithoutRegardToCase() {
        ConfigurationMethodCollection methods = ftpServer().getCollection("sessions").get(0).getMethods();

        assertThat(methods.get("terminate").getName()).isEqualTo("Terminate");
        assertThat(methods.get("TERMINATE").getName()).isEqualTo("Terminate");
        methods.get("tErMiNaTe").createInstance().execute();
        assertThat(server.isLive("s-1")).isFalse();
    }

    @Test
    void anUnknownMethodIsNotFoundNamingItAndTheMethodsThereAre() {
        assertThatThrownBy(() -> ftpServer().getMethods().get("Restart"))
                .isInstanceOfSatisfying(ConfigurationNotFoundException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("<ftpServer> has no method 'Restart' (it has Start, Stop, FlushLog) "
                            + "(at /system.applicationHost/sites/site[@name='Default FTP Site']/ftpServer)");
                    assertThat(e.getPath()).isEqualTo("/system.applicationHost/sites/site[@name='Default FTP Site']/ftpServer");
                });
        assertThat(ftpServer().getMethods().find("Restart")).isEmpty();
    }

    @Test
    void stopRunsOnTheSiteItIsCalledOn() {
        ftpServer().getMethods().get("Stop").createInstance().execute();

        assertThat(ftpServer().getAttributeValue("state")).isEqualTo("Stopped");
        assertThat(ftpServer().getCollection("sessions")).isEmpty();
    }

    @Test
    void aMethodOfAGlobalSectionRuns() {
        manager.getApplicationHostConfiguration().getSection("system.ftpServer/caching").getChildElement("credentialsCache")
                .getMethods().get("flush").createInstance().execute();

        assertThat(server.cacheFlushes.get()).isEqualTo(1);
    }

    @Test
    void aMethodWithoutInputsOrOutputsHasEmptyOnesAndOutputOnlyAfterExecute() {
        ConfigurationMethodInstance start = ftpServer().getMethods().get("Start").createInstance();

        assertThat(start.getInput().getAttributes()).isEmpty();
        assertThatThrownBy(start::getOutput).isInstanceOf(IllegalStateException.class).hasMessageContaining("has not been executed");
        start.execute();
        assertThat(start.getOutput().getAttributes()).isEmpty();
    }

    @Test
    void elementsWithoutMethodsHaveAnEmptyCollection() {
        assertThat(ftpServer().getChildElement("connections").getMethods()).isEmpty();
        assertThat(ftpServer().getMethods()).extracting(ConfigurationMethod::getName).containsExactly("Start", "Stop", "FlushLog");
    }
}
