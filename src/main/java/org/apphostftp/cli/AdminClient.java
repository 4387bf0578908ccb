package org.apphostftp.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.ManagementSettings;
import org.apphostftp.config.PathExpander;
import org.apphostftp.config.effective.Endpoint;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.InvalidValueException;
import org.apphostftp.configapi.ConfigurationSection;
import org.apphostftp.configapi.ServerManager;
import org.apphostftp.json.JsonValue;
import org.apphostftp.security.ServerCertificateException;
import org.apphostftp.security.ServerTls;
import org.apphostftp.security.TokenFile;

/**
 * The admin commands' way to a running server: the endpoint and token file of {@code system.ftpServer/management},
 * read from the configuration through the normal loader, and HTTP requests with the bearer token.
 */
final class AdminClient {

    /** An HTTP answer: its status and body. */
    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final GlobalSettings.Management management;
    private final String host;
    private final String where;

    private AdminClient(GlobalSettings.Management management) {
        this.management = management;
        Endpoint endpoint = management.endpoint();
        String address = endpoint.isWildcard() ? "127.0.0.1" : endpoint.address();
        this.host = address.contains(":") ? "[" + address + "]" : address;
        this.where = host + ":" + endpoint.port();
    }

    /**
     * The client for the server that runs {@code config}: its plain management settings by a quick scan, or (any other
     * case, errors included) through the full load.
     */
    static AdminClient of(ConfigOption config) throws CommandFailure {
        Optional<GlobalSettings.Management> plain = ManagementScan.of(config.path(), System.getenv());
        if (plain.isPresent()) {
            return new AdminClient(plain.get());
        }
        return of(ConfigLoader.standard().load(config.path(), config.config), config.config);
    }

    /** The client for the server that runs an already loaded configuration. */
    static AdminClient of(LoadResult loaded, String displayName) throws CommandFailure {
        if (!loaded.ok()) {
            throw new CommandFailure("cannot find the admin endpoint: " + displayName + " has errors\n"
                    + loaded.errors().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        }
        GlobalSettings.Management management = loaded.orElseThrow().global().management();
        if (!management.enabled()) {
            throw new CommandFailure("the admin endpoint is disabled in " + displayName
                    + " (system.ftpServer/management/@enabled is false)");
        }
        return new AdminClient(management);
    }

    /**
     * The client for the server that runs the configuration {@code manager} reads: its management section through the
     * config API (so a file read section by section checks only that section), with paths and %VARIABLES% resolved
     * as the loader resolves them.
     *
     * @throws org.apphostftp.configapi.ConfigurationValidationException when the management section has errors
     */
    static AdminClient of(ServerManager manager, String displayName) throws CommandFailure {
        ConfigurationSection m = manager.getApplicationHostConfiguration().getSection("system.ftpServer/management");
        if (!Boolean.TRUE.equals(m.getAttributeValue("enabled"))) {
            throw new CommandFailure("the admin endpoint is disabled in " + displayName
                    + " (system.ftpServer/management/@enabled is false)");
        }
        PathExpander paths = new PathExpander(System.getenv(), manager.getConfigFile().toAbsolutePath().getParent());
        try {
            return new AdminClient(ManagementSettings.of(true, text(m, "bindingInformation"), text(m, "tokenFile"),
                    Boolean.TRUE.equals(m.getAttributeValue("allowRemote")), text(m, "serverCertFile"),
                    text(m, "serverCertKeyFile"), text(m, "serverCertPassword"), paths));
        } catch (InvalidValueException e) {
            throw new CommandFailure("cannot find the admin endpoint: " + e.getMessage(), e);
        }
    }

    private static String text(ConfigurationSection section, String attribute) {
        Object value = section.getAttributeValue(attribute);
        return value == null ? "" : value.toString();
    }

    /** Whether the endpoint accepts a connection now (a server runs there). */
    boolean reachable() {
        try {
            probe();
            return true;
        } catch (CommandFailure e) {
            return false;
        }
    }

    /** GET with JSON or XML, failing unless the answer is 2xx. */
    String get(String pathAndQuery, boolean xml) throws CommandFailure {
        return successful(send("GET", pathAndQuery, xml));
    }

    /** POST, failing unless the answer is 2xx; the body of the answer. */
    String post(String path) throws CommandFailure {
        return successful(send("POST", path, false));
    }

    /**
     * Sends a request with the token. The address is tried before the token file is read, so that a server that is not
     * running is reported as such.
     *
     * @throws CommandFailure when the server cannot be reached or the token file cannot be read
     */
    Answer send(String method, String pathAndQuery, boolean xml) throws CommandFailure {
        probe();
        String token;
        try {
            token = TokenFile.read(management.tokenFile());
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        if (!management.tls()) {
            return sendPlain(method, pathAndQuery, xml, token);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(scheme() + "://" + where + pathAndQuery))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", xml ? "application/xml" : "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = tlsClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (ConnectException e) {
            throw unreachable("connection refused", e);
        } catch (HttpTimeoutException e) {
            throw unreachable("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s", e);
        } catch (SSLException e) {
            throw unreachable("TLS failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw unreachable(String.valueOf(e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted", e);
        }
    }

    /**
     * Plain HTTP through HttpURLConnection: a short-lived CLI process then skips what java.net.http sets up first (the
     * default SSLContext with the trust store, a selector thread), a large part of its run time.
     */
    private Answer sendPlain(String method, String pathAndQuery, boolean xml, String token) throws CommandFailure {
        try {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI.create("http://" + where + pathAndQuery).toURL()
                    .openConnection(java.net.Proxy.NO_PROXY);
            c.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            c.setReadTimeout((int) REQUEST_TIMEOUT.toMillis());
            c.setRequestMethod(method);
            c.setRequestProperty("Authorization", "Bearer " + token);
            c.setRequestProperty("Accept", xml ? "application/xml" : "application/json");
            if (method.equals("POST")) {
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(0);
                c.getOutputStream().close();
            }
            int status = c.getResponseCode();
            java.io.InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            c.disconnect();
            return new Answer(status, text);
        } catch (ConnectException e) {
            throw unreachable("connection refused", e);
        } catch (SocketTimeoutException e) {
            throw unreachable("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw unreachable(String.valueOf(e.getMessage()), e);
        }
    }

    /** The server's error message of a failed answer, as it is (e.g. {@code no such session: ID}). */
    CommandFailure failure(Answer answer) {
        String message;
        try {
            JsonValue error = Json.read(answer.body()).get("error");
            message = error.isString() ? error.text() : "HTTP status " + answer.status();
        } catch (CommandFailure e) {
            message = "HTTP status " + answer.status();
        }
        if (answer.status() == 401) {
            return new CommandFailure("the admin endpoint at " + where + " refused the token in " + management.tokenFile()
                    + " (is it the token file of the running server?)");
        }
        return new CommandFailure(message);
    }

    /** {@code value} percent-encoded for a path segment or a query value. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String successful(Answer answer) throws CommandFailure {
        if (!answer.ok()) {
            throw failure(answer);
        }
        return answer.body();
    }

    private void probe() throws CommandFailure {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host.replaceAll("^\\[|]$", ""), management.endpoint().port()),
                    (int) CONNECT_TIMEOUT.toMillis());
        } catch (ConnectException e) {
            throw unreachable("connection refused", e);
        } catch (SocketTimeoutException e) {
            throw unreachable("no answer within " + CONNECT_TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw unreachable(String.valueOf(e.getMessage()), e);
        }
    }

    private CommandFailure unreachable(String reason, Exception cause) {
        return new CommandFailure("cannot reach apphost-ftp at " + where + ": " + reason, cause);
    }

    private String scheme() {
        return management.tls() ? "https" : "http";
    }

    /** Over HTTPS, a client that trusts exactly the endpoint's own certificate. */
    private HttpClient tlsClient() throws CommandFailure {
        try {
            Optional<ServerTls> tls = ServerTls.forManagement(management);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new PinnedCertificate(tls.orElseThrow().leafCertificate())}, new SecureRandom());
            return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).sslContext(context).build();
        } catch (ServerCertificateException | GeneralSecurityException e) {
            throw new CommandFailure("cannot use the admin endpoint's certificate: " + e.getMessage(), e);
        }
    }
}
