package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBElement;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.AdminHttp;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.apphostftp.TwoSites;
import org.apphostftp.config.jaxb.JaxbView;
import org.apphostftp.config.jaxb.Session;
import org.apphostftp.config.jaxb.Sessions;
import org.apphostftp.config.jaxb.SitesSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.assertj3.XmlAssert;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.ElementSelectors;

/**
 * The XML answers have the shape of the file: they bind to the JAXB model of applicationHost.config without losing
 * an attribute or element (the model writes them back identically), and they are valid against the schema.
 */
class AdminXmlShapeTest {

    @TempDir
    Path dir;

    private TestServer server;
    private AdminHttp http;
    private final List<FTPClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = TwoSites.start(dir);
        http = new AdminHttp(server);
        clients.add(FtpClients.login(server.port(2121), "bob", "pw"));
        FTPClient carol = FtpClients.login(server.port(2122), "carol", "pw");
        carol.sendCommand("CWD", "/");
        clients.add(carol);
        clients.add(FtpClients.connect(server.port(2121))); // before USER: empty user name and commands
    }

    @AfterEach
    void stop() {
        clients.forEach(FtpClients::close);
        server.close();
    }

    private static <T> T unmarshal(String xml, Class<T> type) throws Exception {
        JAXBElement<T> bound = JaxbView.context().createUnmarshaller().unmarshal(new StreamSource(new StringReader(xml)), type);
        return bound.getValue();
    }

    @Test
    void theSessionsListingIsTheJaxbSessionsElement() throws Exception {
        String xml = http.getXml("/api/sessions").body();

        Sessions bound = unmarshal(xml, Sessions.class);

        assertThat(bound.sessions).extracting(s -> s.userName).containsExactlyInAnyOrder("bob", "carol", "");
        Session bob = bound.sessions.stream().filter(s -> s.userName.equals("bob")).findFirst().orElseThrow();
        assertThat(bob.serverPort).isEqualTo(server.port(2121));
        assertThat(bob.secureControl).isFalse();
        XmlAssert.assertThat(JaxbView.write("sessions", Sessions.class, bound)).and(xml).ignoreWhitespace().areSimilar();
    }

    @Test
    void theSessionsListingIsValidAgainstTheSchema() throws Exception {
        String xml = http.getXml("/api/sessions").body();

        assertThat(SchemaConformance.problems(SchemaConformance.element("system.applicationHost/sites", "site", "ftpServer", "sessions"),
                xml)).isEmpty();
    }

    @Test
    void theSitesSectionWithItsSessionsIsTheJaxbSitesSection() throws Exception {
        String xml = http.getXml("/api/config?section=system.applicationHost/sites").body();

        SitesSection bound = unmarshal(xml, SitesSection.class);

        assertThat(bound.sites).extracting(s -> s.name).containsExactly("Alpha", "Beta");
        assertThat(bound.sites.get(0).ftpServer.sessions.sessions).hasSize(2);
        // sibling elements of different names may come in any order in the file; the model writes its field order
        XmlAssert.assertThat(JaxbView.write("sites", SitesSection.class, bound)).and(xml).ignoreWhitespace()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAllAttributes)).areSimilar();
    }

    @Test
    void theSitesSectionIsValidAgainstTheSchema() throws Exception {
        String xml = http.getXml("/api/config?section=system.applicationHost/sites").body();

        assertThat(SchemaConformance.problems(SchemaConformance.element("system.applicationHost/sites"), xml)).isEmpty();
    }

    @Test
    void theConformanceCheckFindsWhatTheSchemaDoesNotHave() throws Exception {
        String xml = "<sessions><session sessionId=\"x\" bytesSent=\"many\" colour=\"red\" /><sesion /></sessions>";

        assertThat(SchemaConformance.problems(SchemaConformance.element("system.applicationHost/sites", "site", "ftpServer", "sessions"),
                xml)).hasSize(3);
    }
}
