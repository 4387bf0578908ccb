package org.apphostftp.admin;

import java.time.Duration;
import java.util.Map;

/**
 * The time limits of the JDK's HTTP server that keep slow clients from holding the admin endpoint's threads (and its
 * TCP_NODELAY, so that an answer is not held back by Nagle's algorithm). The JDK
 * reads them once per JVM, from system properties, when its first server is made; so they are set (unless the
 * administrator set them with {@code -D}) before the endpoint makes its first server.
 *
 * <p>A connection holds one of the endpoint's threads only from its first byte until its request is read, and while
 * its answer is made and written: {@link #REQUEST_TIME} bounds the first part (TLS handshake, request line, headers,
 * body: a total that no trickle of bytes extends), {@link #RESPONSE_TIME} the second. A connection that never sends a
 * byte holds no thread and is closed after the request time too (checked every ten seconds by the JDK).
 */
final class JdkHttpServerLimits {

    /** From the first byte of a request until it is read whole (the TLS handshake included). */
    static final Duration REQUEST_TIME = Duration.ofSeconds(5);
    /** From the end of the request until the answer is written (a Stop takes at most 3 s; a 5,000-session listing 0.1 s). */
    static final Duration RESPONSE_TIME = Duration.ofSeconds(60);

    private static final Map<String, String> PROPERTIES = Map.of(
            "sun.net.httpserver.maxReqTime", Long.toString(REQUEST_TIME.toSeconds()),
            "sun.net.httpserver.maxRspTime", Long.toString(RESPONSE_TIME.toSeconds()),
            // the JDK writes headers and body apart: with Nagle on, a keep-alive client's delayed ACK held every
            // answer 40 ms (bench/sites: 48 ms wall for 10 ms of work)
            "sun.net.httpserver.nodelay", "true");

    private JdkHttpServerLimits() {
    }

    /** Sets each limit the administrator did not set; has an effect only before the JVM's first HTTP server. */
    static void install() {
        PROPERTIES.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }
}
