package org.apphostftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.effective.LoadedConfiguration;
import org.apphostftp.config.location.ConfigurationException;
import org.apphostftp.config.location.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A program reads and checks the file with FtpHost.load, shows its problems, then serves exactly what it checked. */
class FtpHostLoadTest {

    private static final String CONFIG = """
            <configuration><system.applicationHost><sites>
              <site name="Loaded" id="1"><bindings><binding protocol="ftp" bindingInformation="127.0.0.1:%d:" /></bindings>
                <application path="/"><virtualDirectory path="/" physicalPath="root" /></application></site>
            </sites></system.applicationHost>
            <system.ftpServer><management enabled="false" /></system.ftpServer></configuration>
            """;

    @TempDir
    Path dir;

    @Test
    void aLoadedConfigurationIsServedWithoutReadingTheFileAgain() throws IOException {
        int port = FreePorts.next();
        Files.createDirectories(dir.resolve("root"));
        Path file = Fixtures.installText(CONFIG.formatted(port), dir);
        LoadedConfiguration loaded = FtpHost.load(file, Map.of());
        assertThat(loaded.ok()).isTrue();
        assertThat(loaded.configFile()).isEqualTo(file);
        // hostile: the file is saved broken between the check and the start; the host serves what was checked
        Files.writeString(file, CONFIG.formatted(port).replace("id=\"1\"", "id=\"one\""));

        try (FtpHost host = FtpHost.start(loaded)) {
            FTPClient ftp = new FTPClient();
            ftp.connect("127.0.0.1", port);
            try {
                assertThat(ftp.getReplyCode()).as("the greeting of the site that was checked").isEqualTo(220);
            } finally {
                ftp.disconnect();
            }
            assertThat(host.status().lastConfigError()).map(Problem::toString).get().asString()
                    .startsWith(file + ":").contains("one");
        }
    }

    @Test
    void aLoadWithErrorsShowsEachWithItsLineAndIsNotServed() throws IOException {
        Path file = Fixtures.installText(CONFIG.formatted(21).replace("id=\"1\"", "id=\"one\""), dir);
        LoadedConfiguration loaded = FtpHost.load(file, Map.of());

        assertThat(loaded.ok()).isFalse();
        assertThat(loaded.errors()).singleElement().satisfies(p -> assertThat(p.toString()).startsWith(file + ":2:"));
        assertThatThrownBy(() -> FtpHost.start(loaded)).hasMessageStartingWith(file + ":2:")
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).isEqualTo(loaded.errors()));
    }

    @Test
    void aFarmThatCannotBeJoinedIsAnExportedExceptionNamingTheFix() throws IOException {
        String farm = CONFIG.formatted(FreePorts.next()).replace("<management enabled=\"false\" />",
                "<management enabled=\"false\" /><farm enabled=\"true\" members=\"127.0.0.2\" secret=\"0123456789abcdef0123\" />");
        Files.createDirectories(dir.resolve("root"));
        LoadedConfiguration loaded = FtpHost.load(Fixtures.installText(farm, dir), Map.of());
        assertThat(loaded.ok()).isTrue();

        // no node name given: a program embedding the host catches IllegalStateException, an exported type
        assertThatThrownBy(() -> FtpHost.start(loaded)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--node NAME");
    }

    @Test
    void aLoadedConfigurationMadeOutsideTheLibraryIsRefused() {
        LoadedConfiguration forged = new LoadedConfiguration() {
            @Override
            public Path configFile() {
                return dir.resolve("applicationHost.config");
            }

            @Override
            public List<Problem> problems() {
                return List.of();
            }
        };
        assertThatThrownBy(() -> FtpHost.start(forged)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("made by FtpHost.load");
    }
}
