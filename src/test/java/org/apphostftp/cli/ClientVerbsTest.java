package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.apphostftp.TwoSites;
import org.apphostftp.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** status, user list, user --help, terminate sessions without --site, unknown filters, list config /section:. */
class ClientVerbsTest {

    @TempDir
    Path dir;

    private TestServer server;
    private StringWriter out;
    private StringWriter err;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--config");
        all.add(server.configFile().toString());
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    private void oneSite() {
        Users.write(dir, "bob", "pw");
        server = TestServer.start(dir, "<configuration><system.applicationHost><sites><site name=\"Only\" id=\"1\"><bindings>"
                + "<binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings><application path=\"/\">"
                + "<virtualDirectory path=\"/\" physicalPath=\"only\" /></application><ftpServer><security><ssl "
                + "controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" /><authentication><basicAuthentication "
                + "enabled=\"true\" /></authentication></security></ftpServer></site></sites></system.applicationHost>"
                + "<location path=\"Only\"><system.ftpServer><security><authorization><add accessType=\"Allow\" users=\"*\" "
                + "permissions=\"Read\" /></authorization></security></system.ftpServer></location></configuration>");
    }

    @Test
    void statusPrintsTheServerStateAsTextOrJson() throws Exception {
        server = TwoSites.start(dir);
        assertThat(run("status")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("version:", "uptime:", "config file:", "last config error: none");
        assertThat(run("status", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).has("uptimeSeconds")).isTrue();
    }

    @Test
    void userListShowsTheUsersOfTheCredentialStore() {
        server = TwoSites.start(dir);
        assertThat(run("user", "list")).as(err.toString()).isZero();
        assertThat(out.toString().lines()).first().asString().startsWith("NAME");
        assertThat(out.toString()).contains("bob", "carol", "administration.config");
    }

    @Test
    void userHelpListsItsSubcommands() {
        server = TwoSites.start(dir);
        assertThat(run("user", "--help")).isZero();
        assertThat(out.toString()).contains("add", "passwd", "remove", "list");
    }

    @Test
    void terminateSessionsNeedsNoSiteWhenThereIsOne() {
        oneSite();
        FTPClient bob = FtpClients.login(server.port(2121), "bob", "pw");
        try {
            assertThat(run("terminate", "sessions", "--user", "bob")).as(err.toString()).isZero();
            assertThat(out.toString()).isEqualTo("terminated 1 sessions\n");
        } finally {
            FtpClients.close(bob);
        }
    }

    @Test
    void anUnknownSiteOrAUserWithoutSessionsIsAnError() {
        server = TwoSites.start(dir);
        assertThat(run("terminate", "sessions", "--site", "Nope")).isEqualTo(1);
        assertThat(err.toString()).contains("no such site: Nope", "Alpha", "Beta");
        assertThat(run("terminate", "sessions", "--site", "Alpha", "--user", "nobody")).isEqualTo(1);
        assertThat(err.toString()).contains("no live session of user 'nobody'");
    }

    @Test
    void listConfigTakesSlashSectionAndNamesTheSectionsWhenGivenNone() {
        server = TwoSites.start(dir);
        assertThat(run("list", "config", "/section:system.ftpServer/firewallSupport")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("firewallSupport");
        assertThat(run("list", "config", "-section:system.applicationHost/sites/site")).isEqualTo(1);
        assertThat(err.toString()).contains("no section", "system.applicationHost/sites", "system.ftpServer/security/authorization");
    }
}
