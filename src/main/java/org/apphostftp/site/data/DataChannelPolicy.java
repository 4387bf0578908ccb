package org.apphostftp.site.data;

import java.util.Optional;
import org.apphostftp.security.ConnectionTls;
import org.apphostftp.session.LiveSession;

/** What a session's data connections need to know about its current site; read at each use (HOST may move the session). */
public interface DataChannelPolicy {

    TransferLimits limits();

    /** security/dataChannelSecurity/@matchClientAddressForPasv: the passive data peer must be the control peer. */
    boolean passivePeerMustMatch();

    /** The TLS of the control connection, which PROT P data connections share; empty while the control is plain. */
    Optional<ConnectionTls> controlTls();

    /** security/ssl/@requireTlsSessionResumption: a PROT P data connection must resume the control connection's TLS session. */
    boolean requireTlsResumption();

    LiveSession live();

    /** A data connection opened or closed on {@code localPort} (the W3C log's DataChannelOpened/Closed). */
    void dataChannelEvent(boolean opened, int localPort);
}
