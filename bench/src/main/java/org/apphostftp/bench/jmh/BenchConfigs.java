package org.apphostftp.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.host.HostRuntime;
import org.apphostftp.session.LiveSession;
import org.apphostftp.session.SessionRegistry;

/** Configurations and sessions for the microbenchmarks, written into a temporary folder. */
final class BenchConfigs {

    private BenchConfigs() {
    }

    /**
     * An applicationHost.config with {@code sites} FTP sites ("site1" ... ) as virtual hosts of one port, each with its
     * own folder, a connections element and an authorization rule in a location: the shape of a large shared host.
     * The port is a free one, so that {@link #running} can listen on it.
     */
    static Path sites(Path dir, int sites) {
        int port = freePort();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration>\n"
                + "  <system.applicationHost>\n    <sites>\n");
        for (int i = 1; i <= sites; i++) {
            mkdirs(dir.resolve("site" + i));
            xml.append("      <site name=\"site").append(i).append("\" id=\"").append(i).append("\">\n")
                    .append("        <bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:").append(port).append(":site").append(i)
                    .append(".example\" /></bindings>\n")
                    .append("        <application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"site").append(i)
                    .append("\" /></application>\n")
                    .append("        <ftpServer><connections controlChannelTimeout=\"").append(60 + i % 60).append("\" />")
                    .append("<security><ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />")
                    .append("<authentication><basicAuthentication enabled=\"true\" /></authentication></security></ftpServer>\n")
                    .append("      </site>\n");
        }
        xml.append("    </sites>\n  </system.applicationHost>\n");
        for (int i = 1; i <= sites; i++) {
            xml.append("  <location path=\"site").append(i).append("\"><system.ftpServer><security><authorization>")
                    .append("<add accessType=\"Allow\" users=\"user").append(i).append("\" permissions=\"Read, Write\" />")
                    .append("</authorization></security></system.ftpServer></location>\n");
        }
        xml.append("</configuration>\n");
        Path file = dir.resolve("applicationHost.config");
        try {
            return Files.writeString(file, xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A host running {@code config}: its sites started and listening, so that the sessions section lists them. */
    static HostRuntime running(ServerConfig config) {
        HostRuntime host = new HostRuntime(config);
        host.apply(config);
        return host;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} live sessions of {@code site} in {@code registry}: logged in, a command run, some bytes moved. */
    static void sessions(SessionRegistry registry, String site, int count) {
        Instant start = Instant.now();
        for (int i = 0; i < count; i++) {
            LiveSession s = new LiveSession(site, "10.0." + (i >> 8 & 255) + "." + (i & 255), 40000 + i % 20000,
                    "127.0.0.1", 2121, start.plusMillis(i), false);
            s.userName("user" + i % 100);
            s.commandReceived("USER user" + i % 100, start.plusMillis(i));
            s.commandReceived("PASS ***", start.plusMillis(i + 1));
            s.replySent(230);
            s.currentDirectory("/");
            s.addBytesReceived(30);
            s.addBytesSent(80);
            registry.add(s);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path p) {
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
