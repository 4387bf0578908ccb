package org.apphostftp.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.NoSuchPaddingException;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Private keys from PEM: PKCS#8 ({@code PRIVATE KEY}), encrypted PKCS#8 ({@code ENCRYPTED PRIVATE KEY}), PKCS#1
 * ({@code RSA PRIVATE KEY}) and SEC1 ({@code EC PRIVATE KEY}). The last two are re-wrapped as PKCS#8 so the JDK's key
 * factories read them.
 */
final class PemPrivateKeys {

    static final Set<String> KEY_TYPES = Set.of("PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY");

    /** AlgorithmIdentifier of rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7,
        0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
    private static final String PBES2_OID = "1.2.840.113549.1.5.13";

    private PemPrivateKeys() {
    }

    static Optional<PemBlock> firstKey(List<PemBlock> blocks) {
        return blocks.stream().filter(b -> KEY_TYPES.contains(b.type())).findFirst();
    }

    /**
     * The private key of {@code block}, read as a key of the same kind as {@code certificateKey}.
     *
     * @param file where the block comes from, for messages
     */
    static PrivateKey read(PemBlock block, CertificateFiles files, Path file, PublicKey certificateKey)
            throws ServerCertificateException {
        String algorithm = certificateKey.getAlgorithm();
        byte[] pkcs8 = switch (block.type()) {
            case "PRIVATE KEY" -> block.der();
            case "ENCRYPTED PRIVATE KEY" -> decrypt(block, files, file);
            case "RSA PRIVATE KEY" -> {
                legacyEncryptionRefused(block, files, file);
                yield wrap(RSA_ALGORITHM, block.der());
            }
            case "EC PRIVATE KEY" -> {
                legacyEncryptionRefused(block, files, file);
                if (!algorithm.equals("EC")) {
                    throw files.problem(file, "the private key is an EC key but the certificate's key is " + algorithm
                            + "; use the key that belongs to the certificate", null);
                }
                // the certificate's AlgorithmIdentifier names the same curve the key must be on
                yield wrap(Der.sequenceElements(certificateKey.getEncoded()).get(0), block.der());
            }
            default -> throw new IllegalArgumentException("not a private key block: " + block.type());
        };
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (InvalidKeySpecException | IllegalArgumentException e) {
            throw files.problem(file, "the private key cannot be read as an " + algorithm + " key like the certificate's ("
                    + e.getMessage() + "); use the key that belongs to the certificate", e);
        } catch (NoSuchAlgorithmException e) {
            throw files.problem(file, "this Java cannot use " + algorithm + " keys; use an RSA or EC certificate", e);
        }
    }

    /** Whether {@code key} is the private half of {@code publicKey}. */
    static boolean belongTogether(PrivateKey key, PublicKey publicKey) {
        if (key instanceof RSAKey r && publicKey instanceof RSAKey p) {
            return r.getModulus().equals(p.getModulus());
        }
        String signature = switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "EdDSA", "Ed25519", "Ed448" -> key.getAlgorithm();
            case "DSA" -> "SHA256withDSA";
            default -> null;
        };
        if (signature == null) {
            return true; // nothing to test with here; a wrong key still fails at the first handshake
        }
        try {
            byte[] probe = "apphost-ftp key check".getBytes(StandardCharsets.US_ASCII);
            Signature s = Signature.getInstance(signature);
            s.initSign(key);
            s.update(probe);
            byte[] signed = s.sign();
            s.initVerify(publicKey);
            s.update(probe);
            return s.verify(signed);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] decrypt(PemBlock block, CertificateFiles files, Path file) throws ServerCertificateException {
        if (files.password().isEmpty()) {
            throw files.problem(file, "the private key is encrypted; set serverCertPassword to its password", null);
        }
        EncryptedPrivateKeyInfo info;
        try {
            info = new EncryptedPrivateKeyInfo(block.der());
        } catch (IOException e) {
            throw files.problem(file, "the ENCRYPTED PRIVATE KEY block is damaged (" + e.getMessage() + ")", e);
        }
        AlgorithmParameters parameters = info.getAlgParameters();
        // for PBES2 the cipher's name (PBEWithHmacSHA256AndAES_256) is carried by the parameters
        String cipher = (info.getAlgName().equals("PBES2") || info.getAlgName().equals(PBES2_OID)) && parameters != null
                ? parameters.toString() : info.getAlgName();
        PBEKeySpec password = new PBEKeySpec(files.password().get().toCharArray());
        try {
            Cipher c = Cipher.getInstance(cipher);
            c.init(Cipher.DECRYPT_MODE, SecretKeyFactory.getInstance(cipher).generateSecret(password), parameters);
            return info.getKeySpec(c).getEncoded();
        } catch (NoSuchAlgorithmException | NoSuchPaddingException e) {
            throw files.problem(file, "the private key is encrypted with " + cipher + ", which this Java cannot decrypt; "
                    + "re-encrypt it: openssl pkcs8 -topk8 -v2 aes-256-cbc -in KEY -out NEWKEY", e);
        } catch (GeneralSecurityException e) {
            throw files.problem(file, "the private key does not decrypt with serverCertPassword (wrong password?); "
                    + "set serverCertPassword to the password of the key", e);
        } finally {
            password.clearPassword();
        }
    }

    private static void legacyEncryptionRefused(PemBlock block, CertificateFiles files, Path file)
            throws ServerCertificateException {
        if (block.encryptedLegacy()) {
            throw files.problem(file, "the " + block.type() + " uses OpenSSL's legacy PEM encryption, which is not "
                    + "supported; convert it to PKCS#8: openssl pkcs8 -topk8 -v2 aes-256-cbc -in KEY -out NEWKEY", null);
        }
    }

    /** PrivateKeyInfo {version 0, algorithm, privateKey OCTET STRING}. */
    private static byte[] wrap(byte[] algorithmIdentifier, byte[] innerKey) {
        return Der.sequence(Der.tlv(Der.INTEGER, new byte[] {0}), algorithmIdentifier, Der.tlv(Der.OCTET_STRING, innerKey));
    }
}
