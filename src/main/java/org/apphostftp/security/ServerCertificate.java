package org.apphostftp.security;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A server's private key with its certificate chain, the server's own certificate first.
 *
 * @param chain the leaf, then the intermediates as the file gives them
 */
public record ServerCertificate(PrivateKey privateKey, List<X509Certificate> chain) {

    public ServerCertificate {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a server certificate needs at least its own certificate");
        }
        chain = List.copyOf(chain);
    }

    /**
     * Loads the key and chain the files name; the format (PKCS#12 or PEM) is read from the content, not the file name.
     *
     * @throws ServerCertificateException naming the file, what is wrong and the fix
     */
    public static ServerCertificate load(CertificateFiles files) throws ServerCertificateException {
        return CertificateLoader.load(files);
    }

    /** The server's own certificate. */
    public X509Certificate leaf() {
        return chain.get(0);
    }

    /** SHA-1 thumbprint of the leaf in upper-case hex, as IIS shows it and {@code serverCertHash} names it. */
    public String thumbprint() {
        return Thumbprint.of(leaf());
    }

    /** One line for logs: subject, issuer, validity and thumbprint. */
    public String describe() {
        X509Certificate leaf = leaf();
        return leaf.getSubjectX500Principal().getName() + " issued by " + leaf.getIssuerX500Principal().getName()
                + ", valid " + leaf.getNotBefore().toInstant() + " to " + leaf.getNotAfter().toInstant() + ", thumbprint "
                + thumbprint();
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "ServerCertificate[" + describe() + "]";
    }
}
