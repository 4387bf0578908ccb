package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apphostftp.config.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ConfigurationRenderer.writeJsonObjects, which writes live sessions straight from the provider's values, writes
 * exactly what select followed by writeJsonObject writes: same items, same order, same fields and types.
 */
class WriteJsonObjectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION = "/ftpServer/sessions/session";

    @TempDir
    Path dir;

    private ServerManager manager;
    private Configuration config;
    private final ConfigurationRenderer renderer = ConfigurationRenderer.standard();

    @BeforeEach
    void open() {
        InMemoryFtpServer server = new InMemoryFtpServer().started("Default FTP Site").started("beta")
                .connect("Default FTP Site", "s-1", "bob", "10.0.0.53")
                .connect("Default FTP Site", "s-2", "alice", "10.0.0.54")
                .connect("Default FTP Site", "s-3", "o'neil", "10.0.0.53")
                .connect("beta", "s-4", "Bob", "10.0.0.99");
        manager = new ServerManager(Fixtures.install("configapi.config", dir), server.providers(), Fixtures.loader());
        config = manager.getApplicationHostConfiguration();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/system.applicationHost/sites/site" + SESSION,
        "/system.applicationHost/sites/site[@name='beta']" + SESSION,
        "/system.applicationHost/sites/site[@name='BETA']" + SESSION,
        "/system.applicationHost/sites/site[@name='no such site']" + SESSION,
        "/system.applicationHost/sites/site" + SESSION + "[@userName='bob']",
        "/system.applicationHost/sites/site" + SESSION + "[@userName='']",
        "/system.applicationHost/sites/site" + SESSION + "[@userName='o''neil']",
        "/system.applicationHost/sites/site" + SESSION + "[@clientIp='10.0.0.53' and @userName!='bob']",
        "/system.applicationHost/sites/site[@name='Default FTP Site']" + SESSION + "[@clientIp='10.0.0.53' or @bytesSent='1843']",
        "/system.applicationHost/sites/site" + SESSION + "[@serverPort='2121' and @secureControl='false']",
        "/system.applicationHost/sites/site",
        "/system.applicationHost/sites/site/ftpServer/sessions",
    })
    void theStreamedListingEqualsTheElementsSelectReturns(String filter) throws IOException {
        JsonNode streamed = written(out -> renderer.writeJsonObjects(out, config, filter));
        JsonNode selected = written(out -> {
            for (ConfigurationElement e : config.select(filter)) {
                renderer.writeJsonObject(out, e);
            }
        });
        assertThat(streamed).isEqualTo(selected);
        assertThat(streamed.toString()).isEqualTo(selected.toString()); // field order too
    }

    @Test
    void theStreamedListingHasEveryLiveSessionWithItsTypedValues() throws IOException {
        JsonNode all = written(out -> renderer.writeJsonObjects(out, config, "/system.applicationHost/sites/site" + SESSION));
        assertThat(all).hasSize(4);
        JsonNode first = all.get(0);
        assertThat(first.path("sessionId").asText()).isEqualTo("s-1");
        assertThat(first.path("bytesReceived").isIntegralNumber()).isTrue();
        assertThat(first.path("secureControl").isBoolean()).isTrue();
        assertThat(all.get(3).path("userName").asText()).isEqualTo("Bob");
    }

    @Test
    void anInvalidFilterIsRefusedBeforeAnythingIsWritten() {
        StringWriter text = new StringWriter();
        assertThatThrownBy(() -> {
            try (JsonGenerator out = JSON.createGenerator(text)) {
                renderer.writeJsonObjects(out, config, "/system.applicationHost/sites/site" + SESSION + "[@nosuch='x']");
            }
        }).isInstanceOf(InvalidFilterException.class).hasMessageContaining("nosuch");
        assertThat(text.toString()).isEmpty();
    }

    private interface Writing {
        void write(JsonGenerator out) throws IOException;
    }

    private static JsonNode written(Writing writing) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartArray();
            writing.write(out);
            out.writeEndArray();
        }
        return JSON.readTree(text.toString());
    }

    @Test
    void aListingWithoutSessionsIsAnEmptyArray() throws IOException {
        assertThat(written(out -> renderer.writeJsonObjects(out, config,
                "/system.applicationHost/sites/site[@name='beta']" + SESSION + "[@userName='nobody']"))).isEqualTo(JSON.createArrayNode());
    }
}
