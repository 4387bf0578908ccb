package org.apphostftp.security;

import static org.apphostftp.security.TestCertificates.PASSWORD;
import static org.apphostftp.security.TestCertificates.certificatesPem;
import static org.apphostftp.security.TestCertificates.entry;
import static org.apphostftp.security.TestCertificates.keytoolPkcs12;
import static org.apphostftp.security.TestCertificates.leaf;
import static org.apphostftp.security.TestCertificates.pkcs8Pem;
import static org.apphostftp.security.TestCertificates.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerCertificateTest {

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    static Path rsaP12;
    static Path ecP12;
    static Path twoKeysP12;
    static KeyStore.PrivateKeyEntry rsa;
    static KeyStore.PrivateKeyEntry ec;

    @BeforeAll
    static void makeCertificates() throws Exception {
        rsaP12 = keytoolPkcs12(shared.resolve("rsa.p12"), "rsa", "RSA", PASSWORD);
        ecP12 = keytoolPkcs12(shared.resolve("ec.p12"), "ec", "EC", PASSWORD);
        twoKeysP12 = keytoolPkcs12(shared.resolve("two.p12"), "first", "RSA", PASSWORD);
        keytoolPkcs12(twoKeysP12, "second", "RSA", PASSWORD);
        rsa = entry(rsaP12, "rsa", PASSWORD);
        ec = entry(ecP12, "ec", PASSWORD);
    }

    private static CertificateFiles files(Path cert, Path key, String password, String hash) {
        return new CertificateFiles("site 'alpha' (security/ssl)", cert, Optional.ofNullable(key), Optional.ofNullable(password),
                Optional.ofNullable(hash));
    }

    // ------------------------------------------------------------------------------------------ PKCS#12

    @Test
    void pkcs12KeystoreGivesItsKeyAndCertificate() throws Exception {
        ServerCertificate loaded = ServerCertificate.load(files(rsaP12, null, PASSWORD, null));

        assertThat(loaded.leaf()).isEqualTo(leaf(rsa));
        assertThat(loaded.privateKey()).isEqualTo(rsa.getPrivateKey());
        assertThat(loaded.thumbprint()).isEqualTo(Thumbprint.of(leaf(rsa))).hasSize(40);
    }

    @Test
    void formatIsReadFromTheContentNotTheFileName() throws Exception {
        Path p12NamedPem = Files.copy(rsaP12, dir.resolve("server.pem"));
        Path pemNamedP12 = write(dir.resolve("server.p12"), certificatesPem(ec) + pkcs8Pem(ec.getPrivateKey()));

        assertThat(ServerCertificate.load(files(p12NamedPem, null, PASSWORD, null)).leaf()).isEqualTo(leaf(rsa));
        assertThat(ServerCertificate.load(files(pemNamedP12, null, null, null)).leaf()).isEqualTo(leaf(ec));
    }

    @Test
    void wrongPkcs12PasswordIsReportedWithTheFileAndTheFix() {
        assertThatThrownBy(() -> ServerCertificate.load(files(rsaP12, null, "not-the-password", null)))
                .isInstanceOf(ServerCertificateException.class)
                .hasMessageStartingWith("site 'alpha' (security/ssl): " + rsaP12 + ": wrong serverCertPassword")
                .hasMessageContaining("set serverCertPassword")
                .satisfies(e -> assertThat(((ServerCertificateException) e).file()).isEqualTo(rsaP12));
    }

    @Test
    void pkcs12WithoutConfiguredPasswordAsksForOne() {
        assertThatThrownBy(() -> ServerCertificate.load(files(rsaP12, null, null, null)))
                .hasMessageContaining("needs a password; set serverCertPassword");
    }

    @Test
    void keystoreWithSeveralKeysNeedsServerCertHash() {
        assertThatThrownBy(() -> ServerCertificate.load(files(twoKeysP12, null, PASSWORD, null)))
                .hasMessageContaining("holds 2 certificates with private keys")
                .hasMessageContaining("'first' ").hasMessageContaining("'second' ")
                .hasMessageContaining("set serverCertHash");
    }

    @Test
    void serverCertHashSelectsTheEntryWhateverItsCaseAndSpacing() throws Exception {
        String second = Thumbprint.of(leaf(entry(twoKeysP12, "second", PASSWORD)));
        String asCopiedFromWindows = "\u200e" + second.toLowerCase(Locale.ROOT).replaceAll("(..)", "$1 ").trim();

        ServerCertificate loaded = ServerCertificate.load(files(twoKeysP12, null, PASSWORD, asCopiedFromWindows));

        assertThat(loaded.thumbprint()).isEqualTo(second);
        assertThat(loaded.leaf().getSubjectX500Principal().getName()).contains("CN=second");
    }

    @Test
    void serverCertHashMatchingNoEntryListsTheThumbprintsPresent() throws Exception {
        String first = Thumbprint.of(leaf(entry(twoKeysP12, "first", PASSWORD)));

        assertThatThrownBy(() -> ServerCertificate.load(files(twoKeysP12, null, PASSWORD, "00".repeat(20))))
                .hasMessageContaining("no certificate with a private key has the thumbprint serverCertHash=" + "00".repeat(20))
                .hasMessageContaining(first);
    }

    @Test
    void serverCertHashThatIsNoThumbprintIsRefused() {
        assertThatThrownBy(() -> ServerCertificate.load(files(rsaP12, null, PASSWORD, "abc")))
                .hasMessageContaining("serverCertHash 'abc' is not a SHA-1 thumbprint");
    }

    @Test
    void keystoreWithOnlyCertificatesIsRefused() throws Exception {
        Path trustOnly = dir.resolve("trust.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", leaf(rsa));
        try (OutputStream out = Files.newOutputStream(trustOnly)) {
            store.store(out, PASSWORD.toCharArray());
        }

        assertThatThrownBy(() -> ServerCertificate.load(files(trustOnly, null, PASSWORD, null)))
                .hasMessageContaining("holds no private key, only certificates");
    }

    // ---------------------------------------------------------------------------------------------- PEM

    @Test
    void pemChainWithPkcs8Key() throws Exception {
        Path cert = write(dir.resolve("cert.pem"), certificatesPem(rsa));
        Path key = write(dir.resolve("key.pem"), pkcs8Pem(rsa.getPrivateKey()));

        ServerCertificate loaded = ServerCertificate.load(files(cert, key, null, null));

        assertThat(loaded.leaf()).isEqualTo(leaf(rsa));
        assertThat(loaded.privateKey().getEncoded()).isEqualTo(rsa.getPrivateKey().getEncoded());
    }

    @Test
    void encryptedPkcs8KeyOpensWithServerCertPassword() throws Exception {
        Path cert = write(dir.resolve("cert.pem"), certificatesPem(rsa));
        Path key = write(dir.resolve("key.pem"), TestCertificates.encryptedPkcs8Pem(rsa.getPrivateKey(), "key-secret"));

        ServerCertificate loaded = ServerCertificate.load(files(cert, key, "key-secret", null));

        assertThat(loaded.privateKey().getEncoded()).isEqualTo(rsa.getPrivateKey().getEncoded());
    }

    @Test
    void encryptedPkcs8KeyWithoutPasswordAsksForOne() throws Exception {
        Path cert = write(dir.resolve("cert.pem"), certificatesPem(rsa));
        Path key = write(dir.resolve("key.pem"), TestCertificates.encryptedPkcs8Pem(rsa.getPrivateKey(), "key-secret"));

        assertThatThrownBy(() -> ServerCertificate.load(files(cert, key, null, null)))
                .hasMessage("site 'alpha' (security/ssl): " + key + ": the private key is encrypted; set serverCertPassword to its password");
    }

    @Test
    void encryptedPkcs8KeyWithWrongPasswordSaysSo() throws Exception {
        Path cert = write(dir.resolve("cert.pem"), certificatesPem(rsa));
        Path key = write(dir.resolve("key.pem"), TestCertificates.encryptedPkcs8Pem(rsa.getPrivateKey(), "key-secret"));

        assertThatThrownBy(() -> ServerCertificate.load(files(cert, key, "wrong", null)))
                .hasMessageContaining(key + ": the private key does not decrypt with serverCertPassword");
    }

    @Test
    void pkcs1RsaKeyIsRead() throws Exception {
        Path cert = write(dir.resolve("cert.pem"), certificatesPem(rsa));
        Path key = write(dir.resolve("key.pem"), TestCertificates.pkcs1Pem((RSAPrivateCrtKey) rsa.getPrivateKey()));

        ServerCertificate loaded = ServerCertificate.load(files(cert, key, null, null));

        assertThat(((RSAPrivateCrtKey) loaded.privateKey()).getPrivateExponent())
                .isEqualTo(((RSAPrivateCrtKey) rsa.getPrivateKey()).getPrivateExponent());
    }

    @Test
    void sec1EcKeyIsRead() throws Exception {
        Path cert = write(dir.resolve("cert.pem"), certificatesPem(ec));
        Path key = write(dir.resolve("key.pem"), TestCertificates.sec1Pem((ECPrivateKey) ec.getPrivateKey()));

        ServerCertificate loaded = ServerCertificate.load(files(cert, key, null, null));

        assertThat(((ECPrivateKey) loaded.privateKey()).getS()).isEqualTo(((ECPrivateKey) ec.getPrivateKey()).getS());
    }

    @Test
    void keyMayShareThePemFileWithTheChain() throws Exception {
        Path both = write(dir.resolve("both.pem"), pkcs8Pem(rsa.getPrivateKey()) + certificatesPem(rsa));

        assertThat(ServerCertificate.load(files(both, null, null, null)).leaf()).isEqualTo(leaf(rsa));
    }

    @Test
    void pemChainWithoutKeyAsksForServerCertKeyFile() throws Exception {
        Path cert = write(dir.resolve("cert.pem"), certificatesPem(rsa));

        assertThatThrownBy(() -> ServerCertificate.load(files(cert, null, null, null)))
                .hasMessageContaining(cert + ": is a PEM certificate chain without its private key; set serverCertKeyFile");
    }

    @Test
    void keyFileWithoutKeyIsNamed() throws Exception {
        Path cert = write(dir.resolve("cert.pem"), certificatesPem(rsa));

        assertThatThrownBy(() -> ServerCertificate.load(files(cert, cert, null, null)))
                .hasMessageContaining(cert + ": holds no private key");
    }

    @Test
    void keyOfAnotherCertificateIsRefused() throws Exception {
        Path cert = write(dir.resolve("cert.pem"), certificatesPem(rsa));
        Path otherKey = write(dir.resolve("key.pem"), pkcs8Pem(entry(twoKeysP12, "first", PASSWORD).getPrivateKey()));

        assertThatThrownBy(() -> ServerCertificate.load(files(cert, otherKey, null, null)))
                .hasMessageContaining(otherKey + ": the private key does not belong to the first certificate of " + cert);
    }

    @Test
    void ecKeyForAnRsaCertificateIsRefused() throws Exception {
        Path cert = write(dir.resolve("cert.pem"), certificatesPem(rsa));
        Path key = write(dir.resolve("key.pem"), TestCertificates.sec1Pem((ECPrivateKey) ec.getPrivateKey()));

        assertThatThrownBy(() -> ServerCertificate.load(files(cert, key, null, null)))
                .hasMessageContaining("the private key is an EC key but the certificate's key is RSA");
    }

    @Test
    void pemThumbprintMustMatchServerCertHashWhenGiven() throws Exception {
        Path both = write(dir.resolve("both.pem"), certificatesPem(rsa) + pkcs8Pem(rsa.getPrivateKey()));

        assertThat(ServerCertificate.load(files(both, null, null, Thumbprint.of(leaf(rsa)))).leaf()).isEqualTo(leaf(rsa));
        assertThatThrownBy(() -> ServerCertificate.load(files(both, null, null, "AB".repeat(20))))
                .hasMessageContaining("the certificate's thumbprint is " + Thumbprint.of(leaf(rsa)) + ", not serverCertHash=");
    }

    @Test
    void legacyEncryptedPemKeyIsRefusedWithTheConversionCommand() throws Exception {
        Path cert = write(dir.resolve("cert.pem"), certificatesPem(rsa));
        Path key = write(dir.resolve("key.pem"), "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
                + "DEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\nAAAA\n-----END RSA PRIVATE KEY-----\n");

        assertThatThrownBy(() -> ServerCertificate.load(files(cert, key, "pw", null)))
                .hasMessageContaining("legacy PEM encryption").hasMessageContaining("openssl pkcs8 -topk8");
    }

    // ------------------------------------------------------------------------------------------- files

    @Test
    void missingFileSaysWhereRelativePathsResolve() {
        Path missing = dir.resolve("nope.p12");

        assertThatThrownBy(() -> ServerCertificate.load(files(missing, null, PASSWORD, null)))
                .hasMessageContaining(missing + ": does not exist; check serverCertFile (a relative path resolves against the folder of the config file)");
    }

    @Test
    void fileThatIsNeitherPemNorPkcs12IsNamed() throws Exception {
        Path garbage = write(dir.resolve("cert.crt"), "hello, I am not a certificate");

        assertThatThrownBy(() -> ServerCertificate.load(files(garbage, null, null, null)))
                .hasMessageContaining(garbage + ": is neither a PEM file nor a PKCS#12 keystore");
    }

    @Test
    void passwordNeverShowsInToString() {
        assertThat(files(rsaP12, null, "s3cret-pw", null).toString()).doesNotContain("s3cret-pw").contains("***");
    }
}
