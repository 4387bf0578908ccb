package org.apphostftp.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A new ECDSA P-256 key and a self-signed X.509 v3 server certificate for it (subjectAltName with the names and
 * addresses given, serverAuth, digitalSignature), built with the JDK alone: the JDK has no public API that writes a
 * certificate, so the TBSCertificate is encoded here (RFC 5280, a few dozen lines of DER) and signed with
 * {@link Signature}; the result is read back by the JDK's own {@link CertificateFactory}, which checks the encoding.
 *
 * @param key         the private key
 * @param certificate the certificate
 */
public record SelfSignedCertificate(PrivateKey key, X509Certificate certificate) {

    private static final int OBJECT_IDENTIFIER = 0x06;
    private static final int BOOLEAN = 0x01;
    private static final int BIT_STRING = 0x03;
    private static final int UTF8_STRING = 0x0c;
    private static final int UTC_TIME = 0x17;
    private static final int GENERALIZED_TIME = 0x18;
    private static final int SET = 0x31;
    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";

    /**
     * @param dnsNames  DNS names for the subjectAltName (the first is also the common name); at least one
     * @param addresses IP addresses for the subjectAltName
     * @param validity  how long from now it is valid
     */
    public static SelfSignedCertificate create(List<String> dnsNames, List<InetAddress> addresses, Duration validity, Instant now) {
        if (dnsNames.isEmpty()) {
            throw new IllegalArgumentException("a certificate needs at least one DNS name");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            byte[] algorithm = Der.sequence(oid(ECDSA_WITH_SHA256));
            byte[] name = Der.sequence(Der.tlv(SET, Der.sequence(oid("2.5.4.3"),
                    Der.tlv(UTF8_STRING, dnsNames.get(0).getBytes(StandardCharsets.UTF_8)))));
            Instant notBefore = now.minus(Duration.ofMinutes(5)); // a client clock a little behind still accepts it
            byte[] tbs = Der.sequence(
                    Der.tlv(0xa0, Der.tlv(Der.INTEGER, new byte[] {2})), // [0] version v3
                    Der.tlv(Der.INTEGER, new BigInteger(1, random(16)).setBit(126).clearBit(127).toByteArray()),
                    algorithm,
                    name,
                    Der.sequence(time(notBefore), time(now.plus(validity))),
                    name,
                    pair.getPublic().getEncoded(),
                    Der.tlv(0xa3, Der.sequence(extensions(dnsNames, addresses))));
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(pair.getPrivate());
            signer.update(tbs);
            byte[] certificate = Der.sequence(tbs, algorithm, bitString(signer.sign()));
            X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificate));
            parsed.verify(pair.getPublic());
            return new SelfSignedCertificate(pair.getPrivate(), parsed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make an EC P-256 certificate: " + e.getMessage(), e);
        }
    }

    /** The certificate as PEM ({@code -----BEGIN CERTIFICATE-----}). */
    public String certificatePem() {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private key as unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
    public String keyPem() {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    /** The SHA-256 fingerprint as clients show it: {@code AB:CD:...}, 32 pairs. */
    public String sha256Fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[][] extensions(List<String> dnsNames, List<InetAddress> addresses) {
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        for (String dns : dnsNames) {
            names.writeBytes(Der.tlv(0x82, dns.getBytes(StandardCharsets.US_ASCII))); // [2] dNSName
        }
        for (InetAddress address : addresses) {
            names.writeBytes(Der.tlv(0x87, address.getAddress())); // [7] iPAddress
        }
        List<byte[]> out = new ArrayList<>();
        out.add(extension("2.5.29.19", true, Der.sequence())); // basicConstraints: not a CA
        out.add(extension("2.5.29.15", true, Der.tlv(BIT_STRING, new byte[] {7, (byte) 0x80}))); // keyUsage: digitalSignature
        out.add(extension("2.5.29.37", false, Der.sequence(oid("1.3.6.1.5.5.7.3.1")))); // extKeyUsage: serverAuth
        out.add(extension("2.5.29.17", false, Der.tlv(Der.SEQUENCE, names.toByteArray()))); // subjectAltName
        return out.toArray(byte[][]::new);
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical
                ? Der.sequence(oid(oid), Der.tlv(BOOLEAN, new byte[] {(byte) 0xff}), Der.tlv(Der.OCTET_STRING, value))
                : Der.sequence(oid(oid), Der.tlv(Der.OCTET_STRING, value));
    }

    /** RFC 5280: UTCTime through 2049, GeneralizedTime after. */
    private static byte[] time(Instant instant) {
        var utc = instant.atOffset(ZoneOffset.UTC);
        return utc.getYear() < 2050
                ? Der.tlv(UTC_TIME, DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").format(utc).getBytes(StandardCharsets.US_ASCII))
                : Der.tlv(GENERALIZED_TIME, DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").format(utc).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] oid(String dotted) {
        String[] parts = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(parts[0]) * 40 + Integer.parseInt(parts[1]));
        for (int i = 2; i < parts.length; i++) {
            long value = Long.parseLong(parts[i]);
            int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
            for (int g = groups - 1; g >= 0; g--) {
                out.write((int) ((value >>> (7 * g)) & 0x7f) | (g > 0 ? 0x80 : 0));
            }
        }
        return Der.tlv(OBJECT_IDENTIFIER, out.toByteArray());
    }

    private static byte[] bitString(byte[] bytes) {
        byte[] content = new byte[bytes.length + 1]; // first byte: no unused bits
        System.arraycopy(bytes, 0, content, 1, bytes.length);
        return Der.tlv(BIT_STRING, content);
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
