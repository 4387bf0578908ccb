package org.apphostftp.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.config.effective.FtpPolicy;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.config.jaxb.Site;
import org.apphostftp.config.location.Location;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.xml.SafeXmlReader;
import org.apphostftp.config.xml.XmlDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The effective snapshot the listeners read is made from the typed model, with the typed elements' locations. */
class EffectiveFromTypedModelTest {

    @TempDir
    Path dir;

    private static final String CONFIG = "<?xml version=\"1.0\"?>\n<configuration>\n<system.applicationHost>\n<sites>\n"
            + "<siteDefaults><ftpServer><connections controlChannelTimeout=\"77\" dataChannelTimeout=\"12\" /></ftpServer></siteDefaults>\n"
            + "<site name=\"One\" id=\"1\">\n"
            + "<bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>\n"
            + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"root\" /></application>\n"
            + "<ftpServer><connections dataChannelTimeout=\"33\" /></ftpServer>\n"
            + "</site>\n</sites>\n</system.applicationHost>\n"
            + "<location path=\"One/docs\"><system.ftpServer><security><authorization>\n"
            + "<add accessType=\"Allow\" users=\"Alice\" permissions=\"Read\" />\n"
            + "</authorization></security></system.ftpServer></location>\n"
            + "</configuration>\n";

    private TypedDocument bind(Path file) throws Exception {
        XmlDocument document = new SafeXmlReader().read(file, "test.config");
        List<Problem> problems = new ArrayList<>();
        return TypedBinder.bind(document, ConfigSchema.standard(), problems).orElseThrow();
    }

    private ServerConfig build(TypedDocument typed) {
        return new EffectiveConfigBuilder(ConfigSchema.standard(), typed, Optional.empty(),
                new PathExpander(Map.of(), dir)).build();
    }

    @Test
    void siteDefaultsThenTheSiteResolveOnTheTypedObjectsAndReachTheEffectiveSite() {
        LoadResult result = Fixtures.loader().load(Fixtures.installText(CONFIG, dir), "test.config");

        SiteConfig site = result.orElseThrow().sites().get(0);
        assertThat(site.ftp().connections().controlChannelTimeout()).isEqualTo(Duration.ofSeconds(77));
        assertThat(site.ftp().connections().dataChannelTimeout()).isEqualTo(Duration.ofSeconds(33));
        assertThat(site.ftp().connections().maxConnections()).isEqualTo(4294967295L);
        assertThat(site.location()).isEqualTo(new Location("test.config", 6, 1));
        FtpPolicy docs = site.policies().byPath().get("/docs");
        assertThat(docs.authorization()).singleElement().satisfies(r -> assertThat(r.users()).containsExactly("alice"));
    }

    @Test
    void aValueChangedInTheTypedModelIsWhatTheEffectiveSnapshotShows() throws Exception {
        TypedDocument typed = bind(Fixtures.installText(CONFIG, dir));
        Site written = typed.model().systemApplicationHost.sites.sites.get(0);
        written.ftpServer.connections.dataChannelTimeout = 5;
        written.name = "Renamed";

        SiteConfig site = build(typed).sites().get(0);

        assertThat(site.name()).isEqualTo("Renamed");
        assertThat(site.ftp().connections().dataChannelTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(site.location()).isEqualTo(typed.location(written));
    }

    @Test
    void aFileOfFiveThousandSitesBindsEverySiteWithItsOwnLine() {
        StringBuilder text = new StringBuilder("<?xml version=\"1.0\"?>\n<configuration>\n<system.applicationHost>\n<sites>\n");
        int sites = 5_000;
        for (int i = 1; i <= sites; i++) {
            text.append("<site name=\"S").append(i).append("\" id=\"").append(i).append("\"><bindings><binding protocol=\"ftp\" ")
                    .append("bindingInformation=\"127.0.0.1:").append(20_000 + i).append(":\" /></bindings>")
                    .append("<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"root\" /></application>")
                    .append("<ftpServer><connections maxConnections=\"").append(i).append("\" /></ftpServer></site>\n");
        }
        text.append("</sites>\n</system.applicationHost>\n</configuration>\n");

        LoadResult result = Fixtures.loader().load(Fixtures.installText(text.toString(), dir), "big.config");

        List<SiteConfig> loaded = result.orElseThrow().sites();
        assertThat(loaded).hasSize(sites);
        SiteConfig last = loaded.get(sites - 1);
        assertThat(last.name()).isEqualTo("S" + sites);
        assertThat(last.ftp().connections().maxConnections()).isEqualTo(sites);
        assertThat(last.location()).isEqualTo(new Location("big.config", 4 + sites, 1));
    }

    @Test
    void aSectionGroupWrittenTwiceKeepsTheSectionsOfBoth() {
        String text = CONFIG.replace("</configuration>\n",
                "<system.ftpServer><firewallSupport lowDataChannelPort=\"50000\" highDataChannelPort=\"50099\" /></system.ftpServer>\n"
                + "<system.ftpServer><serverRuntime><hostNameSupport useDomainNameAsHostName=\"true\" /></serverRuntime></system.ftpServer>\n"
                + "</configuration>\n");

        ServerConfig config = Fixtures.loader().load(Fixtures.installText(text, dir), "test.config").orElseThrow();

        assertThat(config.global().passivePorts().low()).isEqualTo(50000);
        assertThat(config.global().useDomainNameAsHostName()).isTrue();
    }
}
