package org.apphostftp.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.config.effective.VirtualDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written by IIS, with sections apphost-ftp does not know, loads; the FTP parts are read, the rest is kept. */
class RealWorldIisConfigTest {

    @TempDir
    Path dir;

    @Test
    void loadsAndIgnoresEverythingOutsideTheFtpParts() throws Exception {
        Path file = Fixtures.install("iis-real-world.config", dir);
        String before = Files.readString(file);

        LoadResult result = Fixtures.loader().load(file);

        assertThat(result.errors()).isEmpty();
        ServerConfig config = result.orElseThrow();
        assertThat(config.sites()).extracting(SiteConfig::name).containsExactly("Contoso FTP");
        SiteConfig contoso = config.sites().get(0);
        assertThat(contoso.ftp().connections().controlChannelTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(contoso.ftp().authentication().basic()).isTrue();
        assertThat(contoso.virtualDirectories()).extracting(VirtualDirectory::virtualPath).containsExactly("/", "/pub");
        assertThat(contoso.policies().siteLevel().requestFiltering().hiddenSegments()).containsExactly("_vti_bin");
        assertThat(config.global().providerNames()).containsExactlyInAnyOrder("IisManagerAuth", "AspNetAuth");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void theDocumentKeepsTheUnknownSectionsVerbatim() {
        Path file = Fixtures.install("iis-real-world.config", dir);

        LoadResult result = Fixtures.loader().load(file);

        String text = result.documents().get(0).text();
        var root = result.documents().get(0).root();
        var webServer = root.child("system.webServer").orElseThrow();
        assertThat(text.substring(webServer.start(), webServer.end())).startsWith("<system.webServer>\n        <asp />")
                .endsWith("</system.webServer>");
        assertThat(root.child("configSections")).isPresent();
    }
}
