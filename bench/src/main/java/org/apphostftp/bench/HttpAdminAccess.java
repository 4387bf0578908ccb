package org.apphostftp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/**
 * The sessions through the HTTP admin endpoint (SPEC section 6), with its bearer token. Requests go over a bare
 * HTTP/1.1 socket ({@code Connection: close}, the body read to its end), so the time measured is the server's, not a
 * client library's: java.net.http takes longer than the endpoint to take in a 2 MB listing.
 */
final class HttpAdminAccess implements AdminAccess {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] SESSION_ID = "\"sessionId\"".getBytes(StandardCharsets.US_ASCII);

    /** Status code and body of one response: bytes {@code from} to {@code to} of {@code data} (not copied). */
    private record Response(int status, byte[] data, int from, int to) {

        Response(int status, byte[] body) {
            this(status, body, 0, body.length);
        }

        byte[] body() {
            return java.util.Arrays.copyOfRange(data, from, to);
        }
    }

    private final URI base;
    private final String token;
    private byte[] received = new byte[4 << 20];

    HttpAdminAccess(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    @Override
    public String name() {
        return "http";
    }

    /** The body is counted, not parsed (parsing 2 MB would double the figure). */
    @Override
    public IntSupplier listSessions() throws IOException {
        Response r = expect(200, "GET", "/api/sessions");
        return () -> occurrences(r.data(), r.from(), r.to(), SESSION_ID); // before the next request reuses the buffer
    }

    @Override
    public String sessionOnClientPort(int clientPort) throws IOException {
        for (JsonNode s : JSON.readTree(expect(200, "GET", "/api/sessions").body()).get("sessions")) {
            if (s.path("clientPort").asInt() == clientPort) {
                return s.path("sessionId").asText();
            }
        }
        throw new IllegalStateException("no session on client port " + clientPort);
    }

    @Override
    public void terminate(String sessionId) throws IOException {
        expect(204, "DELETE", "/api/sessions/" + URLEncoder.encode(sessionId, StandardCharsets.UTF_8));
    }

    private Response expect(int status, String method, String path) throws IOException {
        Response r = send(method, path);
        if (r.status() != status) {
            throw new IllegalStateException(method + " " + path + " answered " + r.status() + ": "
                    + new String(r.body(), 0, Math.min(200, r.body().length), StandardCharsets.UTF_8));
        }
        return r;
    }

    private Response send(String method, String path) throws IOException {
        try (Socket s = new Socket()) {
            s.setSoTimeout(30_000);
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(readToTheEnd(s.getInputStream()));
        }
    }

    /** The first {@code length} bytes of {@code data}. */
    private record Raw(byte[] data, int length) {
    }

    /** Everything until the server closes, into one buffer kept for the next response (2 MB listings), not copied. */
    private Raw readToTheEnd(java.io.InputStream in) throws IOException {
        int length = 0;
        while (true) {
            if (length == received.length) {
                received = java.util.Arrays.copyOf(received, received.length * 2);
            }
            int n = in.read(received, length, received.length - length);
            if (n < 0) {
                return new Raw(received, length);
            }
            length += n;
        }
    }

    /** Status line, headers, then the body (chunked or not). */
    private static Response parse(Raw received) throws IOException {
        byte[] raw = received.data();
        int end = received.length();
        int headerEnd = indexOf(raw, 0, end, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (headerEnd < 0) {
            throw new IOException("no HTTP response header in " + end + " bytes");
        }
        String head = new String(raw, 0, headerEnd, StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(head.substring(9, 12));
        int start = headerEnd + 4;
        if (!head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            return new Response(status, raw, start, end);
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(end);
        int at = start;
        while (true) {
            int lineEnd = indexOf(raw, at, end, "\r\n".getBytes(StandardCharsets.US_ASCII));
            int size = Integer.parseInt(new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0) {
                return new Response(status, body.toByteArray());
            }
            body.write(raw, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] data, int from, int to, byte[] token) {
        outer:
        for (int i = from; i + token.length <= to; i++) {
            for (int j = 0; j < token.length; j++) {
                if (data[i + j] != token[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int occurrences(byte[] data, int from, int to, byte[] token) {
        int count = 0;
        for (int at = indexOf(data, from, to, token); at >= 0; at = indexOf(data, at + token.length, to, token)) {
            count++;
        }
        return count;
    }
}
