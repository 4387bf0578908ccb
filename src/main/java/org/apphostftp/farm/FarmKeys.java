package org.apphostftp.farm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys one farm secret gives (PBKDF2-HMAC-SHA256 salted with the farm's name, then one HMAC per use): the
 * 256-bit key that endorses each node's TLS certificate ({@link FarmTls}), and the join token AUTH compares.
 */
final class FarmKeys {

    /** The secret is a long shared key, not a person's password: a modest count keeps a cold JVM's start short. */
    private static final int ITERATIONS = 10_000;

    private final byte[] endorsement;
    private final byte[] joinToken;

    private FarmKeys(byte[] endorsement, byte[] joinToken) {
        this.endorsement = endorsement;
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
            byte[] endorsement = mac.doFinal("tls endorsement".getBytes(StandardCharsets.UTF_8));
            byte[] token = mac.doFinal(("join " + farmName).getBytes(StandardCharsets.UTF_8));
            Arrays.fill(master, (byte) 0);
            return new FarmKeys(endorsement, token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot derive the farm keys: " + e.getMessage(), e);
        }
    }

    byte[] endorsement() {
        return endorsement.clone();
    }

    byte[] joinToken() {
        return joinToken.clone();
    }

    static boolean sameToken(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }
}
