package org.apphostftp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;

/**
 * Commons Net's FTPSClient whose protected data connections resume the control connection's TLS session, as curl, lftp
 * and FileZilla do. The stock client layers TLS on a data socket with an SSLSocket, whose session cache key is the
 * data connection's real port, so it never resumes; this one uses a {@link ResumingTlsSocket} named after the control
 * connection. Passive mode (PASV) only.
 */
public final class ResumingFtpsClient extends FTPSClient {

    private final SSLContext context;
    private boolean protectedData;

    public ResumingFtpsClient(boolean implicit, SSLContext context) {
        super(implicit, context);
        this.context = context;
        setConnectTimeout(5_000);
        setDefaultTimeout(10_000);
    }

    /** A client that trusts any server certificate (test servers have self-signed ones). */
    public static ResumingFtpsClient trustingAll(boolean implicit) throws GeneralSecurityException {
        return new ResumingFtpsClient(implicit, trustAll());
    }

    /** A client context that accepts any server certificate. */
    public static SSLContext trustAll() throws GeneralSecurityException {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return trustAll;
    }

    @Override
    public void execPROT(String prot) throws IOException {
        super.execPROT(prot);
        protectedData = prot.toUpperCase(Locale.ROOT).equals("P");
    }

    @Override
    protected Socket _openDataConnection_(String command, String arg) throws IOException {
        if (!protectedData) {
            return super._openDataConnection_(command, arg);
        }
        if (pasv() != FTPReply.ENTERING_PASSIVE_MODE) {
            return null;
        }
        _parsePassiveModeReply(getReplyStrings()[0]);
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(getPassiveHost(), getPassivePort()), 5_000);
        plain.setSoTimeout(10_000);
        if (!FTPReply.isPositivePreliminary(sendCommand(command, arg))) {
            plain.close();
            return null;
        }
        return ResumingTlsSocket.wrap(context, plain, _hostname_, getRemotePort());
    }
}
