package org.apphostftp.site;

import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import org.apache.ftpserver.ssl.ClientAuth;
import org.apache.ftpserver.ssl.SslConfiguration;
import org.apache.mina.filter.ssl.SslFilter;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.core.write.WriteRequest;
import org.apphostftp.security.ConnectionTls;
import org.apphostftp.security.ServerTls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** TLS for the control connection: MINA's SslFilter with TLS 1.2 and 1.3, and the endpoint's SslConfiguration. */
public final class Tls {

    private static final Logger LOG = LoggerFactory.getLogger(Tls.class);
    private static final String ENGINE = Tls.class.getName() + ".engine";

    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private Tls() {
    }

    private static final String CONNECTION_TLS = ConnectionTls.class.getName();

    /**
     * A filter that starts TLS on the control connection; {@code passPlain} (the 234 reply) still goes out in clear.
     * Each connection gets a TLS context of its own (see {@link ConnectionTls}), which its data connections share.
     * Unlike MINA's own, a failed handshake closes the connection, and a close always reaches the filters after it (the
     * session gate releases the slot there): MINA's filter stops the close event when its handler is in a failed state,
     * and keeps a connection whose handshake failed in its own task threads open with nobody to close it.
     */
    public static SslFilter controlFilter(ServerTls tls, Object passPlain) {
        SslFilter filter = new SslFilter(tls.sslContext()) {
            @Override
            protected SSLEngine createEngine(IoSession session, InetSocketAddress peer) {
                ConnectionTls connection = tls.forConnection();
                session.setAttribute(CONNECTION_TLS, connection);
                SSLEngine engine = peer == null ? connection.serverEngine(null, -1)
                        : connection.serverEngine(peer.getAddress().getHostAddress(), peer.getPort()); // no name lookup
                session.setAttribute(ENGINE, engine);
                return engine;
            }

            @Override
            public void filterWrite(NextFilter next, IoSession session, WriteRequest request) throws Exception {
                if (passPlain != null && request.getOriginalMessage() == passPlain) {
                    next.filterWrite(session, request);
                } else {
                    super.filterWrite(next, session, request);
                }
            }

            @Override
            public void messageSent(NextFilter next, IoSession session, WriteRequest request) throws Exception {
                try { // the fatal alert has gone out: the connection has nothing more to carry
                    super.messageSent(next, session, request);
                } finally {
                    closeIfHandshakeFailed(session);
                }
            }

            @Override
            public void sessionClosed(NextFilter next, IoSession session) throws Exception {
                try {
                    onClose(next, session, false);
                } catch (Exception | AssertionError e) {
                    LOG.debug("TLS close of a failed connection: {}", e.toString());
                }
                next.sessionClosed(session);
            }
        };
        return filter;
    }

    /** The engine has given up (fatal alert sent or received) before the handshake completed: nothing more can pass. */
    private static void closeIfHandshakeFailed(IoSession session) {
        SSLEngine engine = (SSLEngine) session.getAttribute(ENGINE);
        if (engine != null && engine.isOutboundDone() && session.getAttribute(SslFilter.SSL_SECURED) == null
                && !session.isClosing()) {
            LOG.info("TLS handshake with {} failed: closing the control connection",
                    ((InetSocketAddress) session.getRemoteAddress()).getAddress().getHostAddress());
            session.closeNow();
        }
    }

    /** The TLS of a control connection that started TLS (AUTH TLS or implicit), else empty. */
    static Optional<ConnectionTls> of(IoSession session) {
        return Optional.ofNullable((ConnectionTls) session.getAttribute(CONNECTION_TLS));
    }

    /**
     * What MINA's stock commands see as the listener's TLS configuration: present when the endpoint's first site has a
     * certificate (PROT only checks for it; AUTH and data connections use the session's own site).
     */
    static SslConfiguration configuration(Supplier<SSLContext> context) {
        return new SslConfiguration() {
            @Override
            public SSLSocketFactory getSocketFactory() {
                return context.get().getSocketFactory();
            }

            @Override
            public SSLContext getSSLContext() {
                return context.get();
            }

            @Override
            public SSLContext getSSLContext(String protocol) throws GeneralSecurityException {
                return context.get();
            }

            @Override
            public String[] getEnabledCipherSuites() {
                return null;
            }

            @Override
            public String getEnabledProtocol() {
                return PROTOCOLS[0];
            }

            @Override
            public String[] getEnabledProtocols() {
                return PROTOCOLS.clone();
            }

            @Override
            public ClientAuth getClientAuth() {
                return ClientAuth.NONE;
            }
        };
    }
}
