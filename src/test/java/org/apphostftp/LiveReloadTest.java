package org.apphostftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.config.location.Problem;
import org.apphostftp.host.LiveConfiguration;
import org.apphostftp.log.CapturedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving applicationHost.config while the server runs: within two seconds the change runs, only the sites it
 * touches notice, and an invalid save changes nothing (SPEC 7). Real Commons Net sessions on both sides.
 */
class LiveReloadTest {

    /** SPEC 7: a saved change is applied within two seconds. */
    private static final Duration WITHIN = Duration.ofSeconds(2);
    /** Waiting for what follows an applied change (a 421, a closed port) on a busy machine. */
    private static final Duration SOON = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private TestServer server;

    /** A site of a test configuration: rooted at its lower-case name, SslAllow, anonymous and basic logins. */
    record Site(String name, int id, List<String> bindings, String attributes, String ftpAttributes, String ftpInner) {

        static Site of(String name, int id, int port) {
            return new Site(name, id, List.of("127.0.0.1:" + port + ":"), "", "", "");
        }

        Site bindings(String... bindingInformation) {
            return new Site(name, id, List.of(bindingInformation), attributes, ftpAttributes, ftpInner);
        }

        /** Attributes of {@code <site>}, written with a leading space. */
        Site attributes(String siteAttributes) {
            return new Site(name, id, bindings, siteAttributes, ftpAttributes, ftpInner);
        }

        /** Attributes of {@code <ftpServer>}, written with a leading space. */
        Site ftpAttributes(String attributesOfFtpServer) {
            return new Site(name, id, bindings, attributes, attributesOfFtpServer, ftpInner);
        }

        /** Elements inside {@code <ftpServer>} besides security. */
        Site ftp(String inner) {
            return new Site(name, id, bindings, attributes, ftpAttributes, inner);
        }

        String xml() {
            String b = bindings.stream().map(i -> "<binding protocol=\"ftp\" bindingInformation=\"" + i + "\" />")
                    .collect(Collectors.joining());
            return "\n<site name=\"" + name + "\" id=\"" + id + "\"" + attributes + "><bindings>" + b + "</bindings>"
                    + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"" + name.toLowerCase(Locale.ROOT)
                    + "\" /></application><ftpServer" + ftpAttributes + ">" + ftpInner
                    + "<security><ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />"
                    + "<authentication><anonymousAuthentication enabled=\"true\" /><basicAuthentication enabled=\"true\" />"
                    + "</authentication></security></ftpServer></site>";
        }
    }

    /** The sites (one per line), {@code serverLevel} (system.ftpServer), and a rule letting everyone read and write on each. */
    static String config(String serverLevel, Site... sites) {
        StringBuilder text = new StringBuilder("<configuration><system.applicationHost><sites>");
        for (Site site : sites) {
            text.append(site.xml());
        }
        text.append("\n</sites></system.applicationHost>").append(serverLevel);
        for (Site site : sites) {
            text.append(location(site.name(), "*", "Read, Write"));
        }
        return text.append("\n</configuration>\n").toString();
    }

    static String location(String site, String users, String permissions) {
        return "\n<location path=\"" + site + "\"><system.ftpServer><security><authorization><add accessType=\"Allow\" users=\""
                + users + "\" permissions=\"" + permissions + "\" /></authorization></security></system.ftpServer></location>";
    }

    private static final Site ALPHA = Site.of("Alpha", 1, 2121);
    private static final Site BETA = Site.of("Beta", 2, 2122);
    private static final Site GAMMA = Site.of("Gamma", 3, 2123);
    private static final String TWO_SITES = config("", ALPHA, BETA);

    @BeforeEach
    void start() {
        Users.write(dir, "bob", "pw");
        server = TestServer.start(dir, TWO_SITES);
        server.file("beta/hello.txt", "hello from beta");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LiveConfiguration live() {
        return server.live();
    }

    /** Saves {@code text} and waits until the server applied it. */
    private void saveAndAwaitApplied(String text) {
        long before = live().appliedCount();
        server.save(text);
        await().atMost(WITHIN).until(() -> live().appliedCount() > before);
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String banner(int port) {
        FTPClient c = FtpClients.connect(port);
        try {
            return c.getReplyString();
        } finally {
            FtpClients.close(c);
        }
    }

    private static boolean stillServes(FTPClient c) throws IOException {
        return c.sendNoOp();
    }

    // ------------------------------------------------------------------------------------------- sites

    @Test
    void aSiteAddedToTheFileAcceptsConnectionsWithinTwoSeconds() throws IOException {
        FTPClient alpha = FtpClients.login(server.port(2121), "bob", "pw");
        try {
            server.save(config("", ALPHA, BETA, GAMMA));

            await().atMost(WITHIN).until(() -> accepts(server.port(2123)));
            assertThat(banner(server.port(2123))).startsWith("220");
            assertThat(stillServes(alpha)).isTrue();
        } finally {
            FtpClients.close(alpha);
        }
    }

    @Test
    void aChangedPortClosesTheOldPortAndOpensTheNewOne() throws IOException {
        FTPClient beta = FtpClients.login(server.port(2122), "bob", "pw");
        try (RawFtp alpha = new RawFtp(server.port(2121))) {
            assertThat(alpha.code()).isEqualTo(220);

            saveAndAwaitApplied(config("", Site.of("Alpha", 1, 2131), BETA));

            assertThat(accepts(server.port(2131))).isTrue();
            await().atMost(SOON).until(() -> !accepts(server.port(2121)));
            assertThat(alpha.reply()).startsWith("421");
            assertThat(stillServes(beta)).isTrue();
        } finally {
            FtpClients.close(beta);
        }
    }

    @Test
    void aBindingChangeKeepsTheSessionsOfTheSitesOtherBinding() throws IOException {
        server.save(config("", ALPHA.bindings("127.0.0.1:2121:", "127.0.0.1:2131:"), BETA));
        await().atMost(WITHIN).until(() -> accepts(server.port(2131)));
        FTPClient kept = FtpClients.login(server.port(2121), "bob", "pw");
        try (RawFtp moved = new RawFtp(server.port(2131))) {
            assertThat(moved.code()).isEqualTo(220);

            saveAndAwaitApplied(config("", ALPHA.bindings("127.0.0.1:2121:", "127.0.0.1:2141:"), BETA));

            assertThat(moved.reply()).startsWith("421");
            assertThat(accepts(server.port(2141))).isTrue();
            assertThat(stillServes(kept)).isTrue();
        } finally {
            FtpClients.close(kept);
        }
    }

    @Test
    void aRemovedSitesSessionsGet421AndItsPortCloses() throws IOException {
        FTPClient alpha = FtpClients.login(server.port(2121), "bob", "pw");
        try (RawFtp beta = new RawFtp(server.port(2122))) {
            assertThat(beta.code()).isEqualTo(220);
            assertThat(beta.command("USER bob")).isEqualTo(331);
            assertThat(beta.command("PASS pw")).isEqualTo(230);

            saveAndAwaitApplied(config("", ALPHA));

            assertThat(beta.reply()).startsWith("421");
            assertThat(accepts(server.port(2122))).isFalse();
            assertThat(stillServes(alpha)).isTrue();
            assertThat(server.runtime().site("Beta")).isEmpty();
        } finally {
            FtpClients.close(alpha);
        }
    }

    @Test
    void aRemovedVirtualHostsSessionsGet421WhileItsNeighbourOnThePortKeepsServing() throws IOException {
        String both = config("", Site.of("A", 1, 2121).bindings("127.0.0.1:2121:a.example"), Site.of("B", 2, 2121).bindings("127.0.0.1:2121:b.example"));
        saveAndAwaitApplied(both);
        FTPClient a = FtpClients.login(server.port(2121), "a.example|bob", "pw");
        try (RawFtp b = new RawFtp(server.port(2121))) {
            assertThat(b.code()).isEqualTo(220);
            assertThat(b.command("HOST b.example")).isEqualTo(220);
            assertThat(b.command("USER bob")).isEqualTo(331);
            assertThat(b.command("PASS pw")).isEqualTo(230);

            saveAndAwaitApplied(config("", Site.of("A", 1, 2121).bindings("127.0.0.1:2121:a.example")));

            assertThat(b.reply()).startsWith("421");
            assertThat(stillServes(a)).isTrue();
            assertThat(accepts(server.port(2121))).isTrue();
        } finally {
            FtpClients.close(a);
        }
    }

    @Test
    void serverAutoStartFalseOnTheSiteStopsItAndTrueStartsItAgain() {
        try (RawFtp beta = new RawFtp(server.port(2122))) {
            assertThat(beta.code()).isEqualTo(220);

            saveAndAwaitApplied(config("", ALPHA, BETA.attributes(" serverAutoStart=\"false\"")));

            assertThat(beta.reply()).startsWith("421");
            assertThat(accepts(server.port(2122))).isFalse();
            assertThat(accepts(server.port(2121))).isTrue();
        }

        saveAndAwaitApplied(TWO_SITES);

        assertThat(banner(server.port(2122))).startsWith("220");
    }

    @Test
    void serverAutoStartFalseOnFtpServerStopsTheSiteAndTrueStartsItAgain() {
        try (RawFtp beta = new RawFtp(server.port(2122))) {
            assertThat(beta.code()).isEqualTo(220);

            saveAndAwaitApplied(config("", ALPHA, BETA.ftpAttributes(" serverAutoStart=\"false\"")));

            assertThat(beta.reply()).startsWith("421");
            assertThat(accepts(server.port(2122))).isFalse();
        }

        saveAndAwaitApplied(config("", ALPHA, BETA.ftpAttributes(" serverAutoStart=\"true\"")));

        assertThat(banner(server.port(2122))).startsWith("220");
    }

    // ------------------------------------------------------------------------------- settings of a site

    @Test
    void aChangedBannerReachesNewConnectionsWhileAnotherSitesUploadGoesOn() throws IOException {
        byte[] half = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        FTPClient beta = FtpClients.login(server.port(2122), "bob", "pw");
        try {
            OutputStream upload = beta.storeFileStream("during-reload.bin");
            upload.write(half);
            upload.flush();

            saveAndAwaitApplied(config("", ALPHA.ftp("<messages bannerMessage=\"welcome to the new alpha\" />"), BETA));

            assertThat(banner(server.port(2121))).contains("welcome to the new alpha");
            upload.write(half);
            upload.close();
            assertThat(beta.completePendingCommand()).isTrue();
            assertThat(Files.size(dir.resolve("beta/during-reload.bin"))).isEqualTo(2L * half.length);
            assertThat(FtpClients.retrieve(beta, "hello.txt")).isEqualTo("hello from beta");
            assertThat(banner(server.port(2122))).doesNotContain("welcome");
        } finally {
            FtpClients.close(beta);
        }
    }

    @Test
    void aSessionOnTheChangedSiteKeepsItsConnectionAndSeesTheNewGreeting() throws IOException {
        FTPClient alpha = FtpClients.connect(server.port(2121));
        try {
            saveAndAwaitApplied(config("", ALPHA.ftp("<messages greetingMessage=\"hello again\" />"),
                    BETA));

            assertThat(alpha.login("bob", "pw")).isTrue();
            assertThat(alpha.getReplyString()).contains("hello again");
        } finally {
            FtpClients.close(alpha);
        }
    }

    @Test
    void aChangedAuthorizationRuleAppliesToTheNextCommandOfAnOpenSession() throws IOException {
        FTPClient alpha = FtpClients.login(server.port(2121), "bob", "pw");
        FTPClient beta = FtpClients.login(server.port(2122), "bob", "pw");
        try {
            assertThat(FtpClients.store(alpha, "before.txt", "allowed")).isTrue();
            String readOnlyAlpha = TWO_SITES.replace(location("Alpha", "*", "Read, Write"), location("Alpha", "*", "Read"));

            saveAndAwaitApplied(readOnlyAlpha);

            assertThat(FtpClients.store(alpha, "after.txt", "refused")).isFalse();
            assertThat(alpha.getReplyCode()).isEqualTo(550);
            assertThat(FtpClients.retrieve(alpha, "before.txt")).isEqualTo("allowed");
            assertThat(FtpClients.store(beta, "after.txt", "still allowed on beta")).isTrue();
        } finally {
            FtpClients.close(alpha);
            FtpClients.close(beta);
        }
    }

    @Test
    void aShorterControlChannelTimeoutReachesSessionsAlreadyLoggedIn() {
        try (RawFtp alpha = new RawFtp(server.port(2121))) {
            assertThat(alpha.code()).isEqualTo(220);
            assertThat(alpha.command("USER bob")).isEqualTo(331);
            assertThat(alpha.command("PASS pw")).isEqualTo(230);

            saveAndAwaitApplied(config("", ALPHA.ftp("<connections controlChannelTimeout=\"1\" />"),
                    BETA));

            assertThat(alpha.reply()).startsWith("421 Timeout (1 seconds)");
        }
    }

    @Test
    void aShorterMaxCommandLineAppliesWithoutClosingTheEndpointsSessions() {
        try (RawFtp alpha = new RawFtp(server.port(2121))) {
            assertThat(alpha.code()).isEqualTo(220);
            String limited = TWO_SITES.replaceFirst("<security>", "<security><commandFiltering maxCommandLine=\"100\" />");

            saveAndAwaitApplied(limited);

            assertThat(alpha.command("NOOP " + "x".repeat(200))).isEqualTo(500);
            assertThat(alpha.command("NOOP")).isEqualTo(200);
        }
    }

    @Test
    void aNewPassivePortRangeIsUsedByTheNextPasvOfAnOpenSession() throws IOException {
        FTPClient alpha = FtpClients.login(server.port(2121), "bob", "pw");
        try {
            int port = FreePorts.next();
            String range = "<system.ftpServer><firewallSupport lowDataChannelPort=\"" + port + "\" highDataChannelPort=\"" + port
                    + "\" /></system.ftpServer>";

            saveAndAwaitApplied(config(range, ALPHA, BETA));

            assertThat(alpha.listNames()).isNotNull();
            assertThat(alpha.getPassivePort()).isEqualTo(port);
        } finally {
            FtpClients.close(alpha);
        }
    }

    // ------------------------------------------------------------------------------------ bad saves

    @Test
    void aBrokenSaveChangesNothingAndReportsTheLocatedError() throws IOException {
        FTPClient beta = FtpClients.login(server.port(2122), "bob", "pw");
        try (CapturedLog log = CapturedLog.of(LiveConfiguration.class)) {
            String broken = config("", ALPHA.ftp("<connections controlChannelTimeout=\"abc\" />"),
                    Site.of("Beta", 2, 2123));
            server.save(broken);

            await().atMost(WITHIN).until(() -> server.host().status().lastConfigError().isPresent());
            Problem error = server.host().status().lastConfigError().orElseThrow();
            assertThat(error.location().file()).isEqualTo(server.configFile().toString());
            assertThat(error.location().line()).isEqualTo(2);
            assertThat(error.location().column()).isPositive();
            assertThat(error.message()).contains("controlChannelTimeout").contains("abc");
            assertThat(log.messages(Level.ERROR)).contains(error.toString());
            assertThat(accepts(server.port(2122))).isTrue();
            assertThat(accepts(server.port(2123))).isFalse();
            assertThat(stillServes(beta)).isTrue();
            assertThat(live().appliedCount()).isZero();
        } finally {
            FtpClients.close(beta);
        }
    }

    @Test
    void fixingABrokenSaveAppliesItAndClearsTheError() {
        server.save(TWO_SITES.replace("id=\"2\"", "id=\"1\""));
        await().atMost(WITHIN).until(() -> server.host().status().lastConfigError().isPresent());
        assertThat(server.host().status().lastConfigError().orElseThrow().message()).contains("id");

        saveAndAwaitApplied(config("", ALPHA, BETA, GAMMA));

        assertThat(server.host().status().lastConfigError()).isEmpty();
        assertThat(banner(server.port(2123))).startsWith("220");
    }

    @Test
    void aReloadOfUnchangedFilesAppliesNothing() {
        var before = server.host().status();

        var after = server.host().reload();

        assertThat(after.lastReload()).isEqualTo(before.lastReload());
        assertThat(live().appliedCount()).isZero();
    }

    // ----------------------------------------------------------------------------- how editors save

    @Test
    void aSaveByTemporaryFileAndRenameIsApplied() throws IOException {
        Path temp = dir.resolve("applicationHost.config.new");
        Files.createDirectories(dir.resolve("gamma"));
        Files.writeString(temp, server.withPorts(config("", ALPHA, BETA, GAMMA)));

        Files.move(temp, server.configFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        await().atMost(WITHIN).until(() -> accepts(server.port(2123)));
        assertThat(live().appliedCount()).isEqualTo(1);
    }

    @Test
    void aBurstOfPartialWritesIsAppliedOnceWithoutAnError() throws IOException {
        String full = server.withPorts(config("", ALPHA, BETA, GAMMA));
        Files.createDirectories(dir.resolve("gamma"));
        try (CapturedLog log = CapturedLog.of(LiveConfiguration.class)) {
            Files.writeString(server.configFile(), "");
            for (int cut = full.length() / 4; cut < full.length(); cut += full.length() / 4) {
                Files.writeString(server.configFile(), full.substring(0, cut));
            }
            Files.writeString(server.configFile(), full);

            await().atMost(WITHIN).until(() -> accepts(server.port(2123)));
            assertThat(live().appliedCount()).isEqualTo(1);
            assertThat(log.messages(Level.ERROR)).isEmpty();
            assertThat(server.host().status().lastConfigError()).isEmpty();
        }
    }
}
