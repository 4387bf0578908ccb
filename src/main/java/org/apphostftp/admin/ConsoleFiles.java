package org.apphostftp.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The web console's static files (in the jar under {@code /console}), the only answers given without the token: they
 * hold no data; the page asks for the token and sends it with each API request. Every answer carries a strict
 * Content-Security-Policy (scripts and styles from these files only, no inline code, requests to this origin only,
 * no framing), so text a client chose can never run as code even if it reached the page as markup.
 */
final class ConsoleFiles {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    private record File(String contentType, byte[] bytes) {
    }

    private final Map<String, File> files = Map.of(
            "/", load("index.html", "text/html; charset=utf-8"),
            "/console/console.js", load("console.js", "text/javascript; charset=utf-8"),
            "/console/console.css", load("console.css", "text/css; charset=utf-8"));

    /** The answer for a console path, or empty when the path is not the console's (then the token is needed). */
    Optional<Reply> answer(String method, String path) {
        if (path.equals("/favicon.ico")) { // browsers ask for it; answering 404 quietly keeps their consoles clean
            return Optional.of(Reply.empty(404, HEADERS));
        }
        File file = files.get(path);
        if (file == null) {
            return Optional.empty();
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Optional.of(Reply.error(405, "method " + method + " not allowed on " + path + "; use GET", path,
                    Map.of("Allow", "GET, HEAD")));
        }
        return Optional.of(Reply.bytes(200, file.contentType(), file.bytes(), HEADERS));
    }

    private static File load(String name, String contentType) {
        try (InputStream in = ConsoleFiles.class.getResourceAsStream("/console/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks /console/" + name);
            }
            return new File(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /console/" + name + " from the jar", e);
        }
    }
}
