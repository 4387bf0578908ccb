package org.apphostftp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFileTest {

    @TempDir
    Path dir;

    @Test
    void missingTokenFileIsCreatedReadableByTheOwnerOnly() throws IOException {
        Path file = dir.resolve("conf/management.token");

        String token = TokenFile.readOrCreate(file);

        assertThat(token).matches("[0-9a-f]{64}");
        assertThat(Files.readString(file).strip()).isEqualTo(token);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void existingTokenIsReadWithoutSurroundingWhiteSpace() throws IOException {
        Path file = Files.writeString(dir.resolve("management.token"), "  my-token\r\n");

        assertThat(TokenFile.readOrCreate(file)).isEqualTo("my-token");
        assertThat(Files.readString(file)).isEqualTo("  my-token\r\n");
    }

    @Test
    void secondReadGivesTheSameToken() throws IOException {
        Path file = dir.resolve("management.token");

        assertThat(TokenFile.readOrCreate(file)).isEqualTo(TokenFile.readOrCreate(file));
    }

    @Test
    void emptyTokenFileIsAnErrorWithTheFix() throws IOException {
        Path file = Files.writeString(dir.resolve("management.token"), "\n");

        assertThatThrownBy(() -> TokenFile.readOrCreate(file)).isInstanceOf(IOException.class)
                .hasMessage("token file " + file + " is empty; delete it and a new token is created at start");
    }
}
