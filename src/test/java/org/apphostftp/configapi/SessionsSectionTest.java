package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.schema.ConfigSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live sessions section read through the config API, as in SPEC section 5. */
class SessionsSectionTest {

    private static final String BOB = "a7a1e257-031a-4565-a980-d046ace326fb";
    private static final String ALICE = "2cf9cd35-e364-4b1a-ab27-fe9050daa5ea";

    @TempDir
    Path dir;

    private final InMemoryFtpServer server = new InMemoryFtpServer().started("Default FTP Site");
    private ServerManager manager;

    @BeforeEach
    void open() {
        server.connect("Default FTP Site", BOB, "bob", "10.0.0.53").connect("Default FTP Site", ALICE, "alice", "::1");
        manager = new ServerManager(Fixtures.install("configapi.config", dir), server.providers(), ConfigSchema.standard(), Map.of());
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private ConfigurationElementCollection sessions(String site) {
        Configuration config = manager.getApplicationHostConfiguration();
        ConfigurationElementCollection sites = config.getSection("system.applicationHost/sites").getCollection();
        ConfigurationElement s = sites.find("name", site).orElseThrow();
        return s.getChildElement("ftpServer").getChildElement("sessions").getCollection();
    }

    @Test
    void theSpecExampleListsSessionsAndTerminateRemovesTheItemFromTheNextRead() {
        ConfigurationElementCollection sessions = sessions("Default FTP Site");
        List<Object> users = new ArrayList<>();
        for (ConfigurationElement s : sessions) {
            users.add(s.getAttributeValue("userName"));
        }
        assertThat(users).containsExactly("bob", "alice");

        sessions.get(0).getMethods().get("Terminate").createInstance().execute();

        assertThat(server.isLive(BOB)).isFalse();
        assertThat(sessions("Default FTP Site")).extracting(s -> s.getAttributeValue("sessionId")).containsExactly(ALICE);
    }

    @Test
    void everyAttributeOfASessionIsReadWithItsSchemaType() {
        ConfigurationElement bob = sessions("Default FTP Site").find("sessionId", BOB).orElseThrow();

        Map<String, Object> values = new LinkedHashMap<>();
        for (ConfigurationAttribute a : bob.getAttributes()) {
            values.put(a.getName(), a.getValue());
        }

        assertThat(values).containsExactly(
                Map.entry("sessionId", BOB), Map.entry("userName", "bob"), Map.entry("clientIp", "10.0.0.53"),
                Map.entry("sessionStartTime", "2026-11-25T22:07:39.123Z"), Map.entry("currentCommand", "RETR demo.txt"),
                Map.entry("commandStartTime", "2026-11-25T22:07:41.500Z"), Map.entry("previousCommand", "PASV"),
                Map.entry("bytesSent", 1843L), Map.entry("bytesReceived", 97L), Map.entry("lastErrorStatus", 226L),
                Map.entry("siteName", "Default FTP Site"), Map.entry("hostName", ""), Map.entry("serverIp", "127.0.0.1"),
                Map.entry("serverPort", 2121L), Map.entry("clientPort", 50123L), Map.entry("currentDirectory", "/"),
                Map.entry("secureControl", false), Map.entry("secureData", false),
                new java.util.AbstractMap.SimpleEntry<>("serverName", null)); // a single node is in no farm
        assertThat(bob.getAttribute("bytesSent").isRuntime()).isTrue();
        assertThat(bob.getAttribute("bytesSent").isInheritedFromDefaultValue()).isFalse();
    }

    @Test
    void aSessionsPathNamesItsSiteAndItsIdAndSelectsItAgain() {
        ConfigurationElement bob = sessions("Default FTP Site").find("sessionId", BOB).orElseThrow();

        assertThat(bob.getPath().filter()).isEqualTo("/system.applicationHost/sites/site[@name='Default FTP Site']"
                + "/ftpServer/sessions/session[@sessionId='" + BOB + "']");
        assertThat(manager.getApplicationHostConfiguration().select(bob.getPath().filter()))
                .singleElement().extracting(e -> e.getAttributeValue("userName")).isEqualTo("bob");
    }

    @Test
    void terminatingASessionThatIsNoLongerLiveIsNotFound() {
        ConfigurationElement bob = sessions("Default FTP Site").get(0);
        bob.getMethods().get("Terminate").createInstance().execute();

        assertThatThrownBy(() -> bob.getMethods().get("Terminate").createInstance().execute())
                .isInstanceOf(ConfigurationNotFoundException.class)
                .hasMessageContaining("no live session '" + BOB + "'")
                .extracting(e -> ((ConfigurationNotFoundException) e).getPath()).asString().contains(BOB);
    }

    @Test
    void aCollectionIsTheSnapshotOfItsReadAndEveryReadAsksTheServerAgain() {
        ConfigurationElementCollection before = sessions("Default FTP Site");
        server.connect("Default FTP Site", "0b9d4f1e-0000-4000-8000-000000000001", "carol", "10.0.0.9");

        assertThat(before.size()).isEqualTo(2);
        assertThat(sessions("Default FTP Site").size()).isEqualTo(3);
    }

    @Test
    void aSiteWithoutSessionsHasAnEmptyCollectionAndItsState() {
        ConfigurationElement beta = manager.getApplicationHostConfiguration().getSection("system.applicationHost/sites")
                .getCollection().find("name", "BETA").orElseThrow().getChildElement("ftpServer");

        assertThat(beta.getAttributeValue("state")).isEqualTo("Stopped");
        assertThat(beta.getCollection("sessions")).isEmpty();
        beta.getMethods().get("start").createInstance().execute();
        assertThat(beta.getAttributeValue("state")).isEqualTo("Started");
    }

    @Test
    void listingThousandsOfSessionsAsksTheProviderOnceAndWrapsItemsOnlyWhenAsked() {
        for (int i = 0; i < 5000; i++) {
            server.connect("beta", String.format("00000000-0000-4000-8000-%012d", i), "user" + i, "10.1.0.1");
        }
        int listingsBefore = server.sessionListings.get();

        ConfigurationElementCollection sessions = sessions("beta");
        long bytes = 0;
        for (ConfigurationElement s : sessions) {
            bytes += (Long) s.getAttributeValue("bytesSent");
        }

        assertThat(sessions.size()).isEqualTo(5000);
        assertThat(bytes).isEqualTo(5000L * 1843);
        assertThat(server.sessionListings.get() - listingsBefore).isEqualTo(1);
    }

    @Test
    void aManagerOnAFileAloneHasNoSessionsAndReportsTheStateAsUnknown() {
        try (ServerManager offline = new ServerManager(manager.getConfigFile())) {
            ConfigurationElement ftp = offline.getApplicationHostConfiguration().getSection("system.applicationHost/sites")
                    .getCollection().get(0).getChildElement("ftpServer");

            assertThat(ftp.getAttributeValue("state")).isEqualTo("Unknown");
            assertThat(ftp.getAttributeValue("lastStartupStatus")).isNull();
            assertThat(ftp.getCollection("sessions")).isEmpty();
            assertThatThrownBy(() -> ftp.getMethods().get("Stop").createInstance().execute())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs the running server");
        }
    }
}
