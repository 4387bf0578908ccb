package org.apphostftp.site;

import java.net.InetAddress;
import java.util.Optional;
import org.apphostftp.config.effective.FtpPolicy;
import org.apphostftp.security.Identity;

/** What the FTP layer asks of the security services (credential store, logon attempt restrictions, IP rules). */
public interface LoginService {

    /** The identity of a credential-store user whose password matches, or empty. */
    Optional<Identity> authenticate(String userName, char[] password);

    /** denyByFailure: whether this client is blocked after too many failed logins. */
    boolean isBlocked(InetAddress client);

    void recordFailure(InetAddress client);

    void recordSuccess(InetAddress client);

    /** ipSecurity: whether this client may connect. */
    boolean allows(FtpPolicy.IpSecurity rules, InetAddress client);
}
