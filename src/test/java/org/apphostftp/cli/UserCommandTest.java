package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.LoadResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** user add/passwd/remove write administration.config with salted hashes, and the user can then log in. */
class UserCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final InputStream stdin = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private int run(String password, String... args) {
        if (password != null) {
            System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String config() {
        return Fixtures.text("minimal-anonymous.config").replace("<anonymousAuthentication enabled=\"true\" />",
                "<anonymousAuthentication enabled=\"true\" /><basicAuthentication enabled=\"true\" />")
                .replace("users=\"?\" permissions=\"Read\"", "users=\"*\" permissions=\"Read\"");
    }

    @Test
    void addedUserIsStoredHashedAndCanLogIn() throws Exception {
        Path file = Fixtures.installText(config(), dir);

        int code = run("s3cret pass", "user", "add", "alice", "--password-stdin", "--config", file.toString());

        assertThat(code).as(err.toString()).isZero();
        String admin = Files.readString(dir.resolve("administration.config"));
        assertThat(admin).contains("name=\"alice\"").contains("$pbkdf2-sha256$i=600000$").doesNotContain("s3cret");
        try (TestServer server = TestServer.start(dir, config())) {
            FTPClient c = FtpClients.login(server.port(), "alice", "s3cret pass");
            FtpClients.close(c);
        }
    }

    @Test
    void passwdChangesOnlyThePasswordAndRemoveDeletes() throws Exception {
        Path file = Fixtures.installText(config(), dir);
        assertThat(run("one", "user", "add", "bob", "--password-stdin", "--roles", "editors", "--config", file.toString())).isZero();
        String before = Files.readString(dir.resolve("administration.config"));

        assertThat(run("two", "user", "passwd", "bob", "--password-stdin", "--config", file.toString())).isZero();
        String after = Files.readString(dir.resolve("administration.config"));
        assertThat(after).isNotEqualTo(before).contains("roles=\"editors\"");
        LoadResult loaded = Fixtures.loader().load(file);
        assertThat(loaded.orElseThrow().credentials().get(0).password().verify("two".toCharArray())).isTrue();

        assertThat(run(null, "user", "remove", "bob", "--config", file.toString())).isZero();
        assertThat(Fixtures.loader().load(file).orElseThrow().credentials()).isEmpty();
    }

    @Test
    void addingAnExistingUserFailsWithAHint() {
        Path file = Fixtures.installText(config(), dir);
        assertThat(run("one", "user", "add", "bob", "--password-stdin", "--config", file.toString())).isZero();

        int code = run("two", "user", "add", "BOB", "--password-stdin", "--config", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("user 'BOB' already exists").contains("user passwd BOB");
    }

    @Test
    void aUserOfTheMainFileIsNotShadowedByAdministrationConfig() {
        String withUser = config().replace("</configuration>", "<system.webServer><management><authentication><credentials>"
                + "<add name=\"carl\" password=\"" + org.apphostftp.config.effective.PasswordHash.create("x".toCharArray(), 1000)
                + "\" /></credentials></authentication></management></system.webServer></configuration>");
        Path file = Fixtures.installText(withUser, dir);

        int code = run("two", "user", "add", "carl", "--password-stdin", "--config", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("user 'carl' is defined in " + file).contains("change it there");
    }

    @Test
    void removingAnUnknownUserFails() {
        Path file = Fixtures.installText(config(), dir);

        int code = run(null, "user", "remove", "nobody", "--config", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("administration.config does not exist");
    }
}
