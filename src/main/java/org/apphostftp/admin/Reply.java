package org.apphostftp.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apphostftp.json.JsonTree;

/**
 * A rendered answer, ready to send: status, content type, bytes and extra headers. Rendering happens before anything
 * is sent, so a failure while rendering still becomes a proper error answer.
 */
final class Reply {

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private final int status;
    private final String contentType;
    private final ChunkedBytes content;
    private final Map<String, String> headers;

    private Reply(int status, String contentType, ChunkedBytes content, Map<String, String> headers) {
        this.status = status;
        this.contentType = contentType;
        this.content = content;
        this.headers = Map.copyOf(headers);
    }

    /** The response in the representation asked for. */
    static Reply of(ApiResponse response, Format format) {
        if (response.body().isEmpty()) {
            return new Reply(response.status(), null, new ChunkedBytes(), Map.of());
        }
        Body body = response.body().get();
        return new Reply(response.status(), format.contentType(), format == Format.XML ? xml(body) : json(body), Map.of());
    }

    /** An answer with the given bytes (the console's files, the metrics text). */
    static Reply bytes(int status, String contentType, byte[] bytes, Map<String, String> headers) {
        ChunkedBytes out = new ChunkedBytes();
        out.write(bytes, 0, bytes.length);
        return new Reply(status, contentType, out, headers);
    }

    /** An answer without body (204, or 404 for a file the console does not have). */
    static Reply empty(int status, Map<String, String> headers) {
        return new Reply(status, null, new ChunkedBytes(), headers);
    }

    /** An error answer, always JSON: {@code {"error": message, "path": path}}. */
    static Reply error(int status, String message, String path, Map<String, String> headers) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", message);
        error.put("path", path);
        return new Reply(status, Format.JSON.contentType(), json(new TreeBody(error, () -> "")), headers);
    }

    int status() {
        return status;
    }

    /** Null for an answer without body (204). */
    String contentType() {
        return contentType;
    }

    Map<String, String> headers() {
        return headers;
    }

    int length() {
        return content.size();
    }

    /** Sends the bytes without copying them first. */
    void writeTo(OutputStream out) throws IOException {
        content.writeTo(out);
    }

    /** Hands the body's memory back for the next reply, once it is sent. */
    void release() {
        content.release();
    }

    /** A copy of the bytes. */
    byte[] body() {
        return content.toByteArray();
    }

    private static ChunkedBytes json(Body body) {
        ChunkedBytes out = new ChunkedBytes();
        try (JsonGenerator generator = JsonTree.FACTORY.createGenerator(out)) {
            body.writeJson(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e); // memory only: not expected
        }
        out.write('\n');
        return out;
    }

    private static ChunkedBytes xml(Body body) {
        byte[] bytes = (XML_DECLARATION + body.xml()).getBytes(StandardCharsets.UTF_8);
        ChunkedBytes out = new ChunkedBytes();
        out.write(bytes, 0, bytes.length);
        return out;
    }
}
