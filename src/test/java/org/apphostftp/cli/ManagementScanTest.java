package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.TwoSites;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.LoadResult;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.xml.SafeXmlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client commands' quick scan for the admin endpoint: the loader's answer for the plain case, none for any other. */
class ManagementScanTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("FTP_STATE", "/var/lib/ftp");

    @TempDir
    Path dir;

    private Path write(String text) {
        return Fixtures.installText(text, dir);
    }

    private static GlobalSettings.Management loaded(Path file) {
        LoadResult result = new ConfigLoader(ConfigSchema.standard(), ENVIRONMENT).load(file);
        assertThat(result.errors()).isEmpty();
        return result.orElseThrow().global().management();
    }

    private static Optional<GlobalSettings.Management> scanned(Path file) {
        return ManagementScan.of(file, ENVIRONMENT);
    }

    @Test
    void aPlainManagementElementGivesWhatTheFullLoadGives() throws IOException {
        Path file = write(TwoSites.CONFIG.replace("<management ", "<management tokenFile=\"state\\admin.token\" allowRemote=\"FALSE\" "));

        assertThat(scanned(file)).contains(loaded(file));
        assertThat(scanned(file).orElseThrow().tokenFile()).isEqualTo(dir.resolve("state/admin.token"));
    }

    @Test
    void aMissingManagementSectionGivesTheSchemaDefaultsLikeTheFullLoad() throws IOException {
        Path file = write(TwoSites.CONFIG.replaceAll("<management [^>]*/>", ""));

        assertThat(scanned(file)).contains(loaded(file));
        assertThat(scanned(file).orElseThrow().endpoint().port()).isEqualTo(8021);
    }

    @Test
    void anEnvironmentVariableInTheTokenFileIsExpandedLikeTheFullLoad() throws IOException {
        Path file = write(TwoSites.CONFIG.replace("<management ", "<management tokenFile=\"%ftp_state%/m.token\" "));

        assertThat(scanned(file).orElseThrow().tokenFile()).isEqualTo(Path.of("/var/lib/ftp/m.token")).isEqualTo(loaded(file).tokenFile());
    }

    @Test
    void everyCaseButThePlainOneIsLeftToTheFullLoad() throws IOException {
        String plain = TwoSites.CONFIG;
        for (String text : new String[] {
                plain.replace("<management ", "<management colour=\"red\" "), // unknown to the schema
                plain.replace("<management ", "<management enabled=\"false\" "),
                plain.replace("<management ", "<management enabled=\"yes\" "),
                plain.replace("<management ", "<management serverCertFile=\"admin.p12\" "), // TLS
                plain.replace("<management ", "<management tokenFile=\"%NOT_SET_ANYWHERE%\" "),
                plain.replace("<management ", "<management bindingInformation=\"not an address\" "),
                plain.replace("127.0.0.1:8021", "10.0.0.1:8021"), // remote without TLS: the loader's error
                plain.replace("127.0.0.1:8021", "*:8021"),
                plain.replace("</system.ftpServer>", "<management bindingInformation=\"127.0.0.1:9\" /></system.ftpServer>"),
                plain.replace("</configuration>", "<location path=\"\"><system.ftpServer><management /></system.ftpServer></location></configuration>"),
                plain.replace("<management bindingInformation=\"127.0.0.1:8021\" />",
                        "<management bindingInformation=\"127.0.0.1:8021\"><extra /></management>"),
                "<!DOCTYPE configuration [<!ENTITY e \"x\">]>" + plain,
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + plain,
                plain.replace("</configuration>", ""), // not well-formed
                "<notConfiguration />",
                ""}) {
            assertThat(scanned(write(text))).as(text).isEmpty();
        }
    }

    @Test
    void aMissingFolderOrUnreadableFileIsLeftToTheFullLoad() throws IOException {
        assertThat(scanned(dir.resolve("missing.config"))).isEmpty();
        assertThat(scanned(dir)).isEmpty();
        Files.write(dir.resolve("binary.config"), new byte[] {(byte) 0xC3, (byte) 0x28, '<'});
        assertThat(scanned(dir.resolve("binary.config"))).isEmpty();
    }

    @Test
    void aFileOverTheLoadersLimitIsLeftToTheFullLoad() throws IOException {
        Path file = dir.resolve("applicationHost.config");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(TwoSites.CONFIG.replace("</configuration>", "<!--"));
            char[] filler = new char[1 << 20];
            java.util.Arrays.fill(filler, 'x');
            for (long written = 0; written <= SafeXmlReader.MAX_FILE_BYTES; written += filler.length) {
                w.write(filler);
            }
            w.write("--></configuration>");
        }

        assertThat(scanned(file)).isEmpty();
    }

    @Test
    void aLargeFileWithManySitesIsScannedToTheSameAnswer() throws IOException {
        String alpha = TwoSites.CONFIG.substring(TwoSites.CONFIG.indexOf("<site name=\"Alpha\""),
                TwoSites.CONFIG.indexOf("</site>") + "</site>".length());
        StringBuilder sites = new StringBuilder();
        for (int i = 3; i < 3_000; i++) {
            sites.append(alpha.replace("\"Alpha\"", "\"s" + i + "\"").replace("id=\"1\"", "id=\"" + i + "\"")
                    .replace(":2121:", ":" + (10_000 + i) + ":"));
        }
        Path file = write(TwoSites.CONFIG.replace("</sites>", sites + "</sites>"));
        assertThat(Files.size(file)).isGreaterThan(500_000);

        assertThat(scanned(file)).isPresent().contains(loaded(file));
    }
}
