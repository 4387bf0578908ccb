package org.apphostftp.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import org.apphostftp.configapi.Configuration;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationRenderer;

/**
 * The body of {@code GET /api/sessions} made through the config API the way the admin endpoint makes it: the sessions
 * selected with a filter over every site, then written element by element as {@code {"sessions": [...]}} (with
 * {@code ConfigurationRenderer.writeJsonObject}, the endpoint's streaming writer, once the server has it). Jackson's
 * databind is the harness's own (the server's jar has only jackson-core since issue 13).
 */
public final class SessionsJson {

    public static final String ALL_SESSIONS = "/system.applicationHost/sites/site/ftpServer/sessions/session";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConfigurationRenderer RENDERER = ConfigurationRenderer.standard();
    private static final Method STREAMING = streamingWriter();
    /** toJsonObject(ConfigurationElement): a databind ObjectNode in older jars, a Map since issue 13; found by name. */
    private static final Method TREE = treeRenderer();

    private SessionsJson() {
    }

    /** The listing's bytes; {@code count[0]} receives how many sessions it holds. */
    public static byte[] render(Configuration config, int[] count) throws IOException {
        List<ConfigurationElement> sessions = config.select(ALL_SESSIONS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * sessions.size() + 64);
        try (JsonGenerator out = JSON.getFactory().createGenerator(bytes)) {
            out.setCodec(JSON);
            out.writeStartObject();
            out.writeArrayFieldStart("sessions");
            for (ConfigurationElement s : sessions) {
                writeSession(out, s);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        count[0] = sessions.size();
        return bytes.toByteArray();
    }

    /** With the renderer's streaming writer when the server has one (the admin endpoint's), else a tree per session. */
    private static void writeSession(JsonGenerator out, ConfigurationElement session) throws IOException {
        try {
            if (STREAMING == null) {
                out.writeObject(TREE.invoke(RENDERER, session));
                return;
            }
            STREAMING.invoke(RENDERER, out, session);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ConfigurationRenderer failed", e);
        }
    }

    private static Method treeRenderer() {
        try {
            return ConfigurationRenderer.class.getMethod("toJsonObject", ConfigurationElement.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the server's ConfigurationRenderer has no toJsonObject", e);
        }
    }

    private static Method streamingWriter() {
        try {
            return ConfigurationRenderer.class.getMethod("writeJsonObject", JsonGenerator.class, ConfigurationElement.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
