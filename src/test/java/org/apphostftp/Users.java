package org.apphostftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apphostftp.config.effective.PasswordHash;

/** Writes an administration.config with test users (few PBKDF2 iterations, so tests stay fast). */
public final class Users {

    private Users() {
    }

    /** {@code users} as name, password, name, password, ...; the password is also the hash input. */
    public static void write(Path dir, String... namesAndPasswords) {
        StringBuilder adds = new StringBuilder();
        for (int i = 0; i < namesAndPasswords.length; i += 2) {
            String hash = PasswordHash.create(namesAndPasswords[i + 1].toCharArray(), 1_000).toString();
            adds.append("<add name=\"").append(namesAndPasswords[i]).append("\" password=\"").append(hash).append("\" />\n");
        }
        try {
            Files.writeString(dir.resolve("administration.config"), "<configuration><system.webServer><management><authentication>"
                    + "<credentials>\n" + adds + "</credentials></authentication></management></system.webServer></configuration>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
