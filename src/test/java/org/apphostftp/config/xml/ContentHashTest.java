package org.apphostftp.config.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The hash of a document's bytes, made on first use: the same value as hashing at once, whoever asks first. */
class ContentHashTest {

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void twoDocumentsReadFromTheSameBytesAreEqualAndFromOtherBytesAreNot() throws Exception {
        byte[] bytes = "<configuration/>".getBytes(StandardCharsets.UTF_8);

        assertThat(new ContentHash(bytes)).isEqualTo(new ContentHash(bytes.clone())).hasSameHashCodeAs(new ContentHash(bytes));
        assertThat(new ContentHash(bytes)).isNotEqualTo(new ContentHash("<configuration />".getBytes(StandardCharsets.UTF_8)));
        assertThat(new ContentHash(new byte[0]).hex()).isEqualTo(sha256(new byte[0]));
    }

    @Test
    void manyThreadsAskingAtOnceAllGetTheHashOfTheBytes() throws Exception {
        byte[] bytes = "<configuration>".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        ContentHash hash = new ContentHash(bytes);

        List<CompletableFuture<String>> asks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            asks.add(CompletableFuture.supplyAsync(hash::hex));
        }

        String expected = sha256(bytes);
        for (CompletableFuture<String> ask : asks) {
            assertThat(ask.get()).isEqualTo(expected);
        }
        assertThat(hash.hex()).isEqualTo(expected);
    }
}
