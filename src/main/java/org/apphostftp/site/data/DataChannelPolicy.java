package org.apphostftp.site.data;

import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.apphostftp.session.LiveSession;

/** What a session's data connections need to know about its current site; read at each use (HOST may move the session). */
public interface DataChannelPolicy {

    TransferLimits limits();

    /** security/dataChannelSecurity/@matchClientAddressForPasv: the passive data peer must be the control peer. */
    boolean passivePeerMustMatch();

    /** The TLS context for PROT P data connections, if the site has a certificate. */
    Optional<SSLContext> tls();

    LiveSession live();

    /** A data connection opened or closed on {@code localPort} (the W3C log's DataChannelOpened/Closed). */
    void dataChannelEvent(boolean opened, int localPort);
}
