package org.apphostftp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Raw HTTP requests to a test server's admin endpoint, with its token unless told otherwise. */
public final class AdminHttp {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One answer: status, body, and the headers that matter to tests. */
    public record Response(int status, String body, String contentType, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    public AdminHttp(TestServer server) {
        this.base = "http://127.0.0.1:" + server.adminPort();
        try {
            this.token = Files.readString(server.dir().resolve("management.token")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String token() {
        return token;
    }

    public Response get(String pathAndQuery) {
        return send("GET", pathAndQuery, "Bearer " + token, null);
    }

    public Response getXml(String pathAndQuery) {
        return send("GET", pathAndQuery, "Bearer " + token, "application/xml");
    }

    public Response delete(String path) {
        return send("DELETE", path, "Bearer " + token, null);
    }

    public Response post(String path) {
        return send("POST", path, "Bearer " + token, null);
    }

    /** Any request; {@code authorization} and {@code accept} may be null to leave the header out. */
    public Response send(String method, String pathAndQuery, String authorization, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** {@code s} percent-encoded for a path segment or query value. */
    public static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
