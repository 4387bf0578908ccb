package org.apphostftp.farm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys one farm secret gives (PBKDF2-HMAC-SHA256 salted with the farm's name, then one HMAC per use): a 256-bit
 * key for the ChaCha20-Poly1305 encryption of all node-to-node traffic, and the join token AUTH compares.
 */
final class FarmKeys {

    /** What SYM_ENCRYPT supports here (it passes a plain IV: GCM and ChaCha20-Poly1305 do not run in it). */
    static final String CIPHER = "AES/CBC/PKCS5Padding";
    static final int NONCE_BYTES = 16;
    /** The secret is a long shared key, not a person's password: a modest count keeps a cold JVM's start short. */
    private static final int ITERATIONS = 10_000;

    private final SecretKey encryption;
    private final byte[] joinToken;

    private FarmKeys(SecretKey encryption, byte[] joinToken) {
        this.encryption = encryption;
        this.joinToken = joinToken;
    }

    static FarmKeys derive(String secret, String farmName) {
        try {
            byte[] salt = ("apphost-ftp farm:" + farmName).getBytes(StandardCharsets.UTF_8);
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, ITERATIONS, 256);
            byte[] master = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            byte[] encryption = mac.doFinal("encryption".getBytes(StandardCharsets.UTF_8));
            byte[] token = mac.doFinal(("join " + farmName).getBytes(StandardCharsets.UTF_8));
            SecretKey key = new SecretKeySpec(encryption, "AES");
            Arrays.fill(master, (byte) 0);
            Arrays.fill(encryption, (byte) 0);
            return new FarmKeys(key, token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot derive the farm keys: " + e.getMessage(), e);
        }
    }

    SecretKey encryption() {
        return encryption;
    }

    byte[] joinToken() {
        return joinToken.clone();
    }

    static boolean sameToken(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }
}
