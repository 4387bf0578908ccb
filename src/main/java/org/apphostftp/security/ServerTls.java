package org.apphostftp.security;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.X509ExtendedKeyManager;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.SiteConfig;

/**
 * The TLS side of a server: an {@link SSLContext} holding one server certificate, and the protocols and cipher suites to
 * enable on every engine or socket made from it (TLS 1.3 and 1.2, nothing older; under TLS 1.2 only forward-secret
 * AEAD suites). Immutable.
 */
public final class ServerTls {

    /** The protocols offered, newest first. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    /** TLS 1.3 suites (all AEAD with ephemeral keys), and TLS 1.2 suites with ECDHE/DHE key exchange and GCM or ChaCha20. */
    private static final Pattern FORWARD_SECRET_AEAD = Pattern.compile(
            "TLS_(AES_\\d+_GCM|CHACHA20_POLY1305)_SHA\\d+|TLS_(ECDHE|DHE)_\\w+_WITH_(AES_\\d+_GCM|CHACHA20_POLY1305)_SHA\\d+");

    static {
        // Client-initiated renegotiation costs the server a handshake per request and serves no FTP or HTTPS client.
        // The JDK reads this once, at the first server handshake of the process: every server context comes from here.
        if (System.getProperty("jdk.tls.rejectClientInitiatedRenegotiation") == null) {
            System.setProperty("jdk.tls.rejectClientInitiatedRenegotiation", "true");
        }
    }

    private final SSLContext sslContext;
    private final ServerCertificate certificate;
    private final String[] enabledProtocols;
    private final String[] enabledCipherSuites;
    private final X509ExtendedKeyManager keyManager;
    private final SecureRandom random;

    private ServerTls(SSLContext sslContext, ServerCertificate certificate, String[] enabledProtocols,
                      String[] enabledCipherSuites, X509ExtendedKeyManager keyManager, SecureRandom random) {
        this.sslContext = sslContext;
        this.certificate = certificate;
        this.enabledProtocols = enabledProtocols;
        this.enabledCipherSuites = enabledCipherSuites;
        this.keyManager = keyManager;
        this.random = random;
    }

    /**
     * Whether the site names a certificate, and so can offer FTPS at all; without one {@code AUTH TLS} is answered
     * {@code 534} and implicit-TLS bindings cannot serve.
     */
    public static boolean offeredBy(SiteConfig site) {
        return site.ftp().ssl().hasCertificate();
    }

    /**
     * The site's TLS, or empty when the site names no certificate.
     *
     * @throws ServerCertificateException when a certificate is named but cannot be used
     */
    public static Optional<ServerTls> forSite(SiteConfig site) throws ServerCertificateException {
        Optional<CertificateFiles> files = CertificateFiles.forSite(site);
        return files.isEmpty() ? Optional.empty() : Optional.of(load(files.get()));
    }

    /**
     * The admin endpoint's TLS, or empty when it names no certificate (plain HTTP).
     *
     * @throws ServerCertificateException when a certificate is named but cannot be used
     */
    public static Optional<ServerTls> forManagement(GlobalSettings.Management management) throws ServerCertificateException {
        Optional<CertificateFiles> files = CertificateFiles.forManagement(management);
        return files.isEmpty() ? Optional.empty() : Optional.of(load(files.get()));
    }

    /** @throws ServerCertificateException naming the file, what is wrong and the fix */
    public static ServerTls load(CertificateFiles files) throws ServerCertificateException {
        ServerCertificate certificate = ServerCertificate.load(files);
        try {
            return of(certificate);
        } catch (GeneralSecurityException e) {
            throw files.problem(files.certFile(), "Java cannot serve TLS with this certificate (" + e.getMessage()
                    + "); use an RSA or EC certificate", e);
        }
    }

    /** TLS with a certificate already in hand. */
    public static ServerTls of(ServerCertificate certificate) throws GeneralSecurityException {
        char[] entryPassword = new char[0]; // the store lives only in memory
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot create an in-memory keystore", e);
        }
        store.setKeyEntry("server", certificate.privateKey(), entryPassword,
                certificate.chain().toArray(new X509Certificate[0]));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, entryPassword);
        X509ExtendedKeyManager keyManager = keyManager(keys.getKeyManagers());
        SecureRandom random = new SecureRandom();
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new KeyManager[] {keyManager}, null, random);
        Set<String> supported = Set.of(context.getSupportedSSLParameters().getProtocols());
        String[] protocols = PROTOCOLS.stream().filter(supported::contains).toArray(String[]::new);
        if (protocols.length == 0) {
            throw new GeneralSecurityException("this Java supports neither TLSv1.3 nor TLSv1.2");
        }
        String[] suites = Arrays.stream(context.getDefaultSSLParameters().getCipherSuites())
                .filter(suite -> FORWARD_SECRET_AEAD.matcher(suite).matches()).toArray(String[]::new);
        if (suites.length == 0) {
            throw new GeneralSecurityException("this Java enables no forward-secret AEAD cipher suite");
        }
        return new ServerTls(context, certificate, protocols, suites, keyManager, random);
    }

    private static X509ExtendedKeyManager keyManager(KeyManager[] managers) throws GeneralSecurityException {
        return Arrays.stream(managers).filter(X509ExtendedKeyManager.class::isInstance).map(X509ExtendedKeyManager.class::cast)
                .findFirst().orElseThrow(() -> new GeneralSecurityException("no X.509 key manager for the certificate"));
    }

    /**
     * The TLS of one FTP control connection and its data connections, with a session cache and ticket keys of its own,
     * so that its data connections can resume its TLS session and no other connection's.
     */
    public ConnectionTls forConnection() {
        try {
            return new ConnectionTls(this, keyManager, random);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a TLS context with a certificate that already served: " + e.getMessage(), e);
        }
    }

    /** A server-side engine for {@code context} (this one or a connection's) with our protocols and cipher suites. */
    SSLEngine serverEngine(SSLContext context, String peerHost, int peerPort) {
        SSLEngine engine = context.createSSLEngine(peerHost, peerPort);
        engine.setUseClientMode(false);
        engine.setSSLParameters(parameters(engine.getSSLParameters()));
        return engine;
    }

    /** {@code parameters} with our protocols and cipher suites, the server's order of suites preferred. */
    public SSLParameters parameters(SSLParameters parameters) {
        parameters.setProtocols(enabledProtocols());
        parameters.setCipherSuites(enabledCipherSuites());
        parameters.setUseCipherSuitesOrder(true);
        return parameters;
    }

    public SSLContext sslContext() {
        return sslContext;
    }

    /** Set these on every SSLEngine, SSLServerSocket and SSLSocket made from {@link #sslContext()}. */
    public String[] enabledProtocols() {
        return Arrays.copyOf(enabledProtocols, enabledProtocols.length);
    }

    /** TLS 1.3 suites and the forward-secret AEAD suites of TLS 1.2 (ECDHE/DHE with GCM or ChaCha20-Poly1305). */
    public String[] enabledCipherSuites() {
        return Arrays.copyOf(enabledCipherSuites, enabledCipherSuites.length);
    }

    public ServerCertificate certificate() {
        return certificate;
    }

    /** The server's own certificate, for logs. */
    public X509Certificate leafCertificate() {
        return certificate.leaf();
    }
}
