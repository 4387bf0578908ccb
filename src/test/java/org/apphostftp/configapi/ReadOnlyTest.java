package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.schema.ConfigSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runtime parts can be read, never written; a manager that saw such a write refuses to commit. */
class ReadOnlyTest {

    private static final String SESSION_ID = "a7a1e257-031a-4565-a980-d046ace326fb";
    private static final String SITE = "/system.applicationHost/sites/site[@name='Default FTP Site']";

    @TempDir
    Path dir;

    private Path file;
    private ServerManager manager;

    @BeforeEach
    void open() {
        InMemoryFtpServer server = new InMemoryFtpServer().started("Default FTP Site").connect("Default FTP Site", SESSION_ID, "bob", "::1");
        file = Fixtures.install("configapi.config", dir);
        manager = new ServerManager(file, server.providers(), ConfigSchema.standard(), Map.of());
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private ConfigurationElement ftpServer() {
        return manager.getApplicationHostConfiguration().getSection("system.applicationHost/sites").getCollection()
                .find("name", "Default FTP Site").orElseThrow().getChildElement("ftpServer");
    }

    private ConfigurationElementCollection sessions() {
        return ftpServer().getCollection("sessions");
    }

    @Test
    void anAttributeOfASessionIsReadOnlyAndTheErrorNamesItsPath() {
        assertThatThrownBy(() -> sessions().get(0).setAttributeValue("userName", "mallory"))
                .isInstanceOfSatisfying(ReadOnlyConfigurationException.class, e -> {
                    assertThat(e.getPath()).isEqualTo(SITE + "/ftpServer/sessions/session[@sessionId='" + SESSION_ID + "']");
                    assertThat(e.getMessage()).isEqualTo("attribute 'userName' of " + e.getPath()
                            + " is runtime data of the running server: it can be read but not changed");
                });
        assertThat(sessions().get(0).getAttributeValue("userName")).isEqualTo("bob");
    }

    @Test
    void deletingAnAttributeOfASessionIsReadOnly() {
        assertThatThrownBy(() -> sessions().get(0).deleteAttribute("clientIp")).isInstanceOf(ReadOnlyConfigurationException.class);
    }

    @Test
    void theStateOfASiteIsReadOnly() {
        assertThatThrownBy(() -> ftpServer().setAttributeValue("state", "Stopped"))
                .isInstanceOf(ReadOnlyConfigurationException.class).hasMessageContaining("attribute 'state' of " + SITE + "/ftpServer");
        assertThatThrownBy(() -> ftpServer().setAttributeValue("lastStartupStatus", 0))
                .isInstanceOf(ReadOnlyConfigurationException.class);
    }

    @Test
    void theSessionsCollectionCannotBeAddedTo() {
        assertThatThrownBy(() -> sessions().createElement()).isInstanceOfSatisfying(ReadOnlyConfigurationException.class,
                e -> assertThat(e.getMessage()).isEqualTo("cannot create an item in " + SITE
                        + "/ftpServer/sessions: it is runtime data of the running server, read-only"));
        ConfigurationElementCollection sessions = sessions();
        assertThatThrownBy(() -> sessions.add(sessions.get(0))).isInstanceOf(ReadOnlyConfigurationException.class);
    }

    @Test
    void aSessionCannotBeRemovedFromTheCollection() {
        ConfigurationElementCollection sessions = sessions();

        assertThatThrownBy(() -> sessions.remove(sessions.get(0))).isInstanceOf(ReadOnlyConfigurationException.class)
                .hasMessageContaining("cannot remove from " + SITE + "/ftpServer/sessions");
        assertThatThrownBy(() -> sessions.removeAt(0)).isInstanceOf(ReadOnlyConfigurationException.class);
    }

    @Test
    void theSessionsCollectionCannotBeCleared() {
        assertThatThrownBy(() -> sessions().clear()).isInstanceOf(ReadOnlyConfigurationException.class)
                .hasMessageContaining("cannot clear " + SITE + "/ftpServer/sessions");
    }

    @Test
    void aCommitAfterAWriteToRuntimeDataIsRefusedAndWritesNothing() throws Exception {
        String before = Files.readString(file);
        ftpServer().getChildElement("connections").setAttributeValue("controlChannelTimeout", 300);
        assertThatThrownBy(() -> sessions().get(0).setAttributeValue("userName", "x")).isInstanceOf(ReadOnlyConfigurationException.class);

        assertThatThrownBy(manager::commitChanges).isInstanceOfSatisfying(ReadOnlyConfigurationException.class, e -> {
            assertThat(e.getPath()).contains("session[@sessionId='" + SESSION_ID + "']");
            assertThat(e.getMessage()).startsWith("nothing was saved: a write to runtime data was attempted");
        });
        assertThat(Files.readString(file)).isEqualTo(before);
    }
}
