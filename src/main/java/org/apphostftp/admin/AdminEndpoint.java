package org.apphostftp.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.net.ssl.SSLParameters;
import org.apphostftp.audit.Actor;
import org.apphostftp.config.effective.Endpoint;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.security.ServerCertificateException;
import org.apphostftp.security.ServerTls;
import org.apphostftp.security.TokenFile;
import org.apphostftp.security.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP admin endpoint of {@code system.ftpServer/management}: the JDK's HTTP server (HTTPS when the section names
 * a certificate) in front of an {@link AdminApi}, answering only requests that carry the bearer token of the token
 * file. One component of the host: started with it, closed with it.
 */
public final class AdminEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdminEndpoint.class);
    /** Threads answering at once; a thread is held only while a request is read (bounded) or answered. */
    private static final int MAX_THREADS = 256;
    private static final int BACKLOG = 50;
    private static final Duration IDLE_THREAD = Duration.ofSeconds(30);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static {
        JdkHttpServerLimits.install();
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final boolean tls;

    private AdminEndpoint(HttpServer server, ExecutorService executor, boolean tls) {
        this.server = server;
        this.executor = executor;
        this.tls = tls;
    }

    /**
     * Reads (or creates) the token file and listens on the section's bindingInformation.
     *
     * @throws IOException                when the token file cannot be read or created, or the address cannot be bound;
     *                                    the message names the file or address and the fix
     * @throws ServerCertificateException when serverCertFile is set but cannot be used
     */
    public static AdminEndpoint start(GlobalSettings.Management management, AdminApi api) throws IOException, ServerCertificateException {
        String token = TokenFile.readOrCreate(management.tokenFile());
        Optional<ServerTls> tls = ServerTls.forManagement(management);
        Endpoint endpoint = management.endpoint();
        HttpServer server;
        try {
            server = tls.isPresent() ? https(socketAddress(endpoint), tls.get()) : HttpServer.create(socketAddress(endpoint), BACKLOG);
        } catch (BindException e) {
            throw new IOException("the admin endpoint cannot listen on " + endpoint + " (" + e.getMessage() + "): another program "
                    + "(or another apphost-ftp) uses it; set system.ftpServer/management/@bindingInformation to a free port, "
                    + "or enabled=\"false\"", e);
        }
        ExecutorService executor = elasticThreads();
        server.createContext("/", new Handler(api, token, "token " + management.tokenFile().getFileName()));
        server.setExecutor(executor);
        server.start();
        AdminEndpoint started = new AdminEndpoint(server, executor, tls.isPresent());
        LOG.info("admin endpoint on {} (bearer token in {})", started.url(), management.tokenFile());
        return started;
    }

    /** The address and port it listens on (the real port when the configuration's was taken by the system). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code http://127.0.0.1:8021} or {@code https://...}. */
    public String url() {
        InetAddress a = address().getAddress();
        String host = a.getHostAddress().contains(":") ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
        return (tls ? "https" : "http") + "://" + host + ":" + address().getPort();
    }

    /** Stops listening at once; requests being answered are cut off. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static InetSocketAddress socketAddress(Endpoint endpoint) throws IOException {
        return endpoint.isWildcard()
                ? new InetSocketAddress(endpoint.port())
                : new InetSocketAddress(InetAddress.getByName(endpoint.address()), endpoint.port()); // numeric: no lookup
    }

    private static HttpsServer https(InetSocketAddress address, ServerTls tls) throws IOException {
        HttpsServer server = HttpsServer.create(address, BACKLOG);
        server.setHttpsConfigurator(new HttpsConfigurator(tls.sslContext()) {
            @Override
            public void configure(HttpsParameters params) {
                params.setSSLParameters(tls.parameters(getSSLContext().getDefaultSSLParameters())); // protocols, FS AEAD suites
            }
        });
        return server;
    }

    /**
     * Up to {@link #MAX_THREADS} threads, made when no thread is free and ended after 30 s unused; further requests wait
     * in line.
     */
    private static ExecutorService elasticThreads() {
        return new ElasticThreads(MAX_THREADS, IDLE_THREAD, daemonThreads());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "admin-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Checks the token, asks the API, sends the reply. */
    private static final class Handler implements HttpHandler {

        private final AdminApi api;
        private final String token;
        private final String tokenName;

        Handler(AdminApi api, String token, String tokenName) {
            this.api = api;
            this.token = token;
            this.tokenName = tokenName;
        }

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            long started = System.nanoTime();
            try (exchange) {
                String method = exchange.getRequestMethod();
                String path = exchange.getRequestURI().getRawPath();
                Reply reply;
                Optional<Reply> open = api.answerWithoutToken(method, exchange.getRequestURI());
                if (open.isPresent()) {
                    reply = open.get();
                } else if (!Tokens.matches(token, bearer(exchange.getRequestHeaders().getFirst("Authorization")))) {
                    LOG.info("admin request {} {} from {} refused: missing or wrong bearer token", method, path,
                            exchange.getRemoteAddress());
                    reply = Reply.error(401, "missing or wrong bearer token: send 'Authorization: Bearer TOKEN' with the token "
                            + "of the file named by system.ftpServer/management/@tokenFile", path,
                            Map.of("WWW-Authenticate", "Bearer realm=\"apphost-ftp\""));
                } else {
                    reply = api.answer(method, exchange.getRequestURI(), exchange.getRequestHeaders().getFirst("Accept"),
                            new Actor(tokenName, remote(exchange.getRemoteAddress())));
                }
                int length = reply.length();
                try {
                    send(exchange, reply);
                } finally {
                    reply.release();
                }
                LOG.debug("admin request {} {}: {}, {} bytes in {} ms", method, path, reply.status(), length,
                        (System.nanoTime() - started) / 100_000 / 10.0);
            }
        }

        private static String remote(InetSocketAddress address) {
            String host = address.getAddress().getHostAddress();
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
        }

        /** The token of an {@code Authorization: Bearer TOKEN} header, or null. */
        private static String bearer(String authorization) {
            if (authorization == null) {
                return null;
            }
            String[] parts = WHITESPACE.split(authorization.trim(), 2);
            return parts.length == 2 && parts[0].equalsIgnoreCase("Bearer") ? parts[1].trim() : null;
        }

        private static void send(HttpExchange exchange, Reply reply) throws IOException {
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (reply.contentType() == null) {
                exchange.sendResponseHeaders(reply.status(), -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            if (exchange.getRequestMethod().equals("HEAD")) { // a HEAD answer has headers only
                exchange.sendResponseHeaders(reply.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(reply.status(), reply.length());
            try (OutputStream out = exchange.getResponseBody()) {
                reply.writeTo(out);
            }
        }
    }
}
