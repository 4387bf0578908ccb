package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apphostftp.audit.Actor;
import org.apphostftp.audit.AuditTrail;
import org.apphostftp.config.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit} prints the latest audit lines; the CLI's user changes are audited with the local user. */
class AuditCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final InputStream stdin = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void userChangesAreAuditedAndTheCommandShowsThemAsATable() {
        Path config = Fixtures.installText(Fixtures.text("minimal-anonymous.config"), dir);
        System.setIn(new ByteArrayInputStream("pw\n".getBytes(StandardCharsets.UTF_8)));
        run("user", "add", "alice", "--password-stdin", "--config", config.toString());
        run("user", "remove", "nobody", "--config", config.toString());
        out.getBuffer().setLength(0);

        int code = run("audit", "--config", config.toString());

        assertThat(code).as(err.toString()).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).matches("TIME +ACTION +TARGET +RESULT +WHO +FROM");
        assertThat(lines[1]).contains("user add", "user alice", "ok", "local " + System.getProperty("user.name"), "local");
        assertThat(lines[2]).contains("user remove", "user nobody", "failed: ");
        assertThat(lines).hasSize(3);
    }

    @Test
    void controlCharactersInALineNeverReachTheTerminalAndJsonGivesTheLinesAsStored() {
        Path config = Fixtures.installText(Fixtures.text("minimal-anonymous.config"), dir);
        AuditTrail.forConfig(config).record(new Actor("token t", "127.0.0.1:1"), "Terminate", "user \u001b[2Jx\r\nforged", "ok");

        run("audit", "--config", config.toString());
        assertThat(out.toString()).contains("user ?[2Jx??forged").doesNotContain("\u001b");

        out.getBuffer().setLength(0);
        run("audit", "--json", "-n", "1", "--config", config.toString());
        assertThat(out.toString()).contains("\"target\":\"user \\u001B[2Jx\\r\\nforged\"").hasLineCount(1);
    }

    @Test
    void noFileMeansNoLinesAndABadCountIsRefused() {
        Path config = Fixtures.installText(Fixtures.text("minimal-anonymous.config"), dir);

        assertThat(run("audit", "--config", config.toString())).isZero();
        assertThat(out.toString()).startsWith("no audit lines in ").contains("audit.log");
        assertThat(run("audit", "-n", "0", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("-n must be at least 1");
    }
}
