package org.apphostftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.config.effective.SiteState;
import org.apphostftp.configapi.Configuration;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationElementCollection;
import org.apphostftp.configapi.ConfigurationNotFoundException;
import org.apphostftp.configapi.ReadOnlyConfigurationException;
import org.apphostftp.configapi.ServerManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sessions section through the config API: every attribute after each step of a dialogue, exact byte counts,
 * Terminate (idle, mid-download, mid-upload, unknown), read-only rules, Start/Stop, and listing under churn.
 */
class SessionsSectionTest {

    private static final String CONFIG = "<configuration><system.applicationHost><sites>"
            + site("Alpha", 1, 2121) + site("Beta", 2, 2122)
            + "</sites></system.applicationHost>"
            + "<location path=\"Alpha\"><system.ftpServer><security><authorization>"
            + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read, Write\" /></authorization></security></system.ftpServer></location>"
            + "<location path=\"Beta\"><system.ftpServer><security><authorization>"
            + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read, Write\" /></authorization></security></system.ftpServer></location>"
            + "</configuration>";

    @TempDir
    Path dir;

    private TestServer server;

    private static String site(String name, int id, int port) {
        return "<site name=\"" + name + "\" id=\"" + id + "\"><bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:"
                + port + ":\" /></bindings><application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"" + name.toLowerCase()
                + "\" /></application><ftpServer><security><ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />"
                + "<authentication><anonymousAuthentication enabled=\"true\" /><basicAuthentication enabled=\"true\" />"
                + "</authentication></security></ftpServer></site>";
    }

    @BeforeEach
    void start() {
        Users.write(dir, "bob", "pw", "carol", "pw");
        server = TestServer.start(dir, CONFIG);
        server.file("alpha/known.bin", "0123456789".repeat(100));
        server.file("alpha/sub/x.txt", "x");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ConfigurationElementCollection sessions(String site) {
        ServerManager manager = server.host().serverManager();
        Configuration config = manager.getApplicationHostConfiguration();
        ConfigurationElementCollection sites = config.getSection("system.applicationHost/sites").getCollection();
        ConfigurationElement s = sites.find("name", site).orElseThrow();
        return s.getChildElement("ftpServer").getChildElement("sessions").getCollection();
    }

    private ConfigurationElement only(String site) {
        ConfigurationElementCollection all = sessions(site);
        assertThat(all.size()).isEqualTo(1);
        return all.get(0);
    }

    @Test
    void theSpecSnippetWalksToTheSessionsAndTerminates() {
        FTPClient c = FtpClients.login(server.port(2121), "bob", "pw");
        try (ServerManager manager = server.host().serverManager()) {
            Configuration config = manager.getApplicationHostConfiguration();
            ConfigurationElementCollection sites = config.getSection("system.applicationHost/sites").getCollection();
            ConfigurationElement site = sites.find("name", "Alpha").orElseThrow();
            ConfigurationElementCollection sessions = site.getChildElement("ftpServer").getChildElement("sessions").getCollection();
            List<Object> users = new ArrayList<>();
            for (ConfigurationElement s : sessions) {
                users.add(s.getAttributeValue("userName"));
            }
            assertThat(users).containsExactly("bob");
            sessions.get(0).getMethods().get("Terminate").createInstance().execute();
            await().atMost(Duration.ofSeconds(1)).until(() -> sessions("Alpha").isEmpty());
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void everyAttributeFollowsAScriptedDialogueWithExactByteCounts() {
        Instant before = Instant.now().minusMillis(1); // taken before the connect: the session starts after it
        try (RawFtp ftp = new RawFtp(server.port(2121))) {
            assertThat(ftp.code()).isEqualTo(220);
            ConfigurationElement s = only("Alpha");
            String id = (String) s.getAttributeValue("sessionId");
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(s.getAttributeValue("userName")).isEqualTo("");
            assertThat(s.getAttributeValue("clientIp")).isEqualTo("127.0.0.1");
            assertThat(s.getAttributeValue("currentCommand")).isEqualTo("");
            assertThat(s.getAttributeValue("previousCommand")).isEqualTo("");
            assertThat(s.getAttributeValue("commandStartTime")).isEqualTo(s.getAttributeValue("sessionStartTime"));
            assertThat(Instant.parse((String) s.getAttributeValue("sessionStartTime"))).isAfter(before);
            assertThat((String) s.getAttributeValue("sessionStartTime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(s.getAttributeValue("lastErrorStatus")).isEqualTo(220L);
            assertThat(s.getAttributeValue("siteName")).isEqualTo("Alpha");
            assertThat(s.getAttributeValue("serverPort")).isEqualTo((long) server.port(2121));
            assertBytes(s, ftp);

            assertThat(ftp.command("USER bob")).isEqualTo(331);
            s = only("Alpha");
            assertThat(s.getAttributeValue("userName")).isEqualTo("bob");
            assertThat(s.getAttributeValue("currentCommand")).isEqualTo("USER bob");
            assertThat(s.getAttributeValue("lastErrorStatus")).isEqualTo(331L);
            assertBytes(s, ftp);

            assertThat(ftp.command("PASS pw")).isEqualTo(230);
            s = only("Alpha");
            assertThat(s.getAttributeValue("currentCommand")).isEqualTo("PASS ***");
            assertThat(s.getAttributeValue("previousCommand")).isEqualTo("USER bob");
            assertThat(s.getAttributeValue("currentDirectory")).isEqualTo("/");
            assertBytes(s, ftp);

            assertThat(ftp.command("CWD sub")).isEqualTo(250);
            s = only("Alpha");
            assertThat(s.getAttributeValue("currentDirectory")).isEqualTo("/sub");
            assertThat(ftp.command("CWD /")).isEqualTo(250);
            assertThat(ftp.command("TYPE I")).isEqualTo(200);

            Socket data = ftp.pasv();
            ftp.send("RETR known.bin");
            assertThat(ftp.code()).isEqualTo(150);
            assertThat(ftp.readAll(data)).hasSize(1000);
            assertThat(ftp.code()).isEqualTo(226);
            s = only("Alpha");
            assertThat(s.getAttributeValue("currentCommand")).isEqualTo("RETR known.bin");
            assertThat(s.getAttributeValue("previousCommand")).isEqualTo("PASV");
            assertThat(s.getAttributeValue("lastErrorStatus")).isEqualTo(226L);
            assertBytes(s, ftp);

            Socket upload = ftp.pasv();
            ftp.send("STOR up.bin");
            assertThat(ftp.code()).isEqualTo(150);
            ftp.writeAll(upload, new byte[4321]);
            assertThat(ftp.code()).isEqualTo(226);
            assertBytes(only("Alpha"), ftp);

            assertThat(ftp.command("RETR missing.bin")).isEqualTo(550);
            s = only("Alpha");
            assertThat(s.getAttributeValue("currentCommand")).isEqualTo("RETR missing.bin");
            assertThat(s.getAttributeValue("lastErrorStatus")).isEqualTo(550L);
            assertThat(ftp.command("FROB")).isEqualTo(502);
            s = only("Alpha");
            assertThat(s.getAttributeValue("currentCommand")).isEqualTo("FROB");
            assertThat(s.getAttributeValue("previousCommand")).isEqualTo("RETR missing.bin");
            assertBytes(s, ftp);
            assertThat(s.getAttributeValue("sessionId")).isEqualTo(id);
        }
    }

    /** The server's counters equal what the client counted, both ways, control and data. */
    private static void assertBytes(ConfigurationElement session, RawFtp ftp) {
        assertThat(session.getAttributeValue("bytesSent")).as("bytesSent").isEqualTo(ftp.received());
        assertThat(session.getAttributeValue("bytesReceived")).as("bytesReceived").isEqualTo(ftp.sent());
    }

    @Test
    void preLoginCommandsCountAndTheUserNameDropsTheHostPart() {
        try (RawFtp ftp = new RawFtp(server.port(2121))) {
            ftp.code();
            assertThat(ftp.command("FEAT")).isEqualTo(211);
            assertThat(ftp.command("USER example.test|carol")).isEqualTo(530); // no such virtual host here
            ConfigurationElement s = only("Alpha");
            assertThat(s.getAttributeValue("currentCommand")).isEqualTo("USER example.test|carol");
            assertThat(s.getAttributeValue("previousCommand")).isEqualTo("FEAT");
            assertThat(s.getAttributeValue("lastErrorStatus")).isEqualTo(530L);
            assertThat(ftp.command("USER anonymous")).isEqualTo(331);
            assertThat(ftp.command("PASS guest@")).isEqualTo(230);
            assertThat(only("Alpha").getAttributeValue("userName")).isEqualTo("Anonymous");
        }
    }

    @Test
    void sessionsAreListedPerSiteAndFilteredWithSelect() {
        FTPClient a = FtpClients.login(server.port(2121), "bob", "pw");
        FTPClient b = FtpClients.login(server.port(2121), "carol", "pw");
        FTPClient c = FtpClients.login(server.port(2122), "bob", "pw");
        try (ServerManager manager = server.host().serverManager()) {
            assertThat(sessions("Alpha").size()).isEqualTo(2);
            assertThat(sessions("Beta").size()).isEqualTo(1);
            List<ConfigurationElement> bobs = manager.getApplicationHostConfiguration().select(
                    "/system.applicationHost/sites/site[@name='Alpha']/ftpServer/sessions/session[@userName='bob']");
            assertThat(bobs).hasSize(1);
            assertThat(bobs.get(0).getAttributeValue("siteName")).isEqualTo("Alpha");
        } finally {
            FtpClients.close(a);
            FtpClients.close(b);
            FtpClients.close(c);
        }
    }

    @Test
    void terminatedIdleSessionGets421AndDisappears() throws IOException {
        FTPClient c = FtpClients.login(server.port(2121), "bob", "pw");
        try {
            ConfigurationElement s = only("Alpha");
            s.getMethods().get("terminate").createInstance().execute();

            await().atMost(Duration.ofSeconds(1)).until(() -> sessions("Alpha").isEmpty());
            assertThatThrownBy(c::noop).isInstanceOf(org.apache.commons.net.ftp.FTPConnectionClosedException.class)
                    .hasMessageContaining("421");
            assertThatThrownBy(() -> s.getMethods().get("Terminate").createInstance().execute())
                    .isInstanceOf(ConfigurationNotFoundException.class)
                    .hasMessageContaining((String) s.getAttributeValue("sessionId"));
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void terminatingAnUnknownIdIsANotFoundNamingTheId() {
        try (ServerManager manager = server.host().serverManager()) {
            FTPClient c = FtpClients.login(server.port(2121), "bob", "pw");
            try {
                ConfigurationElement s = sessions("Alpha").get(0);
                c.quit();
                await().atMost(Duration.ofSeconds(1)).until(() -> sessions("Alpha").isEmpty());
                assertThatThrownBy(() -> s.getMethods().get("Terminate").createInstance().execute())
                        .isInstanceOf(ConfigurationNotFoundException.class)
                        .hasMessageContaining((String) s.getAttributeValue("sessionId"));
            } catch (IOException e) {
                throw new AssertionError(e);
            } finally {
                FtpClients.close(c);
            }
        }
    }

    @Test
    void terminateMidDownloadStopsTheTransferAndOthersGoOn() throws IOException {
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("alpha/big.bin").toFile(), "rw")) {
            big.setLength(256L * 1024 * 1024);
        }
        FTPClient bystander = FtpClients.login(server.port(2122), "carol", "pw");
        try (RawFtp ftp = new RawFtp(server.port(2121))) {
            ftp.code();
            ftp.command("USER bob");
            ftp.command("PASS pw");
            ftp.command("TYPE I");
            Socket data = ftp.pasv();
            data.setReceiveBufferSize(16 * 1024);
            ftp.send("RETR big.bin");
            assertThat(ftp.code()).isEqualTo(150);
            data.getInputStream().readNBytes(64 * 1024); // then stop reading: the server blocks mid-transfer
            await().atMost(Duration.ofSeconds(5)).until(() -> (Long) only("Alpha").getAttributeValue("bytesSent") > 64 * 1024);

            long started = System.nanoTime();
            only("Alpha").getMethods().get("Terminate").createInstance().execute();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

            String rest = new String(ftp.input().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(rest).contains("421 Session terminated by administrator.");
            await().atMost(Duration.ofSeconds(1)).until(() -> sessions("Alpha").isEmpty());
            data.close();
            assertThat(bystander.sendNoOp()).isTrue();
            assertThat(sessions("Beta").size()).isEqualTo(1);
        } finally {
            FtpClients.close(bystander);
        }
    }

    @Test
    void terminateMidUploadRemovesThePartialFile() throws IOException {
        try (RawFtp ftp = new RawFtp(server.port(2121))) {
            ftp.code();
            ftp.command("USER bob");
            ftp.command("PASS pw");
            ftp.command("TYPE I");
            Socket data = ftp.pasv();
            ftp.send("STOR partial.bin");
            assertThat(ftp.code()).isEqualTo(150);
            data.getOutputStream().write(new byte[100_000]);
            data.getOutputStream().flush();
            await().atMost(Duration.ofSeconds(5)).until(() -> Folders.largestFile(dir.resolve("alpha")) >= 100_000); // written beside

            only("Alpha").getMethods().get("Terminate").createInstance().execute();

            await().atMost(Duration.ofSeconds(2)).until(() -> !Files.exists(dir.resolve("alpha/partial.bin"))
                    && Folders.uploadsInProgress(dir.resolve("alpha")) == 0);
            await().atMost(Duration.ofSeconds(1)).until(() -> sessions("Alpha").isEmpty());
            data.close();
        }
    }

    @Test
    void runtimePartsAreReadOnly() {
        FTPClient c = FtpClients.login(server.port(2121), "bob", "pw");
        try (ServerManager manager = server.host().serverManager()) {
            ConfigurationElement site = manager.getApplicationHostConfiguration().getSection("system.applicationHost/sites")
                    .getCollection().find("name", "Alpha").orElseThrow();
            ConfigurationElementCollection sessions = site.getChildElement("ftpServer").getChildElement("sessions").getCollection();
            ConfigurationElement session = sessions.get(0);

            assertThatThrownBy(() -> session.setAttributeValue("userName", "mallory"))
                    .isInstanceOf(ReadOnlyConfigurationException.class).hasMessageContaining("sessions");
            assertThatThrownBy(() -> site.getChildElement("ftpServer").setAttributeValue("state", "Stopped"))
                    .isInstanceOf(ReadOnlyConfigurationException.class).hasMessageContaining("state");
            assertThatThrownBy(() -> sessions.add(sessions.createElement())).isInstanceOf(ReadOnlyConfigurationException.class);
            assertThatThrownBy(() -> sessions.remove(session)).isInstanceOf(ReadOnlyConfigurationException.class);
            assertThatThrownBy(sessions::clear).isInstanceOf(ReadOnlyConfigurationException.class);
            assertThatThrownBy(manager::commitChanges).isInstanceOf(ReadOnlyConfigurationException.class);
        } finally {
            FtpClients.close(c);
        }
        assertThat(server.configFile()).content().doesNotContain("<session ");
    }

    @Test
    void stopClosesThePortAndEndsSessionsAndStartBringsTheSiteBack() throws IOException {
        FTPClient c = FtpClients.login(server.port(2121), "bob", "pw");
        try (ServerManager manager = server.host().serverManager()) {
            ConfigurationElement ftpServer = manager.getApplicationHostConfiguration().getSection("system.applicationHost/sites")
                    .getCollection().find("name", "Alpha").orElseThrow().getChildElement("ftpServer");
            assertThat(ftpServer.getAttributeValue("state")).isEqualTo("Started");

            ftpServer.getMethods().get("Stop").createInstance().execute();

            assertThat(ftpServer.getAttributeValue("state")).isEqualTo("Stopped");
            assertThat(sessions("Alpha").isEmpty()).isTrue();
            assertThatThrownBy(() -> new Socket("127.0.0.1", server.port(2121)).close()).isInstanceOf(java.net.ConnectException.class);
            assertThat(sessions("Beta").isEmpty()).isTrue();

            ftpServer.getMethods().get("Start").createInstance().execute();

            assertThat(ftpServer.getAttributeValue("state")).isEqualTo("Started");
            FtpClients.close(FtpClients.login(server.port(2121), "bob", "pw"));
        } finally {
            FtpClients.close(c);
        }
        assertThat(server.runtime().site("Alpha").orElseThrow().state()).isEqualTo(SiteState.STARTED);
    }

    @Test
    void listingStaysConsistentWhile200SessionsComeAndGo() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        try {
            Thread reader = new Thread(() -> {
                while (running.get()) {
                    try {
                        for (ConfigurationElement s : sessions("Alpha")) {
                            assertThat(s.getAttributeValue("sessionId")).isNotNull();
                            s.getAttributeValue("bytesSent");
                        }
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }
            });
            reader.start();
            List<java.util.concurrent.Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                clients.add(pool.submit(() -> FtpClients.close(FtpClients.login(server.port(2121), "anonymous", "a@b"))));
            }
            for (var f : clients) {
                f.get(60, TimeUnit.SECONDS);
            }
            running.set(false);
            reader.join();
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).isEmpty();
        await().atMost(Duration.ofSeconds(1)).until(() -> sessions("Alpha").isEmpty());
        assertThat(server.runtime().registry().size()).isZero();
    }

    @Test
    void sessionsAreListedOldestFirstToTheMillisecondShownThenById() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<FTPClient> clients = new ArrayList<>();
        try {
            List<java.util.concurrent.Future<FTPClient>> opening = new ArrayList<>();
            for (int i = 0; i < 24; i++) { // eight at a time: several start in the same millisecond
                opening.add(pool.submit(() -> FtpClients.login(server.port(2121), "bob", "pw")));
            }
            for (var f : opening) {
                clients.add(f.get(60, TimeUnit.SECONDS));
            }
            List<String> keys = new ArrayList<>();
            for (ConfigurationElement s : sessions("Alpha")) {
                keys.add(s.getAttributeValue("sessionStartTime") + " " + s.getAttributeValue("sessionId"));
            }
            assertThat(keys).hasSize(24).isSorted(); // the order a farm merges its nodes' lists in
        } finally {
            pool.shutdownNow();
            clients.forEach(FtpClients::close);
        }
    }

    @Test
    void aSessionMovesSiteOnHostButKeepsItsId() {
        server.close();
        String shared = CONFIG.replace("127.0.0.1:2122:\"", "127.0.0.1:2121:beta.test\"")
                .replace("127.0.0.1:2121:\" /></bindings><application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"alpha\"",
                        "127.0.0.1:2121:alpha.test\" /></bindings><application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"alpha\"");
        server = TestServer.start(dir, shared);
        try (RawFtp ftp = new RawFtp(server.port(2121))) {
            ftp.code();
            ConfigurationElement before = only("Alpha");
            assertThat(ftp.command("HOST beta.test")).isEqualTo(220);
            ConfigurationElement after = only("Beta");
            assertThat(after.getAttributeValue("sessionId")).isEqualTo(before.getAttributeValue("sessionId"));
            assertThat(after.getAttributeValue("hostName")).isEqualTo("beta.test");
            assertThat(sessions("Alpha").isEmpty()).isTrue();
        }
    }

    @Test
    void sessionsAreNeverWrittenToTheFile() throws IOException {
        String before = Files.readString(server.configFile());
        FTPClient c = FtpClients.login(server.port(2121), "bob", "pw");
        try (ServerManager manager = server.host().serverManager()) {
            manager.getApplicationHostConfiguration().getSection("system.applicationHost/sites").getCollection()
                    .find("name", "Alpha").orElseThrow().getChildElement("ftpServer").getChildElement("messages")
                    .setAttributeValue("bannerMessage", "hello");
            manager.commitChanges();
        } finally {
            FtpClients.close(c);
        }
        String after = Files.readString(server.configFile());
        assertThat(after).contains("bannerMessage=\"hello\"").doesNotContain("session");
        assertThat(after.length()).isGreaterThan(before.length());
        assertThat(Map.of()).isEmpty();
    }
}
