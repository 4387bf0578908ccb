package org.apphostftp.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void onlyTheExactTokenMatches() {
        String token = Tokens.generate();

        assertThat(Tokens.matches(token, token)).isTrue();
        assertThat(Tokens.matches(token, token.toUpperCase())).isFalse();
        assertThat(Tokens.matches(token, token + "0")).isFalse();
        assertThat(Tokens.matches(token, token.substring(1))).isFalse();
    }

    @Test
    void missingOrEmptyTokensNeverMatch() {
        assertThat(Tokens.matches("abc", null)).isFalse();
        assertThat(Tokens.matches("abc", "")).isFalse();
        assertThat(Tokens.matches("", "")).isFalse();
        assertThat(Tokens.matches(null, null)).isFalse();
    }

    @Test
    void newTokenIs32RandomBytesInHex() {
        String token = Tokens.generate();

        assertThat(token).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(Tokens.generate()).isNotEqualTo(token);
    }
}
