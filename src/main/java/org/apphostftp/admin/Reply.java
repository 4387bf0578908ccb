package org.apphostftp.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A rendered answer, ready to send: status, content type, bytes and extra headers. Rendering happens before anything
 * is sent, so a failure while rendering still becomes a proper error answer.
 *
 * @param contentType null for 204
 */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    Reply {
        headers = Map.copyOf(headers);
    }

    /** The response in the representation asked for. */
    static Reply of(ApiResponse response, Format format) {
        if (response.body().isEmpty()) {
            return new Reply(response.status(), null, new byte[0], Map.of());
        }
        Body body = response.body().get();
        byte[] bytes = format == Format.XML
                ? (XML_DECLARATION + body.xml()).getBytes(StandardCharsets.UTF_8)
                : json(body);
        return new Reply(response.status(), format.contentType(), bytes, Map.of());
    }

    /** An error answer, always JSON: {@code {"error": message, "path": path}}. */
    static Reply error(int status, String message, String path, Map<String, String> headers) {
        ObjectNode error = MAPPER.createObjectNode();
        error.put("error", message);
        error.put("path", path);
        return new Reply(status, Format.JSON.contentType(), json(new TreeBody(error, () -> "")), headers);
    }

    private static byte[] json(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator generator = MAPPER.createGenerator(out)) {
            body.writeJson(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e); // memory only: not expected
        }
        out.write('\n');
        return out.toByteArray();
    }
}
