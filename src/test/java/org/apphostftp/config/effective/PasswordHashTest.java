package org.apphostftp.config.effective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apphostftp.config.schema.InvalidValueException;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void saltedHashVerifiesOnlyItsPassword() {
        PasswordHash hash = PasswordHash.create("s3cret".toCharArray(), 1_000);

        assertThat(hash.verify("s3cret".toCharArray())).isTrue();
        assertThat(hash.verify("s3creT".toCharArray())).isFalse();
        assertThat(hash.toString()).startsWith("$pbkdf2-sha256$i=1000$");
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        assertThat(PasswordHash.create("x".toCharArray(), 1_000).toString())
                .isNotEqualTo(PasswordHash.create("x".toCharArray(), 1_000).toString());
    }

    @Test
    void storedFormRoundTrips() {
        PasswordHash hash = PasswordHash.create("pw".toCharArray(), 2_000);

        PasswordHash again = PasswordHash.parse(hash.toString());

        assertThat(again.verify("pw".toCharArray())).isTrue();
        assertThat(again.isWeak()).isTrue();
    }

    @Test
    void newHashesUseEnoughIterations() {
        assertThat(PasswordHash.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(PasswordHash.MIN_ITERATIONS);
    }

    @Test
    void iisUnsaltedSha256HexIsAcceptedButWeak() {
        // SHA-256("password") in upper-case hex, as IIS Manager stores it
        PasswordHash iis = PasswordHash.parse("5E884898DA28047151D0E56F8DC6292773603D0D6AABBDD62A11EF721D1542D8");

        assertThat(iis.verify("password".toCharArray())).isTrue();
        assertThat(iis.verify("Password".toCharArray())).isFalse();
        assertThat(iis.isWeak()).isTrue();
    }

    @Test
    void plaintextIsRefused() {
        assertThatThrownBy(() -> PasswordHash.parse("hunter2")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("plaintext passwords are not accepted");
    }
}
