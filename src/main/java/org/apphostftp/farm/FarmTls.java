package org.apphostftp.farm;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.apphostftp.security.SelfSignedCertificate;

/**
 * The TLS 1.3 context of node-to-node traffic, keyed by the farm secret. Each node makes a fresh EC key and a
 * self-signed certificate when it starts; the certificate carries, as a DNS name, an HMAC of its public key under a
 * key derived from the secret (its endorsement). A node accepts a peer (as client and as server: mutual TLS) only if
 * the peer's certificate is validly self-signed, current and endorsed; the handshake then proves that the peer holds
 * that certificate's private key. So only holders of the secret get in, and every record is encrypted and
 * authenticated (AES-GCM or ChaCha20-Poly1305): a tampered or injected byte ends the connection.
 */
final class FarmTls {

    static final String PROTOCOL = "TLSv1.3";
    /** The endorsement's DNS name: {@code <60 hex digits of the HMAC>.farm.apphost-ftp.invalid}. */
    private static final String SUFFIX = ".farm.apphost-ftp.invalid";
    private static final int ENDORSEMENT_HEX = 60;
    private static final Duration VALIDITY = Duration.ofDays(3650); // a fresh one at every start; the key is what counts
    private static final int DNS_NAME = 2;

    private FarmTls() {
    }

    /** A context with a fresh key endorsed by {@code endorsementKey}, trusting only certificates it endorses. */
    static SSLContext context(byte[] endorsementKey) {
        try {
            KeyPair pair = SelfSignedCertificate.newKeyPair();
            SelfSignedCertificate endorsed = SelfSignedCertificate.create(pair,
                    List.of(endorsement(endorsementKey, pair.getPublic()) + SUFFIX), List.of(), VALIDITY, Instant.now());
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = new char[0];
            store.setKeyEntry("node", endorsed.key(), password, new X509Certificate[] {endorsed.certificate()});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance(PROTOCOL);
            context.init(keys.getKeyManagers(), new TrustManager[] {new Endorsed(endorsementKey)}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("this JVM cannot make the farm's TLS context: " + e.getMessage(), e);
        }
    }

    static String endorsement(byte[] endorsementKey, PublicKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(endorsementKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(key.getEncoded())).substring(0, ENDORSEMENT_HEX);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no HmacSHA256: " + e.getMessage(), e);
        }
    }

    /** Trusts a peer (client or server) whose one certificate is self-signed, current and endorsed by the farm secret. */
    static final class Endorsed extends X509ExtendedTrustManager {

        private final byte[] endorsementKey;

        Endorsed(byte[] endorsementKey) {
            this.endorsementKey = endorsementKey.clone();
        }

        void check(X509Certificate[] chain) throws CertificateException {
            if (chain == null || chain.length != 1) {
                throw new CertificateException("a farm node presents exactly one self-signed certificate");
            }
            X509Certificate peer = chain[0];
            peer.checkValidity();
            try {
                peer.verify(peer.getPublicKey());
            } catch (GeneralSecurityException e) {
                throw new CertificateException("the peer's certificate is not self-signed: " + e.getMessage());
            }
            String expected = endorsement(endorsementKey, peer.getPublicKey()) + SUFFIX;
            for (String name : dnsNames(peer)) {
                if (MessageDigest.isEqual(name.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                    return;
                }
            }
            throw new CertificateException("the peer is not a node of this farm (its certificate is not endorsed by the farm secret)");
        }

        private static List<String> dnsNames(X509Certificate certificate) throws CertificateParsingException {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return List.of();
            }
            return names.stream().filter(n -> n.size() == 2 && Integer.valueOf(DNS_NAME).equals(n.get(0)))
                    .map(n -> String.valueOf(n.get(1))).toList();
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            check(chain);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
