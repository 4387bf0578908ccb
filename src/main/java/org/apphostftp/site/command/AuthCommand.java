package org.apphostftp.site.command;

import java.util.Locale;
import java.util.Optional;
import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apache.mina.filter.ssl.SslFilter;
import org.apphostftp.security.ServerTls;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;
import org.apphostftp.site.Tls;

/** AUTH TLS (RFC 4217) with the certificate of the session's current site, so HOST before AUTH picks the certificate. */
public final class AuthCommand extends AbstractCommand {

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        String argument = request.getArgument();
        if (argument == null || argument.isBlank()) {
            session.write(Replies.syntaxError());
            return;
        }
        SessionState state = SessionState.of(session);
        Optional<ServerTls> tls = state.site().tls();
        if (tls.isEmpty()) {
            session.write(Replies.tlsNotAllowed());
            return;
        }
        if (session.getFilterChain().contains(SslFilter.class)) {
            session.write(Replies.of(534, "The control connection is already secured."));
            return;
        }
        String mechanism = argument.trim().toUpperCase(Locale.ROOT);
        if (!mechanism.equals("TLS") && !mechanism.equals("SSL") && !mechanism.equals("TLS-C") && !mechanism.equals("TLS-P")) {
            session.write(Replies.of(504, "Security mechanism '" + argument.trim() + "' is not supported; use AUTH TLS."));
            return;
        }
        FtpReply reply = Replies.of(234, "AUTH command ok. Expecting TLS Negotiation.");
        session.getFilterChain().addFirst("sslSessionFilter", Tls.controlFilter(tls.get(), reply));
        if (mechanism.equals("SSL") || mechanism.equals("TLS-P")) {
            session.getDataConnection().setSecure(true); // these mechanisms imply protected data
            state.live().secureData(true);
        }
        state.live().secureControl(true);
        session.write(reply);
    }
}
