package org.apphostftp.farm;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apphostftp.FreePorts;
import org.apphostftp.cli.Main;

/**
 * Farm nodes as separate JVMs ({@code serve --config FILE --node NAME --address 127.0.0.N --admin 127.0.0.N:PORT}) on
 * one shared configuration in a temp folder: every node on the same FTP port, each on its own loopback address.
 * {@link #close()} kills every JVM it started and deletes the folder.
 */
final class FarmOnLoopback implements AutoCloseable {

    static final String SECRET = "farm-test-secret-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final Path config;
    final int ftpPort = FreePorts.next();
    final int adminPort = FreePorts.next();
    final int farmPort = FreePorts.next();
    private final Map<String, Process> nodes = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    FarmOnLoopback(List<String> addresses) throws IOException {
        dir = Files.createTempDirectory("farm");
        Files.createDirectories(dir.resolve("ftproot"));
        Files.writeString(dir.resolve("ftproot/readme.txt"), "farm\n");
        config = dir.resolve("applicationHost.config");
        Files.writeString(config, configuration(addresses, "%FARM_SECRET%", "farm node"));
        Files.writeString(dir.resolve("administration.config"), """
                <configuration><system.webServer><management><authentication><credentials>
                </credentials></authentication></management></system.webServer></configuration>
                """);
    }

    String configuration(List<String> addresses, String secret, String banner) {
        return """
                <configuration>
                  <system.applicationHost>
                    <sites>
                      <site name="Farm Site" id="1">
                        <bindings><binding protocol="ftp" bindingInformation="*:%d:" /></bindings>
                        <application path="/"><virtualDirectory path="/" physicalPath="ftproot" /></application>
                        <ftpServer>
                          <security>
                            <ssl controlChannelPolicy="SslAllow" dataChannelPolicy="SslAllow" />
                            <authentication><anonymousAuthentication enabled="true" /><basicAuthentication enabled="true" /></authentication>
                          </security>
                          <messages bannerMessage="%s" />
                        </ftpServer>
                      </site>
                    </sites>
                  </system.applicationHost>
                  <system.ftpServer>
                    <management bindingInformation="127.0.0.1:%d" />
                    <farm enabled="true" name="test" port="%d" members="%s" secret="%s" />
                    <security><authentication><denyByFailure enabled="true" maxFailure="3" entryExpiration="00:01:00" /></authentication></security>
                  </system.ftpServer>
                  <location path="Farm Site"><system.ftpServer><security><authorization>
                    <add accessType="Allow" users="*" permissions="Read" />
                  </authorization></security></system.ftpServer></location>
                </configuration>
                """.formatted(ftpPort, banner, adminPort, farmPort, String.join(",", addresses), secret);
    }

    /** Starts node NAME on ADDRESS with the farm secret {@code secret}. */
    void start(String name, String address, String secret) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx96m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--config", config.toString(),
                "--node", name, "--address", address, "--admin", address + ":" + adminPort)
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("FARM_SECRET", secret);
        nodes.put(name, pb.start());
    }

    /** SIGKILL: no goodbye to the other nodes. */
    void kill(String name) {
        nodes.get(name).destroyForcibly();
    }

    /**
     * SIGSTOP: the node's JVM stops answering without exiting, its sockets stay open, as behind a network cut or a
     * frozen VM; {@link #thaw} (SIGCONT) lets it run on.
     */
    void freeze(String name) {
        signal("-STOP", name);
    }

    void thaw(String name) {
        signal("-CONT", name);
    }

    private void signal(String signal, String name) {
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(nodes.get(name).pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill " + signal + " " + name + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode get(String address, String path) {
        try {
            return JSON.readTree(send(address, path, "GET").body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> send(String address, String path, String method) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + address + ":" + adminPort + path))
                    .timeout(Duration.ofSeconds(5)).header("Authorization", "Bearer " + token())
                    .method(method, HttpRequest.BodyPublishers.noBody()).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The node names in the view of the node at {@code address}, from its /api/status. */
    List<String> view(String address) {
        List<String> names = new ArrayList<>();
        get(address, "/api/status").path("farm").path("nodes").forEach(n -> names.add(n.path("name").asText()));
        return names;
    }

    private String token() throws IOException {
        return Files.readString(dir.resolve("management.token")).trim();
    }

    String log(String name) {
        try {
            return Files.readString(dir.resolve(name + ".log"));
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        nodes.values().forEach(Process::destroyForcibly);
        for (Process p : nodes.values()) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
