package org.apphostftp.site;

import java.security.GeneralSecurityException;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import org.apache.ftpserver.ssl.ClientAuth;
import org.apache.ftpserver.ssl.SslConfiguration;
import org.apache.mina.filter.ssl.SslFilter;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.core.write.WriteRequest;

/** TLS for the control connection: MINA's SslFilter with TLS 1.2 and 1.3, and the endpoint's SslConfiguration. */
public final class Tls {

    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private Tls() {
    }

    /** A filter that starts TLS on the control connection; {@code passPlain} (the 234 reply) still goes out in clear. */
    public static SslFilter controlFilter(SSLContext context, Object passPlain) {
        SslFilter filter = new SslFilter(context) {
            @Override
            public void filterWrite(NextFilter next, IoSession session, WriteRequest request) throws Exception {
                if (passPlain != null && request.getOriginalMessage() == passPlain) {
                    next.filterWrite(session, request);
                } else {
                    super.filterWrite(next, session, request);
                }
            }
        };
        filter.setEnabledProtocols(PROTOCOLS);
        return filter;
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
