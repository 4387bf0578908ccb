package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.json.JsonTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime-provider SPI: checked against the schema, asked on every read, open to new runtime parts. */
class RuntimeProvidersTest {

    private static final String FTP_SERVER = InMemoryFtpServer.FTP_SERVER;
    private static final String STATISTICS = FTP_SERVER + "/statistics";

    @TempDir
    Path dir;

    @Test
    void registrationsThatNameNoRuntimePartOfTheSchemaAreRefusedTogether() {
        RuntimeProviders providers = RuntimeProviders.builder()
                .attributes(FTP_SERVER + "/connections", e -> RuntimeValues.EMPTY)
                .collection("system.applicationHost/sites/site/ftpSrever/sessions", e -> List.of())
                .method(FTP_SERVER, "Restart", (e, in) -> RuntimeValues.EMPTY)
                .build();

        assertThatThrownBy(() -> new ServerManager(Fixtures.install("configapi.config", dir), providers, ConfigSchema.standard(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("runtime providers do not match the schema:\n"
                        + "attribute provider for " + FTP_SERVER + "/connections: the element has no runtime attributes\n"
                        + "no element system.applicationHost/sites/site/ftpSrever/sessions in the schema\n"
                        + "method provider for " + FTP_SERVER + ": the element has no method 'restart'");
    }

    @Test
    void runtimeAttributesAreAskedForOnEveryRead() {
        AtomicInteger reads = new AtomicInteger();
        RuntimeProviders providers = RuntimeProviders.builder().attributes(FTP_SERVER, e -> {
            reads.incrementAndGet();
            return RuntimeValues.of(Map.of("state", reads.get() == 1 ? "Starting" : "Started"));
        }).build();
        try (ServerManager manager = new ServerManager(Fixtures.install("configapi.config", dir), providers, ConfigSchema.standard(), Map.of())) {
            ConfigurationElement ftp = manager.getApplicationHostConfiguration().getSection("system.applicationHost/sites")
                    .getCollection().get(0).getChildElement("ftpServer");

            assertThat(ftp.getAttributeValue("state")).isEqualTo("Starting");
            assertThat(ftp.getAttributeValue("state")).isEqualTo("Started");
            assertThat(reads.get()).isEqualTo(2);
        }
    }

    @Test
    void aValueOfTheWrongTypeNamesTheElementAndTheAttribute() {
        RuntimeProviders providers = RuntimeProviders.builder()
                .collection(InMemoryFtpServer.SESSIONS, s -> List.of(RuntimeValues.of(Map.of("sessionId", "s-1", "bytesSent", "lots"))))
                .build();
        try (ServerManager manager = new ServerManager(Fixtures.install("configapi.config", dir), providers, ConfigSchema.standard(), Map.of())) {
            ConfigurationElement session = manager.getApplicationHostConfiguration()
                    .select("/system.applicationHost/sites/site[@name='beta']/ftpServer/sessions/session").get(0);

            assertThatThrownBy(() -> session.getAttributeValue("bytesSent")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the runtime provider of /system.applicationHost/sites/site[@name='beta']/ftpServer/sessions "
                            + "returned lots for attribute 'bytesSent', which is of type int64: must be a 64-bit integer, got 'lots'");
        }
    }

    /** The standard schema with a per-site statistics element, as a later runtime section would add it. */
    private static ConfigSchema schemaWithStatistics() throws IOException {
        String standard;
        try (InputStream in = ConfigSchema.class.getResourceAsStream(ConfigSchema.RESOURCE)) {
            standard = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String statistics = """
                <element name="statistics" runtime="true" description="Counters of the site since it started.">
                  <attribute name="currentConnections" type="uint" runtime="true" />
                  <attribute name="totalBytesSent" type="int64" runtime="true" />
                  <method name="Reset">
                    <inputElement><attribute name="keepPeaks" type="bool" defaultValue="false" /></inputElement>
                    <outputElement><attribute name="resetCount" type="uint" /></outputElement>
                  </method>
                </element>
                """;
        String marker = "<element name=\"sessions\" runtime=\"true\"";
        return ConfigSchema.read(new ByteArrayInputStream(standard.replace(marker, statistics + marker).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNewRuntimeSectionIsASchemaEntryAndARegistration() throws IOException {
        AtomicInteger resets = new AtomicInteger();
        RuntimeProviders providers = RuntimeProviders.builder()
                .attributes(STATISTICS, site -> RuntimeValues.of(Map.of("currentConnections",
                        site.key("site", "name").orElseThrow().equals("beta") ? 3 : 0, "totalBytesSent", 1024L)))
                .method(STATISTICS, "Reset", (site, in) -> RuntimeValues.of(Map.of("resetCount",
                        (Boolean) in.get("keepPeaks") ? 10 : resets.incrementAndGet())))
                .build();
        try (ServerManager manager = new ServerManager(Fixtures.install("configapi.config", dir), providers, schemaWithStatistics(), Map.of())) {
            Configuration config = manager.getApplicationHostConfiguration();

            List<ConfigurationElement> busy = config.select("/system.applicationHost/sites/site/ftpServer/statistics[@currentConnections!='0']");
            assertThat(busy).singleElement().extracting(e -> e.getPath().key("site", "name").orElseThrow()).isEqualTo("beta");
            assertThat(JsonTree.toText(ConfigurationRenderer.standard().toJsonObject(busy.get(0))))
                    .isEqualTo("{\"currentConnections\":3,\"totalBytesSent\":1024}");

            ConfigurationMethodInstance reset = busy.get(0).getMethods().get("reset").createInstance();
            reset.getInput().setAttributeValue("keepPeaks", "true");
            reset.execute();
            assertThat(reset.getOutput().getAttributeValue("resetCount")).isEqualTo(10L);
            assertThatThrownBy(() -> reset.getOutput().setAttributeValue("resetCount", 1)).isInstanceOf(ReadOnlyConfigurationException.class);
            assertThatThrownBy(() -> busy.get(0).setAttributeValue("totalBytesSent", 0)).isInstanceOf(ReadOnlyConfigurationException.class);
            assertThatThrownBy(() -> config.getSection("system.applicationHost/sites").getChildElement("siteDefaults")
                    .getChildElement("ftpServer").getChildElement("statistics")).isInstanceOf(ConfigurationNotFoundException.class);
        }
    }
}
