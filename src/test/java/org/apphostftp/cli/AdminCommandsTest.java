package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.apphostftp.AdminHttp;
import org.apphostftp.FtpClients;
import org.apphostftp.RawFtp;
import org.apphostftp.TestServer;
import org.apphostftp.TwoSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.assertj3.XmlAssert;

/** The admin commands against a running host: list, terminate, start, stop, with their output and exit codes. */
class AdminCommandsTest {

    @TempDir
    Path dir;

    private TestServer server;
    private AdminHttp http;
    private final List<FTPClient> clients = new ArrayList<>();
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void start() {
        server = TwoSites.start(dir);
        http = new AdminHttp(server);
    }

    @AfterEach
    void stop() {
        clients.forEach(FtpClients::close);
        server.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--config");
        all.add(server.configFile().toString());
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    private FTPClient login(int writtenPort, String user) {
        FTPClient c = FtpClients.login(server.port(writtenPort), user, "pw");
        clients.add(c);
        return c;
    }

    private List<String> liveUsers() {
        List<String> users = new ArrayList<>();
        http.get("/api/sessions").json().get("sessions").forEach(s -> users.add(s.get("userName").asText()));
        return users;
    }

    private String idOf(String user) {
        return http.get("/api/sessions?user=" + user).json().get("sessions").get(0).get("sessionId").asText();
    }

    @Test
    void listSessionsPrintsATableOfTheLiveSessionsThatFits80Columns() throws Exception {
        login(2121, "bob");
        FTPClient carol = login(2122, "carol");
        carol.sendCommand("CWD", "/" + "a-very-long-folder-name".repeat(6));

        assertThat(run("list", "sessions")).as(err.toString()).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("ID").contains("SITE", "USER", "CLIENT", "COMMAND", "SINCE", "BYTES");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(idOf("bob").substring(0, 8)).contains("Alpha", "bob",
                "127.0.0.1", "TYPE I"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Beta", "carol", "CWD /a-very-long", "~"));
    }

    @Test
    void listSessionsFiltersBySiteUserAndClientAddress() {
        login(2121, "bob");
        login(2121, "carol");
        login(2122, "bob");

        assertThat(run("list", "sessions", "--site", "Alpha", "--user", "bob", "--client-ip", "127.0.0.1")).isZero();

        assertThat(out.toString().lines().skip(1)).singleElement().asString().contains("Alpha", "bob");
    }

    @Test
    void listSessionsAsJsonAndXmlPrintsEveryAttribute() throws Exception {
        login(2121, "bob");

        assertThat(run("list", "sessions", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("sessions").get(0).get("sessionId").asText()).isEqualTo(idOf("bob"));
        assertThat(json.get("sessions").get(0).has("bytesReceived")).isTrue();

        assertThat(run("list", "sessions", "--xml")).isZero();
        XmlAssert.assertThat(out.toString()).valueByXPath("/sessions/session/@sessionId").isEqualTo(idOf("bob"));
    }

    @Test
    void listSessionsAsJsonOrXmlEscapesC1ControlsAndBidiOverridesOfTheClient() throws Exception {
        try (RawFtp ftp = new RawFtp(server.port(2121))) {
            ftp.reply();
            ftp.command("USER bob");
            ftp.command("PASS pw");
            ftp.command("CWD /x\u009b2J\u202eevil");

            assertThat(run("list", "sessions", "--json")).as(err.toString()).isZero();
            assertThat(out.toString()).doesNotContain("\u009b", "\u202e").contains("x\\u009b2J\\u202eevil");
            assertThat(new ObjectMapper().readTree(out.toString()).get("sessions").get(0).get("currentCommand").asText())
                    .isEqualTo("CWD /x\u009b2J\u202eevil");

            assertThat(run("list", "sessions", "--xml")).as(err.toString()).isZero();
            assertThat(out.toString()).doesNotContain("\u009b", "\u202e").contains("x&#x9b;2J&#x202e;evil");
            XmlAssert.assertThat(out.toString()).valueByXPath("/sessions/session/@currentCommand").isEqualTo("CWD /x\u009b2J\u202eevil");

            assertThat(run("list", "sessions")).as(err.toString()).isZero();
            assertThat(out.toString()).doesNotContain("\u009b", "\u202e");
        }
    }

    @Test
    void jsonAndXmlTogetherIsAUsageError() {
        assertThat(run("list", "sessions", "--json", "--xml")).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
    }

    @Test
    void terminateSessionEndsItAndTheClientGets421() throws Exception {
        FTPClient bob = login(2121, "bob");
        login(2121, "carol");
        String id = idOf("bob");

        assertThat(run("terminate", "session", id)).as(err.toString()).isZero();

        assertThat(out.toString()).isEqualTo("terminated session " + id + "\n");
        await().atMost(Duration.ofSeconds(1)).until(() -> liveUsers().equals(List.of("carol")));
        assertThatThrownBy(bob::noop).isInstanceOf(FTPConnectionClosedException.class).hasMessageContaining("421");
    }

    @Test
    void terminateSessionTakesTheShortIdOfTheTable() {
        login(2121, "bob");
        String id = idOf("bob");

        assertThat(run("terminate", "session", id.substring(0, 8))).as(err.toString()).isZero();

        assertThat(out.toString()).isEqualTo("terminated session " + id + "\n");
        await().atMost(Duration.ofSeconds(1)).until(() -> liveUsers().isEmpty());
    }

    @Test
    void terminatingAnUnknownSessionExits1WithNoSuchSession() {
        assertThat(run("terminate", "session", "00000000-0000-0000-0000-000000000000")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("no such session: 00000000-0000-0000-0000-000000000000\n");
        assertThat(out.toString()).isEmpty();

        assertThat(run("terminate", "session", "zz")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("no such session: zz\n");
    }

    @Test
    void terminateSessionsEndsEveryMatchAndPrintsTheCount() {
        login(2121, "bob");
        login(2121, "bob");
        login(2121, "carol");
        login(2122, "bob");

        assertThat(run("terminate", "sessions", "--site", "Alpha", "--user", "bob")).as(err.toString()).isZero();

        assertThat(out.toString()).isEqualTo("terminated 2 sessions\n");
        await().atMost(Duration.ofSeconds(1)).until(() -> liveUsers().size() == 2);
        assertThat(liveUsers()).containsExactlyInAnyOrder("carol", "bob");
        assertThat(http.get("/api/sessions?site=Beta").json().get("sessions")).hasSize(1);
    }

    @Test
    void terminateSessionsNeedsASiteWhenTheServerHasSeveral() {
        assertThat(run("terminate", "sessions", "--user", "bob")).isEqualTo(1);
        assertThat(err.toString()).contains("--site");
    }

    @Test
    void terminateSessionsWithNoMatchSaysZero() {
        assertThat(run("terminate", "sessions", "--site", "Alpha")).isZero();
        assertThat(out.toString()).isEqualTo("terminated 0 sessions\n");
    }

    @Test
    void listSitesPrintsNameIdStateAndBindings() {
        assertThat(run("list", "sites")).as(err.toString()).isZero();

        assertThat(out.toString().lines().toList()).containsExactly(
                "NAME   ID  STATE    BINDINGS",
                "Alpha  1   Started  ftp 127.0.0.1:" + server.port(2121) + ":",
                "Beta   2   Started  ftp 127.0.0.1:" + server.port(2122) + ":");
    }

    @Test
    void stopSiteAndStartSiteCallTheMethodsAndPrintTheState() {
        FTPClient bob = login(2121, "bob");

        assertThat(run("stop", "site", "Alpha")).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("site 'Alpha': Stopped\n");
        assertThatThrownBy(bob::noop).isInstanceOf(FTPConnectionClosedException.class);
        assertThat(run("list", "sites")).isZero();
        assertThat(out.toString()).contains("Alpha  1   Stopped");

        assertThat(run("start", "site", "Alpha")).isZero();
        assertThat(out.toString()).isEqualTo("site 'Alpha': Started\n");
        login(2121, "bob");
    }

    @Test
    void startingAnUnknownSiteExits1() {
        assertThat(run("start", "site", "Gamma")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("no such site: Gamma\n");
    }

    @Test
    void listConfigPrintsTheSectionAsXmlWithTheLiveSessionsLikeAppcmd() {
        login(2121, "bob");

        assertThat(run("list", "config", "-section:system.applicationHost/sites")).as(err.toString()).isZero();

        XmlAssert.assertThat(out.toString()).valueByXPath("/sites/site[@name='Alpha']/ftpServer/sessions/session/@userName")
                .isEqualTo("bob");
        XmlAssert.assertThat(out.toString()).valueByXPath("/sites/site[@name='Beta']/ftpServer/@state").isEqualTo("Started");
    }

    @Test
    void listConfigTakesALocationAndJson() throws Exception {
        assertThat(run("list", "config", "Alpha", "-section:system.ftpServer/security/authorization", "--json")).as(err.toString())
                .isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("authorization").get("add").get(0).get("permissions").asText()).isEqualTo("Read, Write");
    }

    @Test
    void listConfigOfAnUnknownSectionExits1WithTheServersMessage() {
        assertThat(run("list", "config", "-section:system.ftpServer/logs")).isEqualTo(1);
        assertThat(err.toString()).startsWith("no section 'system.ftpServer/logs'");
    }

    @Test
    void listConfigNeedsASection() {
        assertThat(run("list", "config")).isEqualTo(2);
        assertThat(err.toString()).contains("-section");
    }
}
