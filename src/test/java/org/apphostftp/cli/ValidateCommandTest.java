package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apphostftp.config.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void validFilePrintsASummaryAndExitsZero() {
        Path file = Fixtures.install("site-defaults.config", dir);

        int code = run("validate", "--config", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString().trim()).isEqualTo("ok: 3 sites (2 FTP), 2 FTP bindings");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void invalidFilePrintsEveryErrorAsFileLineColumnAndExitsOne() {
        Fixtures.install("invalid-many-errors.config", dir);
        String file = dir.resolve("applicationHost.config").toString();

        int code = run("validate", "--config", file);

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().filter(l -> !l.contains(": warning: ")))
                .hasSize(7)
                .allSatisfy(line -> assertThat(line).matches(java.util.regex.Pattern.quote(file) + ":\\d+:\\d+: .+"));
    }

    @Test
    void warningsPrintButDoNotFail() {
        String text = Fixtures.text("minimal-anonymous.config").replace("<location path=\"Public FTP\">", "<location path=\"Nobody\">");
        Path file = Fixtures.installText(text, dir);

        int code = run("validate", "--config", file.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).contains(": warning: location 'Nobody' names no site");
        assertThat(out.toString().trim()).isEqualTo("ok: 1 site (1 FTP), 1 FTP binding");
    }

    @Test
    void aWebOnlyFileSaysHowManySitesItHolds() {
        StringBuilder sites = new StringBuilder();
        for (int id = 1; id <= 6; id++) {
            sites.append("<site name=\"web").append(id).append("\" id=\"").append(id).append("\"><bindings>")
                    .append("<binding protocol=\"http\" bindingInformation=\"*:80").append(id).append(":\" /></bindings>")
                    .append("<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"%SystemDrive%\\inetpub\\wwwroot\" />")
                    .append("</application></site>\n");
        }
        Path file = Fixtures.installText("<configuration><system.applicationHost><sites>\n" + sites
                + "</sites></system.applicationHost></configuration>\n", dir);

        int code = run("validate", "--config", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString().trim()).isEqualTo("ok: 6 sites (0 FTP), 0 FTP bindings");
    }

    /** Issue 12 item 4: the documented default of the central log, with central logging off, once printed a stack trace. */
    @Test
    void theDocumentedCentralLogFileDefaultIsNoStackTrace() {
        String text = Fixtures.text("minimal-anonymous.config").replace("</configuration>",
                "<system.ftpServer><log><centralLogFile directory=\"%SystemDrive%\\inetpub\\logs\\LogFiles\"/></log>"
                        + "</system.ftpServer>\n</configuration>");
        Path file = Fixtures.installText(text, dir);

        int code = run("validate", "--config", file.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString().trim()).isEqualTo("ok: 1 site (1 FTP), 1 FTP binding");
    }

    @Test
    void missingFileIsAnError() {
        int code = run("validate", "--config", dir.resolve("nope.config").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo(dir.resolve("nope.config") + ": no such file");
    }

    @Test
    void theEmbeddedDefaultIsValid() {
        int code = run("validate", "--config", "conf/applicationHost.config");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().trim()).isEqualTo("ok: 1 site (1 FTP), 1 FTP binding");
    }
}
