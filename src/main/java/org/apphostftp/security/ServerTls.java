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
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.SiteConfig;

/**
 * The TLS side of a server: an {@link SSLContext} holding one server certificate, and the protocols to enable on every
 * engine or socket made from it (TLS 1.3 and 1.2; nothing older). Immutable.
 */
public final class ServerTls {

    /** The protocols offered, newest first. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private final SSLContext sslContext;
    private final ServerCertificate certificate;
    private final String[] enabledProtocols;

    private ServerTls(SSLContext sslContext, ServerCertificate certificate, String[] enabledProtocols) {
        this.sslContext = sslContext;
        this.certificate = certificate;
        this.enabledProtocols = enabledProtocols;
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
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, new SecureRandom());
        Set<String> supported = Set.of(context.getSupportedSSLParameters().getProtocols());
        String[] protocols = PROTOCOLS.stream().filter(supported::contains).toArray(String[]::new);
        if (protocols.length == 0) {
            throw new GeneralSecurityException("this Java supports neither TLSv1.3 nor TLSv1.2");
        }
        return new ServerTls(context, certificate, protocols);
    }

    public SSLContext sslContext() {
        return sslContext;
    }

    /** Set these on every SSLEngine, SSLServerSocket and SSLSocket made from {@link #sslContext()}. */
    public String[] enabledProtocols() {
        return Arrays.copyOf(enabledProtocols, enabledProtocols.length);
    }

    public ServerCertificate certificate() {
        return certificate;
    }

    /** The server's own certificate, for logs. */
    public X509Certificate leafCertificate() {
        return certificate.leaf();
    }
}
