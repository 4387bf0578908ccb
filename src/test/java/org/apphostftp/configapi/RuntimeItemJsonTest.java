package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.json.JsonTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session written in a listing: the fields of its tree form, whatever String instances the provider keys by. */
class RuntimeItemJsonTest {

    private static final String SESSIONS = "system.applicationHost/sites/site/ftpServer/sessions";
    private static final String ALL = "/system.applicationHost/sites/site[@name='beta']/ftpServer/sessions/session";

    @TempDir
    Path dir;

    @Test
    void aSessionWrittenInAListingIsItsTreeFormWhenTheProviderKeysByOtherStringsThanTheSchemas() throws Exception {
        Map<String, Object> values = new HashMap<>();
        values.put(new String("sessionId"), "s-1"); // not the interned name: found by text all the same
        values.put(new String("userName"), "caf\u00e9 \"quoted\"");
        values.put(new String("clientPort"), 40_000); // an Integer where the schema says uint: a Long in the JSON
        values.put(new String("bytesSent"), 12_345_678_901L);
        values.put(new String("secureControl"), true);
        values.put(new String("noSuchAttribute"), "ignored");
        RuntimeValues session = values::get;
        ConfigurationRenderer renderer = ConfigurationRenderer.standard();
        try (ServerManager manager = manager(List.of(session, RuntimeValues.EMPTY))) {
            List<ConfigurationElement> listed = manager.getApplicationHostConfiguration().select(ALL);

            assertThat(streamed(renderer, listed.get(0))).isEqualTo(JsonTree.toText(renderer.toJsonObject(listed.get(0))))
                    .isEqualTo("{\"sessionId\":\"s-1\",\"userName\":\"caf\u00e9 \\\"quoted\\\"\",\"bytesSent\":12345678901,"
                            + "\"clientPort\":40000,\"secureControl\":true}");
            assertThat(streamed(renderer, listed.get(1))).isEqualTo("{}");
        }
    }

    @Test
    void sessionsWrittenInARunAreEachWrittenAsAloneWhenTheirTextsRepeatChangeAndComeBack() throws Exception {
        String site = "caf\u00e9 \"quoted\" \\ site";
        String other = "other";
        String emoji = "smile \uD83D\uDE00";
        String lone = "half \uD83D";
        String[] sites = {site, site, other, site, new String(site), null, site, emoji, emoji, lone, lone};
        List<RuntimeValues> sessions = new java.util.ArrayList<>();
        for (int i = 0; i < sites.length; i++) {
            Map<String, Object> values = new HashMap<>();
            values.put("sessionId", "s-" + i);
            values.put("siteName", sites[i]);
            values.put("clientIp", "10.0.0.1"); // one constant: the same object every time
            values.put("bytesSent", 7L);
            sessions.add(values::get);
        }
        ConfigurationRenderer renderer = ConfigurationRenderer.standard();
        try (ServerManager manager = manager(sessions)) {
            List<ConfigurationElement> listed = manager.getApplicationHostConfiguration().select(ALL);
            java.io.ByteArrayOutputStream run = new java.io.ByteArrayOutputStream();
            try (JsonGenerator generator = JsonTree.FACTORY.createGenerator(run)) { // UTF-8 bytes, as the endpoint writes
                generator.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString(","));
                renderer.writeJsonObjects(generator, listed);
            }

            java.io.ByteArrayOutputStream alone = new java.io.ByteArrayOutputStream();
            try (JsonGenerator generator = JsonTree.FACTORY.createGenerator(alone)) {
                generator.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString(","));
                for (ConfigurationElement e : listed) {
                    renderer.writeJsonObject(generator, e);
                }
            }
            assertThat(run.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(alone.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"siteName\":\"other\"").contains("caf\u00e9 \\\"quoted\\\" \\\\ site")
                    .contains("smile \\uD83D\\uDE00").contains("half \\uD83D");
        }
    }

    @Test
    void aValueOfTheWrongTypeFailsTheWriteNamingTheAttributeAsTheTreeFormDoes() {
        try (ServerManager manager = manager(List.of(RuntimeValues.of(Map.of("sessionId", "s-1", "bytesSent", "lots"))))) {
            ConfigurationElement session = manager.getApplicationHostConfiguration().select(ALL).get(0);

            assertThatThrownBy(() -> streamed(ConfigurationRenderer.standard(), session))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("'bytesSent'");
            assertThatThrownBy(() -> ConfigurationRenderer.standard().toJsonObject(session))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("'bytesSent'");
        }
    }

    private ServerManager manager(List<RuntimeValues> sessions) {
        return new ServerManager(Fixtures.install("configapi.config", dir),
                RuntimeProviders.builder().collection(SESSIONS, path -> sessions).build(), ConfigSchema.standard(), Map.of());
    }

    private static String streamed(ConfigurationRenderer renderer, ConfigurationElement element) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JsonTree.FACTORY.createGenerator(out)) {
            renderer.writeJsonObject(generator, element);
        }
        return out.toString();
    }
}
