package org.apphostftp.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Bearer tokens of the admin endpoint. */
public final class Tokens {

    /** Random bytes in a new token (written as twice as many hex digits). */
    public static final int TOKEN_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /**
     * Whether {@code given} equals {@code expected}, taking the same time wherever they differ and whatever their
     * lengths (both are hashed first). A null or empty {@code given} never matches; nor does anything match an empty
     * {@code expected}, so a blank token file locks the endpoint rather than opening it.
     */
    public static boolean matches(String expected, String given) {
        if (expected == null || given == null || expected.isEmpty() || given.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(sha256(expected), sha256(given));
    }

    /** A new token: {@value #TOKEN_BYTES} random bytes as lower-case hex. */
    public static String generate() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
