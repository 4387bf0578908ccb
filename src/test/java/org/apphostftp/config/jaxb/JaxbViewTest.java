package org.apphostftp.config.jaxb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.effective.AccessType;
import org.apphostftp.config.effective.Permission;
import org.apphostftp.config.effective.ShowFlag;
import org.apphostftp.config.effective.UserIsolationMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.assertj3.XmlAssert;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.ElementSelectors;

/** The typed view reads the same file the loader reads, and writes it back in the same shape. */
class JaxbViewTest {

    @TempDir
    Path dir;

    private ConfigurationXml read(String fixture) {
        LoadResult result = Fixtures.loader().load(Fixtures.install(fixture, dir));
        assertThat(result.errors()).isEmpty();
        return JaxbView.read(result.documents().get(0).text(), result.documents().get(0).displayName());
    }

    @Test
    void readsTypedValuesOfTheFtpParts() {
        ConfigurationXml config = read("user-isolation.config");

        Site iso = config.systemApplicationHost.sites.sites.get(0);
        assertThat(iso.name).isEqualTo("iso");
        assertThat(iso.id).isEqualTo(31L);
        assertThat(iso.ftpServer.userIsolation.mode).isEqualTo(UserIsolationMode.ISOLATE_ALL_DIRECTORIES);
        assertThat(iso.ftpServer.security.authentication.anonymousAuthentication.enabled).isTrue();
        assertThat(iso.ftpServer.connections).isNull();
        AuthorizationRule rule = (AuthorizationRule) config.locations.get(0).systemFtpServer.security.authorization.entries.get(0);
        assertThat(rule.accessType).isEqualTo(AccessType.ALLOW);
        assertThat(rule.permissions).containsExactlyInAnyOrder(Permission.READ, Permission.WRITE);
    }

    @Test
    void readsSiteDefaultsAndFlags() {
        ConfigurationXml config = read("site-defaults.config");

        SitesSection sites = config.systemApplicationHost.sites;
        assertThat(sites.siteDefaults.ftpServer.directoryBrowse.showFlags)
                .containsExactlyInAnyOrder(ShowFlag.STYLE_UNIX, ShowFlag.DISPLAY_VIRTUAL_DIRECTORIES);
        assertThat(sites.sites).hasSize(3);
    }

    @Test
    void writesASectionInTheShapeOfTheFile() {
        ConfigurationXml config = read("virtual-hosts.config");

        String xml = JaxbView.write("sites", SitesSection.class, config.systemApplicationHost.sites);

        String original = Fixtures.text("virtual-hosts.config");
        String sitesInFile = original.substring(original.indexOf("<sites>"), original.indexOf("</sites>") + 8);
        XmlAssert.assertThat(xml).and(sitesInFile).ignoreWhitespace().ignoreComments()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byNameAndAllAttributes)).areSimilar();
    }
}
