package org.apphostftp.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FreePorts;
import org.apphostftp.FtpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as shipped (target/apphost-ftp.jar, the shade plugin's minimized jar, run by maven-failsafe after
 * {@code package}): it stays under its size limit, and {@code java -jar ... serve} runs every path that loads classes
 * by name or on demand: FTP, the admin JSON (trees, streamed listings, errors) and the CLI reading and printing it,
 * /metrics in the Prometheus text format, the meters over JMX and a farm (JGroups) node. A class the minimizer dropped
 * would fail here, not in a user's server.
 */
class ShadedJarIT {

    /**
     * Issue 13: not larger than 8.8 MB, 8,800,000 bytes (the jar is 7.87 MB since the JSON is written and read with
     * jackson-core alone; README, "Public API").
     */
    static final long SIZE_LIMIT = 8_800_000;

    static final Path JAR = Path.of("target", "apphost-ftp.jar");

    @TempDir
    Path dir;

    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void theShadedJarStaysUnderItsSizeLimit() throws IOException {
        assertThat(Files.size(JAR)).as("size of %s", JAR).isLessThanOrEqualTo(SIZE_LIMIT);
    }

    @Test
    void theShadedJarServesFtpAdminJsonMetricsJmxAndAFarmNode() throws Exception {
        int ftp = FreePorts.next();
        int admin = FreePorts.next();
        int farm = FreePorts.next();
        int jmx = FreePorts.next();
        Files.createDirectories(dir.resolve("root"));
        Files.writeString(dir.resolve("root/hello.txt"), "hello\n");
        Path config = dir.resolve("applicationHost.config");
        Files.writeString(config, """
                <configuration>
                  <system.applicationHost><sites>
                    <site name="Jar Site" id="1">
                      <bindings><binding protocol="ftp" bindingInformation="127.0.0.1:%d:" /></bindings>
                      <application path="/"><virtualDirectory path="/" physicalPath="root" /></application>
                      <ftpServer><security>
                        <ssl controlChannelPolicy="SslAllow" dataChannelPolicy="SslAllow" />
                        <authentication><anonymousAuthentication enabled="true" /></authentication>
                      </security></ftpServer>
                    </site>
                  </sites></system.applicationHost>
                  <system.ftpServer>
                    <management bindingInformation="127.0.0.1:%d" />
                    <farm enabled="true" name="jar" port="%d" members="127.0.0.1" secret="jar-test-secret-0123456789" />
                  </system.ftpServer>
                  <location path="Jar Site"><system.ftpServer><security><authorization>
                    <add accessType="Allow" users="*" permissions="Read" />
                  </authorization></security></system.ftpServer></location>
                </configuration>
                """.formatted(ftp, admin, farm));
        Files.writeString(dir.resolve("administration.config"), "<configuration />\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(java, "-Xmx128m", "-Dcom.sun.management.jmxremote.port=" + jmx,
                "-Dcom.sun.management.jmxremote.host=127.0.0.1", "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false", "-jar", JAR.toString(), "serve", "--config", config.toString(),
                "--node", "jar1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> get(http, admin, "/api/status").statusCode() == 200);
        String log = Files.readString(dir.resolve("serve.log"));
        assertThat(log).doesNotContain("NoClassDefFoundError", "ClassNotFoundException", "ERROR");

        HttpResponse<String> status = get(http, admin, "/api/status");
        assertThat(status.body()).as("admin JSON with the farm (JGroups) node").contains("\"farm\"", "\"jar1\"");
        assertThat(get(http, admin, "/api/sites").body()).contains("\"Jar Site\"", "\"Started\"");
        assertThat(get(http, admin, "/api/config?section=system.applicationHost/sites").body())
                .startsWith("{\"sites\":{\"site\":[{\"name\":\"Jar Site\",\"id\":1,");
        HttpResponse<String> missing = get(http, admin, "/api/sites/Nowhere/start");
        assertThat(missing.statusCode()).isEqualTo(405);
        assertThat(missing.body()).startsWith("{\"error\":\"").contains("\"path\":\"/api/sites/Nowhere/start\"}");
        Process cli = new ProcessBuilder(java, "-jar", JAR.toString(), "list", "sites", "--json", "--config", config.toString())
                .redirectErrorStream(true).start();
        String printed = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor()).as(printed).isZero();
        assertThat(printed).as("the CLI reads and prints the answer").contains("\"name\" : \"Jar Site\"", "\"state\" : \"Started\"");
        HttpResponse<String> metrics = get(http, admin, "/metrics");
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(metrics.body()).contains("# TYPE ftp_sessions gauge", "jvm_memory_used_bytes");

        FTPClient client = FtpClients.login(ftp, "anonymous", "guest@");
        try {
            assertThat(client.listNames()).contains("hello.txt");
            assertThat(get(http, admin, "/api/sessions").body()).as("a streamed listing")
                    .startsWith("{\"sessions\":[{\"sessionId\":\"").contains("\"userName\":\"Anonymous\"", "\"serverName\":\"jar1\"");
        } finally {
            FtpClients.close(client);
        }

        try (JMXConnector c = JMXConnectorFactory.connect(
                new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmx + "/jmxrmi"))) {
            MBeanServerConnection mbeans = c.getMBeanServerConnection();
            Set<ObjectName> meters = mbeans.queryNames(new ObjectName("apphost-ftp:*"), null);
            assertThat(meters).as("the meters over JMX").isNotEmpty()
                    .anySatisfy(n -> assertThat(n.getKeyProperty("name")).startsWith("ftpCommands"));
        }
    }

    private HttpResponse<String> get(HttpClient http, int port, String path) throws IOException, InterruptedException {
        Path tokenFile = dir.resolve("management.token");
        String token = Files.exists(tokenFile) ? Files.readString(tokenFile).trim() : "";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
