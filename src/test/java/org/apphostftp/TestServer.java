package org.apphostftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apphostftp.config.Fixtures;

/**
 * A real server on a configuration text in a temporary folder. Every port written in the text (bindings and the admin
 * endpoint) is replaced by a free ephemeral port on 127.0.0.1; {@link #port(int)} maps a written port to the real one.
 * When the text does not write the admin endpoint's address, it gets a free port too (never the default 8021, which a
 * server started by hand may be using): {@link #adminPort()}.
 */
public final class TestServer implements AutoCloseable {

    private static final int ADMIN_DEFAULT_PORT = 8021;
    private static final Pattern PORTS = Pattern.compile("(bindingInformation=\"[^\"]*?):(\\d+)(:|\")");

    private final Path dir;
    private final Path configFile;
    private final Map<Integer, Integer> ports;
    private final FtpHost host;

    private TestServer(Path dir, Path configFile, Map<Integer, Integer> ports, FtpHost host) {
        this.dir = dir;
        this.configFile = configFile;
        this.ports = ports;
        this.host = host;
    }

    /**
     * Writes {@code configText} (ports replaced) as dir/applicationHost.config, creates its folders, starts it. When the
     * admin endpoint's free port was taken by someone else before the host could bind it, starts again on new ports.
     */
    public static TestServer start(Path dir, String configText) {
        for (int attempt = 1; ; attempt++) {
            Map<Integer, Integer> ports = new LinkedHashMap<>();
            String text = withFreePorts(configText, ports);
            Path file = Fixtures.installText(text, dir);
            FtpHost host = FtpHost.start(file, Map.of());
            if (host.adminAddress().isPresent() || !host.runtime().config().global().management().enabled() || attempt == 3) {
                return new TestServer(dir, file, ports, host);
            }
            host.close();
        }
    }

    /**
     * The text with each written port replaced (the same written port always maps to the same free port), and, when
     * the text has no {@code <management>}, one on a free port (mapped from the default 8021).
     */
    public static String withFreePorts(String text, Map<Integer, Integer> ports) {
        Matcher m = PORTS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int written = Integer.parseInt(m.group(2));
            int real = ports.computeIfAbsent(written, p -> FreePorts.next());
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + ":" + real + m.group(3)));
        }
        m.appendTail(out);
        String result = out.toString();
        int end = result.lastIndexOf("</configuration>");
        if (!result.contains("<management") && end >= 0) {
            int admin = ports.computeIfAbsent(ADMIN_DEFAULT_PORT, p -> FreePorts.next());
            result = result.substring(0, end) + "<system.ftpServer><management bindingInformation=\"127.0.0.1:" + admin
                    + "\" /></system.ftpServer>\n" + result.substring(end);
        }
        return result;
    }

    /** The fixture named {@code fixture}, started. */
    public static TestServer fixture(Path dir, String fixture) {
        return start(dir, Fixtures.text(fixture));
    }

    public int port(int written) {
        Integer real = ports.get(written);
        if (real == null) {
            throw new IllegalArgumentException("port " + written + " is not in the configuration");
        }
        return real;
    }

    /** The only FTP port of a one-port configuration. */
    public int port() {
        var ftp = ports.entrySet().stream().filter(e -> e.getKey() != ADMIN_DEFAULT_PORT).map(Map.Entry::getValue).toList();
        if (ftp.size() != 1) {
            throw new IllegalStateException("the configuration has ports " + ports.keySet());
        }
        return ftp.get(0);
    }

    /** {@code configText} with this server's ports: a written port maps as at start, a new one gets a free port. */
    public String withPorts(String configText) {
        return withFreePorts(configText, ports);
    }

    /**
     * Saves {@code configText} (ports mapped as in {@link #withPorts}) over the configuration file the way most editors
     * do (truncate, then write), after creating the folders its physicalPaths name.
     */
    public void save(String configText) {
        Fixtures.installText(withPorts(configText), dir);
    }

    /** The port the admin endpoint listens on. */
    public int adminPort() {
        return host.adminAddress().orElseThrow(() -> new IllegalStateException("the admin endpoint is not running")).getPort();
    }

    /** The running server behind the host (for assertions on internals the public API does not show). */
    public org.apphostftp.host.HostRuntime runtime() {
        return host.runtime();
    }

    /** The live configuration of the host. */
    public org.apphostftp.host.LiveConfiguration live() {
        return host.live();
    }

    public FtpHost host() {
        return host;
    }

    public Path dir() {
        return dir;
    }

    public Path configFile() {
        return configFile;
    }

    /** A file below the server's folder, created with {@code content}. */
    public Path file(String relative, String content) {
        try {
            Path p = dir.resolve(relative);
            Files.createDirectories(p.getParent());
            return Files.writeString(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        host.close();
    }
}
