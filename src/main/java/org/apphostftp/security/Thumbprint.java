package org.apphostftp.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** SHA-1 certificate thumbprints as IIS shows them ({@code serverCertHash}): 40 upper-case hex digits. */
final class Thumbprint {

    private Thumbprint() {
    }

    static String of(X509Certificate certificate) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded());
            return HexFormat.of().withUpperCase().formatHex(sha1);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot compute the thumbprint of " + certificate.getSubjectX500Principal(), e);
        }
    }

    /**
     * A thumbprint as written, in upper case, with the spaces, colons and invisible marks that copying from the Windows
     * certificate dialog or from openssl brings along removed; empty when what is left is not 40 hex digits.
     */
    static Optional<String> normalize(String written) {
        StringBuilder hex = new StringBuilder();
        for (char c : written.toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u00a0' || c == ':' || c == '\u200e' || c == '\u200f' || c == '\ufeff') {
                continue;
            }
            hex.append(c);
        }
        String s = hex.toString().toUpperCase(Locale.ROOT);
        return s.length() == 40 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? Optional.of(s) : Optional.empty();
    }
}
