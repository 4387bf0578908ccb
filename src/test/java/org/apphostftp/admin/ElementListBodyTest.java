package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apphostftp.config.Fixtures;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationRenderer;
import org.apphostftp.configapi.RuntimeProviders;
import org.apphostftp.configapi.RuntimeValues;
import org.apphostftp.configapi.ServerManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A listing as JSON: long ones are rendered in parts on several cores, and read exactly as if rendered whole. */
class ElementListBodyTest {

    private static final String SESSIONS = "system.applicationHost/sites/site/ftpServer/sessions";
    private static final String ALL = "/system.applicationHost/sites/site[@name='beta']/ftpServer/sessions/session";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ConfigurationRenderer renderer = ConfigurationRenderer.standard();

    @TempDir
    Path dir;

    @Test
    void aListingLongEnoughToBeRenderedInPartsIsTheSameJsonInTheSameOrder() throws Exception {
        int count = 3 * ElementListBody.PER_PART + 7;
        try (ServerManager manager = manager(sessions(count, -1))) {
            List<ConfigurationElement> sessions = manager.getApplicationHostConfiguration().select(ALL);
            assertThat(sessions).hasSize(count);

            JsonNode listed = json(ElementListBody.listing("sessions", sessions, renderer));

            JsonNode whole = MAPPER.readTree(MAPPER.writeValueAsBytes(renderer.toJsonArray(sessions)));
            assertThat(listed.get("sessions")).isEqualTo(whole);
            assertThat(listed.get("sessions").get(count - 1).get("sessionId").asText()).isEqualTo("s-" + (count - 1));
        }
    }

    @Test
    void aSessionThatCannotBeRenderedInALaterPartFailsTheListingAsItWouldWhole() {
        int count = 3 * ElementListBody.PER_PART;
        try (ServerManager manager = manager(sessions(count, count - 2))) {
            List<ConfigurationElement> sessions = manager.getApplicationHostConfiguration().select(ALL);

            assertThatThrownBy(() -> json(ElementListBody.listing("sessions", sessions, renderer)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("'bytesSent'");
        }
    }

    private ServerManager manager(List<RuntimeValues> sessions) {
        return new ServerManager(Fixtures.install("configapi.config", dir),
                RuntimeProviders.builder().collection(SESSIONS, path -> sessions).build(), Fixtures.loader().schema(), Map.of());
    }

    /** Sessions s-0, s-1, ... with varied values; the one at {@code broken} (if any) has a bytesSent of the wrong type. */
    private static List<RuntimeValues> sessions(int count, int broken) {
        List<RuntimeValues> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> values = new HashMap<>();
            values.put("sessionId", "s-" + i);
            values.put("userName", i % 3 == 0 ? "caf\u00e9 \"quoted\"" : "user" + i);
            values.put("clientPort", (long) (40_000 + i));
            values.put("bytesSent", i == broken ? (Object) "lots" : (Object) (i * 1_000_003L));
            values.put("secureControl", i % 2 == 0);
            out.add(RuntimeValues.of(values));
        }
        return out;
    }

    private static JsonNode json(ElementListBody body) throws Exception {
        Reply reply = Reply.of(ApiResponse.ok(body), Format.JSON);
        try {
            return MAPPER.readTree(reply.body());
        } finally {
            reply.release();
        }
    }
}
