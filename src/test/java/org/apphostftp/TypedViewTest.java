package org.apphostftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.config.effective.SiteState;
import org.apphostftp.config.jaxb.ConfigurationXml;
import org.apphostftp.config.jaxb.Session;
import org.apphostftp.config.jaxb.Site;
import org.apphostftp.configapi.Configuration;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationElementCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typed view of a running host shows what the config API shows: the sites' state and startup status and their
 * live sessions at the moment of the call, as typed objects; it is a copy that cannot change the server or the file.
 */
class TypedViewTest {

    private static final String CONFIG = "<configuration><system.applicationHost><sites>"
            + "<site name=\"Alpha\" id=\"1\"><bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>"
            + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"alpha\" /></application>"
            + "<ftpServer><security><ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />"
            + "<authentication><basicAuthentication enabled=\"true\" /></authentication></security></ftpServer></site>"
            + "<site name=\"Web\" id=\"2\"><bindings><binding protocol=\"http\" bindingInformation=\"*:80:\" /></bindings></site>"
            + "</sites></system.applicationHost>"
            + "<location path=\"Alpha\"><system.ftpServer><security><authorization>"
            + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read\" /></authorization></security></system.ftpServer></location>"
            + "</configuration>";

    @TempDir
    Path dir;

    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve("alpha"));
        Users.write(dir, "bob", "pw", "carol", "pw");
        server = TestServer.start(dir, CONFIG);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void typedViewOfARunningHostHasTheLiveSessionsTheConfigApiShows() throws Exception {
        FTPClient bob = FtpClients.login(server.port(2121), "bob", "pw");
        FTPClient carol = FtpClients.login(server.port(2121), "carol", "pw");
        try {
            Configuration config = server.host().serverManager().getApplicationHostConfiguration();

            // the README's config API snippet
            ConfigurationElementCollection sites = config.getSection("system.applicationHost/sites").getCollection();
            ConfigurationElement site = sites.find("name", "Alpha").orElseThrow();
            List<Object> viaApi = new ArrayList<>();
            for (ConfigurationElement s : site.getChildElement("ftpServer").getChildElement("sessions").getCollection()) {
                viaApi.add(s.getAttributeValue("sessionId") + " " + s.getAttributeValue("userName"));
            }

            // the README's typed view snippet
            ConfigurationXml typed = config.getTypedView();
            Site alpha = typed.systemApplicationHost.sites.sites.get(0);
            List<Object> viaTypedView = new ArrayList<>();
            for (Session s : alpha.ftpServer.sessions.sessions) {
                viaTypedView.add(s.sessionId + " " + s.userName);
            }

            assertThat(viaTypedView).hasSize(2).containsExactlyElementsOf(viaApi);
            assertThat(alpha.ftpServer.state).isEqualTo(SiteState.STARTED);
            assertThat(alpha.ftpServer.lastStartupStatus).isZero();
            Session first = alpha.ftpServer.sessions.sessions.get(0);
            assertThat(first.clientIp).isEqualTo("127.0.0.1");
            assertThat(first.siteName).isEqualTo("Alpha");
            assertThat(first.serverPort).isEqualTo((long) server.port(2121));
            assertThat(first.bytesReceived).isPositive();
            assertThat(first.secureControl).isFalse();
        } finally {
            FtpClients.close(bob);
            FtpClients.close(carol);
        }
    }

    @Test
    void typedViewIsTakenAtTheMomentOfTheCall() throws Exception {
        Configuration config = server.host().serverManager().getApplicationHostConfiguration();
        assertThat(config.getTypedView().systemApplicationHost.sites.sites.get(0).ftpServer.sessions.sessions).isEmpty();

        FTPClient bob = FtpClients.login(server.port(2121), "bob", "pw");
        try {
            assertThat(config.getTypedView().systemApplicationHost.sites.sites.get(0).ftpServer.sessions.sessions)
                    .extracting(s -> s.userName).containsExactly("bob");
        } finally {
            FtpClients.close(bob);
        }
    }

    @Test
    void changingTheTypedRuntimeObjectsChangesNeitherTheServerNorTheFile() throws Exception {
        FTPClient bob = FtpClients.login(server.port(2121), "bob", "pw");
        try {
            String before = Files.readString(server.configFile());
            Configuration config = server.host().serverManager().getApplicationHostConfiguration();
            Site alpha = config.getTypedView().systemApplicationHost.sites.sites.get(0);
            alpha.ftpServer.state = SiteState.STOPPED;
            alpha.ftpServer.sessions.sessions.clear();

            Site again = config.getTypedView().systemApplicationHost.sites.sites.get(0);
            assertThat(again.ftpServer.state).isEqualTo(SiteState.STARTED);
            assertThat(again.ftpServer.sessions.sessions).hasSize(1);
            assertThat(config.hasChanges()).isFalse();
            assertThat(bob.sendNoOp()).isTrue();
            assertThat(Files.readString(server.configFile())).isEqualTo(before);
        } finally {
            FtpClients.close(bob);
        }
    }

    @Test
    void aWebSiteShowsTheStateTheConfigApiShowsAndNoSessions() {
        Configuration config = server.host().serverManager().getApplicationHostConfiguration();
        Site web = config.getTypedView().systemApplicationHost.sites.sites.get(1);
        Object apiState = config.getSection("system.applicationHost/sites").getCollection().find("name", "Web").orElseThrow()
                .getChildElement("ftpServer").getAttributeValue("state");

        assertThat(web.name).isEqualTo("Web");
        assertThat(web.ftpServer.state.iisName()).isEqualTo(apiState);
        assertThat(web.ftpServer.sessions.sessions).isEmpty();
    }
}
