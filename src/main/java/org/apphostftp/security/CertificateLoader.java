package org.apphostftp.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a {@link ServerCertificate} from a PKCS#12 keystore or from PEM files, with errors that say the fix. */
final class CertificateLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateLoader.class);
    /** Files larger than this are no certificate (and must not exhaust memory). */
    private static final long MAX_FILE_BYTES = 1 << 20;

    private CertificateLoader() {
    }

    static ServerCertificate load(CertificateFiles files) throws ServerCertificateException {
        Optional<String> thumbprint = wantedThumbprint(files);
        byte[] content = read(files, files.certFile(), "serverCertFile");
        ServerCertificate certificate = PemBlock.isPem(content)
                ? fromPem(files, content, thumbprint)
                : fromPkcs12(files, content, thumbprint);
        warnIfNotValidNow(files, certificate);
        return certificate;
    }

    // ------------------------------------------------------------------------------------------ PKCS#12

    private record KeyEntry(String alias, PrivateKey key, List<X509Certificate> chain) {

        String thumbprint() {
            return Thumbprint.of(chain.get(0));
        }
    }

    private static ServerCertificate fromPkcs12(CertificateFiles files, byte[] content, Optional<String> thumbprint)
            throws ServerCertificateException {
        Path file = files.certFile();
        char[] password = files.password().map(String::toCharArray).orElse(new char[0]);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try {
                store.load(new ByteArrayInputStream(content), password);
            } catch (IOException e) {
                if (e.getCause() instanceof UnrecoverableKeyException) {
                    throw files.problem(file, files.password().isEmpty()
                            ? "the PKCS#12 file needs a password; set serverCertPassword"
                            : "wrong serverCertPassword (the PKCS#12 file does not open with it); set serverCertPassword "
                            + "to the password the file was exported with", e);
                }
                throw files.problem(file, "is neither a PEM file nor a PKCS#12 keystore (" + e.getMessage() + "); "
                        + "give a .p12/.pfx file, or a PEM certificate chain with serverCertKeyFile", e);
            }
            List<KeyEntry> entries = keyEntries(files, store, password);
            if (entries.isEmpty()) {
                throw files.problem(file, "the PKCS#12 file holds no private key, only certificates; export the "
                        + "certificate together with its private key (e.g. openssl pkcs12 -export -inkey KEY -in CERT)", null);
            }
            KeyEntry chosen = choose(files, entries, thumbprint);
            return new ServerCertificate(chosen.key(), chosen.chain());
        } catch (GeneralSecurityException e) {
            throw files.problem(file, "cannot read the PKCS#12 file (" + e.getMessage() + ")", e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static List<KeyEntry> keyEntries(CertificateFiles files, KeyStore store, char[] password)
            throws GeneralSecurityException, ServerCertificateException {
        List<KeyEntry> entries = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (!store.isKeyEntry(alias)) {
                continue;
            }
            Key key;
            try {
                key = store.getKey(alias, password);
            } catch (UnrecoverableKeyException e) {
                throw files.problem(files.certFile(), "the private key of entry '" + alias + "' has a password other than "
                        + "the file's; export it again with one password and set serverCertPassword to it", e);
            }
            Certificate[] chain = store.getCertificateChain(alias);
            if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                List<X509Certificate> x509 = new ArrayList<>();
                for (Certificate c : chain) {
                    x509.add((X509Certificate) c);
                }
                entries.add(new KeyEntry(alias, privateKey, x509));
            }
        }
        return entries;
    }

    private static KeyEntry choose(CertificateFiles files, List<KeyEntry> entries, Optional<String> thumbprint)
            throws ServerCertificateException {
        if (thumbprint.isPresent()) {
            for (KeyEntry e : entries) {
                if (e.thumbprint().equals(thumbprint.get())) {
                    return e;
                }
            }
            throw files.problem(files.certFile(), "no certificate with a private key has the thumbprint serverCertHash="
                    + thumbprint.get() + "; the file holds " + listing(entries) + "; set serverCertHash to one of them", null);
        }
        if (entries.size() > 1) {
            throw files.problem(files.certFile(), "the file holds " + entries.size() + " certificates with private keys ("
                    + listing(entries) + "); set serverCertHash to the thumbprint of the one to use", null);
        }
        return entries.get(0);
    }

    private static String listing(List<KeyEntry> entries) {
        return entries.stream().map(e -> "'" + e.alias() + "' " + e.thumbprint()).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------------------------------------- PEM

    private static ServerCertificate fromPem(CertificateFiles files, byte[] content, Optional<String> thumbprint)
            throws ServerCertificateException {
        Path certFile = files.certFile();
        List<PemBlock> blocks = pemBlocks(files, certFile, content);
        List<X509Certificate> chain = new ArrayList<>();
        for (PemBlock b : blocks) {
            if (b.type().equals("CERTIFICATE")) {
                chain.add(certificate(files, certFile, b));
            }
        }
        if (chain.isEmpty()) {
            throw files.problem(certFile, "the PEM file holds no CERTIFICATE block; serverCertFile must hold the server "
                    + "certificate (then any intermediates)", null);
        }
        Path keyFile = files.keyFile().orElse(certFile);
        List<PemBlock> keyBlocks = files.keyFile().isPresent()
                ? pemBlocks(files, keyFile, read(files, keyFile, "serverCertKeyFile")) : blocks;
        Optional<PemBlock> keyBlock = PemPrivateKeys.firstKey(keyBlocks);
        if (keyBlock.isEmpty()) {
            throw files.problem(keyFile, files.keyFile().isPresent()
                    ? "holds no private key (PRIVATE KEY, ENCRYPTED PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY block); "
                    + "serverCertKeyFile must name the PEM private key of the certificate"
                    : "is a PEM certificate chain without its private key; set serverCertKeyFile to the PEM file of the key",
                    null);
        }
        X509Certificate leaf = chain.get(0);
        PrivateKey key = PemPrivateKeys.read(keyBlock.get(), files, keyFile, leaf.getPublicKey());
        if (!PemPrivateKeys.belongTogether(key, leaf.getPublicKey())) {
            throw files.problem(keyFile, "the private key does not belong to the first certificate of " + certFile
                    + " (" + leaf.getSubjectX500Principal().getName() + "); put the server's own certificate first and "
                    + "name its key", null);
        }
        if (thumbprint.isPresent() && !Thumbprint.of(leaf).equals(thumbprint.get())) {
            throw files.problem(certFile, "the certificate's thumbprint is " + Thumbprint.of(leaf) + ", not serverCertHash="
                    + thumbprint.get() + "; correct serverCertHash or remove it", null);
        }
        return new ServerCertificate(key, chain);
    }

    private static List<PemBlock> pemBlocks(CertificateFiles files, Path file, byte[] content)
            throws ServerCertificateException {
        try {
            return PemBlock.parseAll(content);
        } catch (IllegalArgumentException e) {
            throw files.problem(file, "is not a valid PEM file: " + e.getMessage(), e);
        }
    }

    private static X509Certificate certificate(CertificateFiles files, Path file, PemBlock block)
            throws ServerCertificateException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(block.der()));
        } catch (CertificateException e) {
            throw files.problem(file, "a CERTIFICATE block is not an X.509 certificate (" + e.getMessage() + ")", e);
        }
    }

    // --------------------------------------------------------------------------------------------- common

    private static Optional<String> wantedThumbprint(CertificateFiles files) throws ServerCertificateException {
        if (files.thumbprint().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> normal = Thumbprint.normalize(files.thumbprint().get());
        if (normal.isEmpty()) {
            throw files.problem(files.certFile(), "serverCertHash '" + files.thumbprint().get() + "' is not a SHA-1 "
                    + "thumbprint; write the certificate's 40 hex digits (spaces and case do not matter)", null);
        }
        return normal;
    }

    private static byte[] read(CertificateFiles files, Path file, String attribute) throws ServerCertificateException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw files.problem(file, "is larger than 1 MiB, which no certificate file is; check " + attribute, null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw files.problem(file, "does not exist; check " + attribute + " (a relative path resolves against the "
                    + "folder of the config file)", e);
        } catch (IOException e) {
            throw files.problem(file, "cannot be read (" + e + "); check " + attribute + " and that the server's user "
                    + "may read the file", e);
        }
    }

    private static void warnIfNotValidNow(CertificateFiles files, ServerCertificate certificate) {
        X509Certificate leaf = certificate.leaf();
        Instant now = Instant.now();
        if (now.isAfter(leaf.getNotAfter().toInstant())) {
            LOG.warn("{}: the certificate in {} expired on {}; clients that check it will refuse to connect",
                    files.owner(), files.certFile(), leaf.getNotAfter().toInstant());
        } else if (now.isBefore(leaf.getNotBefore().toInstant())) {
            LOG.warn("{}: the certificate in {} is valid only from {}", files.owner(), files.certFile(),
                    leaf.getNotBefore().toInstant());
        }
    }
}
