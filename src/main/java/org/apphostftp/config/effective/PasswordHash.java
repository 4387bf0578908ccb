package org.apphostftp.config.effective;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.apphostftp.config.schema.InvalidValueException;

/**
 * A stored password: salted PBKDF2-HMAC-SHA256 in PHC form ({@code $pbkdf2-sha256$i=600000$SALT$HASH}, standard
 * Base64 without padding), or IIS's unsalted SHA-256 of the UTF-8 password as 64 hex digits (accepted, but weak).
 */
public final class PasswordHash {

    /** Iterations for new hashes (OWASP 2023 guidance for PBKDF2-HMAC-SHA256). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Fewer iterations than this are reported as weak. */
    public static final int MIN_ITERATIONS = 100_000;

    private static final String PREFIX = "$pbkdf2-sha256$i=";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    /** Made on the first new hash: reading a stored one (validate) then sets up no security provider. */
    private static final class Salts {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private final String stored;
    private final int iterations; // 0 for the IIS SHA-256 form
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(String stored, int iterations, byte[] salt, byte[] hash) {
        this.stored = stored;
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Reads a stored hash; a plaintext or unknown form is refused with a message that says what is accepted. */
    public static PasswordHash parse(String stored) {
        String s = stored.trim();
        if (s.startsWith(PREFIX)) {
            String[] parts = s.substring(PREFIX.length()).split("\\$");
            try {
                if (parts.length == 3) {
                    int iterations = Integer.parseInt(parts[0]);
                    byte[] salt = Base64.getDecoder().decode(parts[1]);
                    byte[] hash = Base64.getDecoder().decode(parts[2]);
                    if (iterations > 0 && salt.length >= 8 && hash.length >= 16) {
                        return new PasswordHash(s, iterations, salt, hash);
                    }
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw new InvalidValueException("is not a valid $pbkdf2-sha256$i=N$SALT$HASH value");
        }
        if (s.length() == 64 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return new PasswordHash(s, 0, new byte[0], HexFormat.of().parseHex(s.toLowerCase(Locale.ROOT)));
        }
        throw new InvalidValueException("must be a salted hash ($pbkdf2-sha256$...) or IIS's SHA-256 hex; "
                + "plaintext passwords are not accepted (use 'apphost-ftp user passwd NAME')");
    }

    /** A new salted hash of {@code password}. */
    public static PasswordHash create(char[] password) {
        return create(password, DEFAULT_ITERATIONS);
    }

    public static PasswordHash create(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        Salts.RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String stored = PREFIX + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        return new PasswordHash(stored, iterations, salt, hash);
    }

    /** Whether {@code password} matches, compared in constant time. */
    public boolean verify(char[] password) {
        byte[] candidate;
        if (iterations == 0) {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] raw = Arrays.copyOf(bytes.array(), bytes.limit());
            try {
                candidate = MessageDigest.getInstance("SHA-256").digest(raw);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            } finally {
                Arrays.fill(raw, (byte) 0);
                Arrays.fill(bytes.array(), (byte) 0);
            }
        } else {
            candidate = pbkdf2(password, salt, iterations, hash.length);
        }
        return MessageDigest.isEqual(candidate, hash);
    }

    /** Unsalted, or too few iterations. */
    public boolean isWeak() {
        return iterations < MIN_ITERATIONS;
    }

    /** Why the hash is weak, for a validation warning. */
    public String weakness() {
        return iterations == 0
                ? "unsalted SHA-256 password hash (IIS format) is weak; set a new password with 'apphost-ftp user passwd'"
                : "PBKDF2 with only " + iterations + " iterations is weak; set a new password with 'apphost-ftp user passwd'";
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The stored form, as written in the file. */
    @Override
    public String toString() {
        return stored;
    }
}
