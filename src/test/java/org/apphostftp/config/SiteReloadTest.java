package org.apphostftp.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.xml.SafeXmlReader;
import org.apphostftp.config.xml.XmlDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reload that changes some sites of many gives what a full load of the same file gives: the same sites, the same
 * problems at the same FILE:LINE:COL, and the previous configuration kept when the edit is invalid. Only edits inside
 * sites that keep every other line where it was take the short way; the rest load the whole file.
 */
class SiteReloadTest {

    private static final int SITES = 30;

    @TempDir
    Path dir;

    private Path file;
    private final ConfigLoader loader = Fixtures.loader();

    /** One site as the fixture writes it: one line for the site, one for its location (and a sub-folder's). */
    private static final class Site {
        final int n;
        String timeout = "60";
        String banner = "";
        String folder;
        boolean basic = true;
        String users = "bob";
        String extra = "";
        int port = 2121;
        String locationPath;
        String ssl = "";

        Site(int n) {
            this.n = n;
            this.folder = "site" + n;
            this.locationPath = "Site" + n;
        }

        String site() {
            String binding = n % 10 == 9 ? "<binding protocol=\"http\" bindingInformation=\"*:80:\" />" // not an FTP site
                    : "<binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:" + port + ":site" + n + ".example\" />";
            return "    <site name=\"Site" + n + "\" id=\"" + n + "\"><bindings>" + binding + "</bindings>"
                    + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"" + folder + "\" /></application>"
                    + extra + "<ftpServer><connections controlChannelTimeout=\"" + timeout + "\" />"
                    + (banner.isEmpty() ? "" : "<messages bannerMessage=\"" + banner + "\" />")
                    + "<security><ssl" + ssl + " controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" /><authentication>"
                    + "<basicAuthentication enabled=\"" + basic + "\" /></authentication></security></ftpServer></site>";
        }

        String location() {
            String rule = "<system.ftpServer><security><authorization><add accessType=\"Allow\" users=\"" + users
                    + "\" permissions=\"Read, Write\" /></authorization></security></system.ftpServer>";
            return "  <location path=\"" + locationPath + "\">" + rule + "</location>"
                    + (n % 4 == 0 ? "\n  <location path=\"" + locationPath + "/sub\">" + rule + "</location>" : "");
        }
    }

    private final List<Site> sites = new ArrayList<>();

    @BeforeEach
    void sites() {
        for (int n = 1; n <= SITES; n++) {
            sites.add(new Site(n));
        }
        file = dir.resolve("applicationHost.config");
    }

    private String text() {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration>\n"
                + "  <system.applicationHost>\n    <sites>\n"
                + "      <siteDefaults><ftpServer><connections maxConnections=\"500\" /></ftpServer></siteDefaults>\n");
        sites.forEach(s -> out.append(s.site()).append('\n'));
        out.append("    </sites>\n  </system.applicationHost>\n  <system.ftpServer>\n"
                + "    <firewallSupport lowDataChannelPort=\"50000\" highDataChannelPort=\"50100\" />\n  </system.ftpServer>\n"
                + "  <location path=\"Nowhere\"><system.ftpServer><security><authorization /></security></system.ftpServer>"
                + "</location>\n");
        sites.forEach(s -> out.append(s.location()).append('\n'));
        return out.append("</configuration>\n").toString();
    }

    private void save() {
        try {
            for (Site s : sites) {
                if (!s.folder.startsWith("missing")) {
                    Files.createDirectories(dir.resolve(s.folder));
                }
            }
            Files.writeString(file, text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the host does: reload against what runs; what runs changes only when the reload is valid. */
    private LoadResult reloadAndCompare(LoadResult running, boolean expectShortWay) {
        XmlDocument next = parse();
        assertThat(SiteReload.between(running, next).isPresent()).as("the short way is taken").isEqualTo(expectShortWay);
        LoadResult reloaded = loader.reload(file, running);
        LoadResult full = loader.load(file);
        assertThat(reloaded.problems()).isEqualTo(full.problems());
        assertThat(reloaded.config()).isEqualTo(full.config());
        assertThat(reloaded.documents()).extracting(XmlDocument::sha256).isEqualTo(full.documents().stream().map(XmlDocument::sha256).toList());
        return reloaded.ok() ? reloaded : running;
    }

    private XmlDocument parse() {
        try {
            return new SafeXmlReader().read(file, file.toString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private LoadResult start() {
        save();
        LoadResult first = loader.load(file);
        assertThat(first.errors()).isEmpty();
        assertThat(first.warnings()).isNotEmpty(); // the location naming no site is a warning that must survive reloads
        return first;
    }

    @Test
    void manyRandomOneSiteEditsGiveWhatAFullLoadGives() {
        LoadResult running = start();
        Random random = new Random(16_3);
        int shortWays = 0;
        for (int round = 0; round < 60; round++) {
            Site s = sites.get(random.nextInt(SITES));
            int kind = random.nextInt(9);
            String timeout = s.timeout;
            String folder = s.folder;
            String users = s.users;
            switch (kind) {
                case 0 -> s.timeout = String.valueOf(30 + random.nextInt(900));
                case 1 -> s.timeout = random.nextBoolean() ? "abc" : "-5"; // a located error; the previous config keeps running
                case 2 -> s.banner = "welcome " + "x".repeat(random.nextInt(40));
                case 3 -> s.basic = !s.basic; // a warning appears or goes
                case 4 -> s.folder = "missing" + round; // an error, for an FTP site
                case 5 -> s.users = ""; // an error in the site's location
                case 6 -> s.locationPath = s.locationPath.equals("Site" + s.n) ? "site" + s.n : "Site" + s.n; // case only
                case 7 -> s.extra = s.extra.isEmpty() ? "\n      " : ""; // a line more or less: every later line moves
                default -> s.port = s.port == 2121 ? 2122 : 2121; // a binding: the checks across sites need every site
            }
            boolean changed = !(kind == 0 && s.timeout.equals(timeout) || kind == 8 && s.n % 10 == 9);
            boolean shortWay = kind < 7 && changed;
            save();
            LoadResult was = running;
            running = reloadAndCompare(running, shortWay);
            shortWays += shortWay ? 1 : 0;
            if (kind == 1 || kind == 4 || kind == 5) { // undo the error (none on a site that is not FTP's: it was applied)
                s.timeout = timeout;
                s.folder = folder;
                s.users = users;
                save();
                running = reloadAndCompare(running, running != was);
            }
        }
        assertThat(shortWays).isGreaterThan(30);
    }

    @Test
    void anInvalidEditToOneSiteReportsTheSameLocatedErrorsAndKeepsNoConfiguration() {
        LoadResult running = start();
        sites.get(6).timeout = "abc";
        sites.get(6).users = "";
        save();

        LoadResult reloaded = loader.reload(file, running);

        assertThat(reloaded.ok()).isFalse();
        assertThat(reloaded.errors()).extracting(p -> p.location().line()).containsExactly(12, 49);
        assertThat(reloaded.errors()).isEqualTo(loader.load(file).errors());
    }

    @Test
    void anEditThatAddsALineLoadsTheWholeFileSoThatLaterSitesNameTheirNewLines() {
        LoadResult running = start();
        int before = running.orElseThrow().site("Site20").orElseThrow().location().line();
        sites.get(2).extra = "\n      ";
        save();

        assertThat(SiteReload.between(running, parse())).isEmpty();
        LoadResult reloaded = loader.reload(file, running);

        assertThat(reloaded.orElseThrow().site("Site20").orElseThrow().location().line()).isEqualTo(before + 1);
    }

    @Test
    void theReloadReusesTheUnchangedSitesThemselves() {
        LoadResult running = start();
        sites.get(6).banner = "hello";
        save();

        LoadResult reloaded = loader.reload(file, running);

        List<SiteConfig> old = running.orElseThrow().sites();
        List<SiteConfig> now = reloaded.orElseThrow().sites();
        assertThat(now).hasSameSizeAs(old);
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i).name().equals("Site7")) {
                assertThat(now.get(i)).isNotEqualTo(old.get(i));
            } else {
                assertThat(now.get(i)).isSameAs(old.get(i));
            }
        }
    }

    @Test
    void aFolderOfAnUnchangedSiteThatVanishedMakesTheReloadCheckEverySite() throws IOException {
        LoadResult running = start();
        sites.get(6).banner = "hello";
        save();
        Files.delete(dir.resolve("site3"));

        LoadResult reloaded = reloadAndCompare(running, true);

        assertThat(reloaded).isSameAs(running); // invalid: what runs stays
        assertThat(loader.reload(file, running).errors()).extracting(Problem::message).singleElement().asString()
                .contains("physicalPath 'site3' does not exist");
    }

    @Test
    void aCertificateFileOfAnUnchangedSiteThatVanishedMakesTheReloadCheckEverySite() throws IOException {
        Files.writeString(dir.resolve("cert3.pem"), "not read by a load");
        sites.get(2).ssl = " serverCertFile=\"cert3.pem\"";
        LoadResult running = start();
        sites.get(6).banner = "hello";
        save();
        Files.delete(dir.resolve("cert3.pem"));

        assertThat(reloadAndCompare(running, true)).isSameAs(running);
        assertThat(loader.reload(file, running).errors()).extracting(Problem::message).singleElement().asString()
                .contains("serverCertFile 'cert3.pem' does not exist");
    }

    @Test
    void aChangeOutsideTheSitesLoadsTheWholeFile() {
        LoadResult running = start();
        String text = text().replace("maxConnections=\"500\"", "maxConnections=\"400\"");
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertThat(SiteReload.between(running, parse())).isEmpty();
        LoadResult reloaded = loader.reload(file, running);
        assertThat(reloaded.config()).isEqualTo(loader.load(file).config());
        assertThat(reloaded.orElseThrow().site("Site1").orElseThrow().ftp())
                .isNotEqualTo(running.orElseThrow().site("Site1").orElseThrow().ftp());
    }
}
