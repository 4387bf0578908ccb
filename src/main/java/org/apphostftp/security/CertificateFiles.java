package org.apphostftp.security;

import java.nio.file.Path;
import java.util.Optional;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.SiteConfig;

/**
 * Where a server certificate comes from, as configured: {@code security/ssl} of a site or {@code management}.
 *
 * @param owner      the setting, for messages: {@code site 'alpha' (security/ssl)}
 * @param certFile   a PKCS#12 keystore or a PEM certificate chain (the format is read from the content)
 * @param keyFile    the PEM private key when certFile is PEM (it may also sit in certFile itself)
 * @param password   of the PKCS#12 file or of an encrypted PEM key
 * @param thumbprint {@code serverCertHash}: the SHA-1 thumbprint of the certificate to use
 */
public record CertificateFiles(String owner, Path certFile, Optional<Path> keyFile, Optional<String> password,
                               Optional<String> thumbprint) {

    /** The site's certificate files, or empty when the site names no {@code serverCertFile}. */
    public static Optional<CertificateFiles> forSite(SiteConfig site) {
        FtpSiteSettings.Ssl ssl = site.ftp().ssl();
        return ssl.serverCertFile().map(file -> new CertificateFiles("site '" + site.name() + "' (security/ssl)", file,
                ssl.serverCertKeyFile(), ssl.serverCertPassword(), ssl.serverCertHash().filter(h -> !h.isBlank())));
    }

    /** The admin endpoint's certificate files, or empty when it names no {@code serverCertFile} (plain HTTP). */
    public static Optional<CertificateFiles> forManagement(GlobalSettings.Management management) {
        return management.serverCertFile().map(file -> new CertificateFiles("system.ftpServer/management", file,
                management.serverCertKeyFile(), management.serverCertPassword(), Optional.empty()));
    }

    /** A problem in {@code file}, worded {@code OWNER: FILE: WHAT}. */
    ServerCertificateException problem(Path file, String what, Throwable cause) {
        return new ServerCertificateException(owner + ": " + file + ": " + what, file, cause);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "CertificateFiles[" + owner + ", certFile=" + certFile + keyFile.map(k -> ", keyFile=" + k).orElse("")
                + thumbprint.map(t -> ", thumbprint=" + t).orElse("") + password.map(p -> ", password=***").orElse("") + "]";
    }
}
