package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apphostftp.TestServer;
import org.apphostftp.TwoSites;
import org.apphostftp.config.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** status and list sessions read without picocli: the same answers, and every other command line still picocli's. */
class QuickCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theQuickFormsReportAServerThatIsNotRunningBeforeTheTokenFileIsRead() {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        Path config = Fixtures.installText(TestServer.withFreePorts(TwoSites.CONFIG, ports), dir);
        String refused = "cannot reach apphost-ftp at 127.0.0.1:" + ports.get(8021) + ": connection refused\n";

        for (String[] command : new String[][] {{"status", "--config", config.toString()}, {"status", "--json", "--config=" + config},
                {"list", "sessions", "--site", "Alpha", "--user", "bob", "--client-ip", "127.0.0.1", "--node", "n1", "--xml",
                        "--config", config.toString()}}) {
            assertThat(run(command)).as(String.join(" ", command)).isEqualTo(1);
            assertThat(err.toString()).as(String.join(" ", command)).isEqualTo(refused);
            assertThat(out.toString()).isEmpty();
        }
        assertThat(dir.resolve("management.token")).doesNotExist();
    }

    @Test
    void validateReadWithoutPicocliPrintsTheSameProblemsAndSummary() {
        Path config = Fixtures.installText(TestServer.withFreePorts(TwoSites.CONFIG, new LinkedHashMap<>()), dir);

        assertThat(run("validate", "--config", config.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("ok: 2 sites (2 FTP)");

        Path broken = Fixtures.installText(TwoSites.CONFIG.replace("<management ", "<management colour=\"red\" "), dir);
        assertThat(run("validate", "--config=" + broken)).isEqualTo(1);
        assertThat(err.toString()).startsWith(broken + ":").contains("unknown attribute 'colour'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void everyOtherCommandLineIsAnsweredByPicocliAsBefore() {
        assertThat(run("status", "--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--colour'");

        assertThat(run("list", "sessions", "--json", "--xml")).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");

        assertThat(run("status", "--json", "--json")).isEqualTo(2);
        assertThat(err.toString()).contains("should be specified only once");

        assertThat(run("list", "sessions", "--site")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter for option '--site'");

        assertThat(run("validate", "--config")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter for option '--config'");
    }
}
