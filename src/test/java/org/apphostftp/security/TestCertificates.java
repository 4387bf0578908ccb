package org.apphostftp.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Certificates made for tests: key pairs by the JDK's keytool, PEM files written from them here. */
public final class TestCertificates {

    public static final String PASSWORD = "changeit-test";

    private TestCertificates() {
    }

    /** A self-signed key pair for 127.0.0.1/localhost in a new PKCS#12 {@code file} under {@code alias}. */
    public static Path keytoolPkcs12(Path file, String alias, String keyAlgorithm, String password) throws IOException, InterruptedException {
        keytool("-genkeypair", "-alias", alias, "-keyalg", keyAlgorithm, "-dname", "CN=" + alias + ", O=apphost-ftp test",
                "-validity", "2", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", password, "-keypass", password);
        return file;
    }

    /** An HTTP client that trusts exactly the certificate of a {@link #keytoolPkcs12} file (made with {@link #PASSWORD}). */
    public static HttpClient httpClientTrusting(Path pkcs12) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pkcs12)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).build();
    }

    static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.add("-noprompt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output;
        try (InputStream in = p.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("keytool did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IOException("keytool failed: " + new String(output, StandardCharsets.UTF_8));
        }
    }

    /** The key entry {@code alias} of a PKCS#12 file. */
    static KeyStore.PrivateKeyEntry entry(Path p12, String alias, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            store.load(in, password.toCharArray());
        }
        return (KeyStore.PrivateKeyEntry) store.getEntry(alias, new KeyStore.PasswordProtection(password.toCharArray()));
    }

    static X509Certificate leaf(KeyStore.PrivateKeyEntry entry) {
        return (X509Certificate) entry.getCertificate();
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    static String certificatesPem(KeyStore.PrivateKeyEntry entry) throws GeneralSecurityException {
        StringBuilder out = new StringBuilder();
        for (Certificate c : entry.getCertificateChain()) {
            out.append(pem("CERTIFICATE", c.getEncoded()));
        }
        return out.toString();
    }

    static String pkcs8Pem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    /** PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC), the form {@code openssl pkcs8 -topk8} writes. */
    static String encryptedPkcs8Pem(PrivateKey key, String password) throws GeneralSecurityException, IOException {
        String algorithm = "PBEWithHmacSHA256AndAES_256";
        byte[] salt = new byte[16];
        byte[] iv = new byte[16];
        SecureRandom random = new SecureRandom();
        random.nextBytes(salt);
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.ENCRYPT_MODE, SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(password.toCharArray())),
                new PBEParameterSpec(salt, 10_000, new IvParameterSpec(iv)));
        byte[] encrypted = cipher.doFinal(key.getEncoded());
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("PBES2"); // the name an AlgorithmIdentifier knows
        parameters.init(cipher.getParameters().getEncoded());
        return pem("ENCRYPTED PRIVATE KEY", new EncryptedPrivateKeyInfo(parameters, encrypted).getEncoded());
    }

    /** PKCS#1 RSAPrivateKey, written field by field, as {@code openssl rsa -traditional} does. */
    static String pkcs1Pem(RSAPrivateCrtKey key) {
        return pem("RSA PRIVATE KEY", sequence(integer(BigInteger.ZERO), integer(key.getModulus()), integer(key.getPublicExponent()),
                integer(key.getPrivateExponent()), integer(key.getPrimeP()), integer(key.getPrimeQ()),
                integer(key.getPrimeExponentP()), integer(key.getPrimeExponentQ()), integer(key.getCrtCoefficient())));
    }

    /** SEC1 ECPrivateKey on P-256 with its named curve, as {@code openssl ecparam -genkey -noout} writes it. */
    static String sec1Pem(ECPrivateKey key) {
        byte[] s = key.getS().toByteArray();
        byte[] fixed = new byte[32];
        int copy = Math.min(s.length, 32);
        System.arraycopy(s, s.length - copy, fixed, 32 - copy, copy);
        byte[] prime256v1 = {0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x03, 0x01, 0x07};
        return pem("EC PRIVATE KEY", sequence(integer(BigInteger.ONE), tlv(0x04, fixed), tlv(0xa0, prime256v1)));
    }

    private static byte[] integer(BigInteger value) {
        return tlv(0x02, value.toByteArray());
    }

    private static byte[] sequence(byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            content.writeBytes(p);
        }
        return tlv(0x30, content.toByteArray());
    }

    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (content.length < 128) {
            out.write(content.length);
        } else if (content.length < 256) {
            out.write(0x81);
            out.write(content.length);
        } else {
            out.write(0x82);
            out.write(content.length >> 8);
            out.write(content.length);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.US_ASCII);
    }
}
