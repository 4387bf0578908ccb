package org.apphostftp.security;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The TLS of one FTP control connection and of its data connections. It has an {@link SSLContext} of its own, so its
 * session cache and session-ticket keys hold only this connection's TLS sessions: a data connection that resumes a
 * session resumed this control connection's, and nobody else can (vsftpd's {@code require_ssl_reuse} gets the same
 * from one process per client). A handshake that resumes a session does not present the certificate; a full one asks
 * the key manager for it, which is how {@link #resumed} tells them apart on TLS 1.2 and 1.3, with or without tickets.
 */
public final class ConnectionTls {

    private final ServerTls server;
    private final SSLContext context;
    private final Set<SSLEngine> presentedCertificate = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    ConnectionTls(ServerTls server, X509ExtendedKeyManager keyManager, SecureRandom random) throws GeneralSecurityException {
        this.server = server;
        this.context = SSLContext.getInstance("TLS");
        // no client certificates are asked for, so no trust anchors are needed (nor loaded for every connection)
        context.init(new KeyManager[] {new Recording(keyManager)}, new TrustManager[0], random);
    }

    /** A server engine for a connection from {@code peerHost}:{@code peerPort}, with the server's protocols and suites. */
    public SSLEngine serverEngine(String peerHost, int peerPort) {
        return server.serverEngine(context, peerHost, peerPort);
    }

    /**
     * After the handshake of {@code engine}: whether it resumed a TLS session of this connection (an abbreviated TLS 1.2
     * handshake or a TLS 1.3 PSK resumption) instead of making a new one.
     */
    public boolean resumed(SSLEngine engine) {
        return !presentedCertificate.remove(engine);
    }

    /** Hands out the certificate as the server's key manager does, noting which engines needed it. */
    private final class Recording extends X509ExtendedKeyManager {

        private final X509ExtendedKeyManager keys;

        Recording(X509ExtendedKeyManager keys) {
            this.keys = keys;
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            presentedCertificate.add(engine);
            return keys.chooseEngineServerAlias(keyType, issuers, engine);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return keys.chooseServerAlias(keyType, issuers, socket);
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return keys.getServerAliases(keyType, issuers);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return keys.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return keys.getPrivateKey(alias);
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return null; // a server never authenticates as a client
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return null;
        }
    }
}
