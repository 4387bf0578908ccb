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
import org.apphostftp.configapi.ConfigurationSection;
import org.apphostftp.configapi.RuntimeProviders;
import org.apphostftp.configapi.ServerManager;

/**
 * A real server on a configuration text in a temporary folder. Every port written in the text (bindings and the admin
 * endpoint) is replaced by a free ephemeral port on 127.0.0.1; {@link #port(int)} maps a written port to the real one.
 * When the text does not write the admin endpoint's address, it gets a free port too (never the default 8021, which a
 * server started by hand may be using): {@link #adminPort()}.
 */
public final class TestServer implements AutoCloseable {

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
            moveAdminEndpointToAFreePort(file);
            FtpHost host = FtpHost.start(file, Map.of());
            if (host.adminAddress().isPresent() || !host.runtime().config().global().management().enabled() || attempt == 3) {
                return new TestServer(dir, file, ports, host);
            }
            host.close();
        }
    }

    /** The text with each written port replaced (the same written port always maps to the same free port). */
    public static String withFreePorts(String text, Map<Integer, Integer> ports) {
        Matcher m = PORTS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int written = Integer.parseInt(m.group(2));
            int real = ports.computeIfAbsent(written, p -> FreePorts.next());
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + ":" + real + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Writes a free port into management/@bindingInformation unless the file writes one (then it was replaced above). */
    private static void moveAdminEndpointToAFreePort(Path file) {
        try (ServerManager manager = new ServerManager(file, RuntimeProviders.offline(), Fixtures.loader())) {
            ConfigurationSection management = manager.getApplicationHostConfiguration().getSection("system.ftpServer/management");
            if (management.getAttribute("bindingInformation").isInheritedFromDefaultValue()) {
                management.setAttributeValue("bindingInformation", "127.0.0.1:" + FreePorts.next());
                manager.commitChanges();
            }
        }
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

    /** The only port of a one-port configuration. */
    public int port() {
        if (ports.size() != 1) {
            throw new IllegalStateException("the configuration has ports " + ports.keySet());
        }
        return ports.values().iterator().next();
    }

    /** The port the admin endpoint listens on. */
    public int adminPort() {
        return host.adminAddress().orElseThrow(() -> new IllegalStateException("the admin endpoint is not running")).getPort();
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
